// swift-tools-version: 6.1
import PackageDescription

// Every Swift target opts into the same stricter language features.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Rounds",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rounds", targets: ["rounds"]),
        .library(name: "RoundsCore", targets: ["RoundsCore"]),
        .library(name: "RoundsICS", targets: ["RoundsICS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // 3.x and 4.x share the SHA256 API; the range lets a later target pick either.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The web front door (`rounds serve`, docs/commands/serve.md): server, bcrypt, SIGTERM.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // NIOHTTPTypes: the response parts a channel handler sees to close after a 413.
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // QR codes for posters and the evaluation link: libqrencode, wrapped once by
        // RoundsPacks (QRCode), which the pack's evaluation page and RoundsWeb's posters share.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The exact rota stages: COIN-OR CBC's C interface, wrapped once by RoundsScheduling.
        .systemLibrary(
            name: "CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        .target(
            name: "RoundsCore",
            swiftSettings: swiftSettings
        ),
        // The one atomic file write (temporary file and rename) every writer shares.
        .target(
            name: "RoundsFiles",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RoundsICS",
            dependencies: ["CLibical", "CICU"],
            swiftSettings: swiftSettings
        ),
        // Keeps libquadmath (loaded with CBC's Fortran LAPACK) from registering printf hooks,
        // which slow every printf in the process, libical's serialiser included
        // (docs/design.md, "printf hooks").
        .target(name: "CPrintfHooks"),
        .target(
            name: "RoundsScheduling",
            dependencies: ["RoundsCore", "RoundsICS", "CCbc", "CPrintfHooks"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RoundsInvitations",
            dependencies: [
                "RoundsCore", "RoundsICS", "RoundsFiles",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RoundsStore",
            dependencies: [
                "RoundsCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // Imports of what happened at a Round: keying sheets, online form exports, sign-ins.
        .target(
            name: "RoundsRecords",
            dependencies: ["RoundsCore", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RoundsPacks",
            dependencies: [
                "RoundsCore",
                "RoundsFiles",
                "CQRencode",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // After-the-Round reports: tallies, SVG charts from Templates/report, CSV, JSON, PDF.
        .target(
            name: "RoundsReports",
            dependencies: ["RoundsCore", "RoundsRecords", "RoundsPacks"],
            swiftSettings: swiftSettings
        ),
        // The application layer: one method per use case, one transaction each; both front
        // doors (the executable, later the web server) call it (docs/design.md).
        .target(
            name: "RoundsOperations",
            dependencies: [
                "RoundsCore", "RoundsFiles", "RoundsICS", "RoundsScheduling", "RoundsInvitations",
                "RoundsStore", "RoundsPacks", "RoundsRecords", "RoundsReports",
            ],
            swiftSettings: swiftSettings
        ),
        // The web front door: routes, pages from Templates/web, sessions, CSRF, rate limits. It
        // calls the same operations as the executable, never the store directly.
        .target(
            name: "RoundsWeb",
            dependencies: [
                "RoundsCore", "RoundsOperations", "RoundsPacks",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rounds",
            dependencies: [
                // Every use case goes through RoundsOperations; the command line reaches the
                // store, the scheduler, invitations, records and reports only through it
                // (docs/design.md, enforced by Scripts/check-layers.sh).
                "RoundsCore",
                "RoundsICS",
                "RoundsPacks",
                "RoundsOperations",
                "RoundsWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Release-mode benchmarks for `make bench` (docs/benchmarks.md); no extra packages.
        .executableTarget(
            name: "rounds-bench",
            dependencies: [
                "RoundsCore", "RoundsICS", "RoundsScheduling", "RoundsPacks", "RoundsStore",
                "RoundsOperations",
            ],
            swiftSettings: swiftSettings
        ),
        // What the test targets share, once: golden-file snapshots, judge output, the sample
        // files, temporary folders and the process runner (docs/testing.md).
        .target(
            name: "RoundsTestSupport",
            path: "Tests/RoundsTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsCoreTests",
            dependencies: ["RoundsCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsICSTests",
            dependencies: ["RoundsICS", "CLibical", "RoundsTestSupport"],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsSchedulingTests",
            dependencies: ["RoundsScheduling", "RoundsTestSupport", "CPrintfHooks"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsInvitationsTests",
            dependencies: ["RoundsInvitations", "RoundsTestSupport"],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsStoreTests",
            dependencies: ["RoundsStore", "RoundsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsPacksTests",
            dependencies: ["RoundsPacks", "RoundsTestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsRecordsTests",
            dependencies: ["RoundsRecords"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsReportsTests",
            dependencies: ["RoundsReports", "RoundsRecords", "RoundsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsWebTests",
            dependencies: [
                "RoundsWeb", "RoundsOperations", "RoundsCore", "RoundsStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsOperationsTests",
            dependencies: ["RoundsOperations", "RoundsCore", "RoundsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RoundsCLITests",
            dependencies: ["rounds", "RoundsCore", "RoundsTestSupport", "RoundsPacks"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
