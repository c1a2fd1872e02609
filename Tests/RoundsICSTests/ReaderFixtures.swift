import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

/// Test calendars under `Fixtures/`, and helpers to read them.
enum ReaderFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let repositoryRoot = Samples.repository

    static func data(_ name: String) throws -> Data {
        // Not `Data(contentsOf:)`: for an empty file it leaks a 4 KiB buffer, which fails the
        // AddressSanitizer run.
        let handle = try FileHandle(forReadingFrom: folder.appendingPathComponent(name))
        defer { try? handle.close() }
        return try handle.readToEnd() ?? Data()
    }

    static func read(_ name: String, limits: ReaderLimits = .default) throws -> CalendarReadResult {
        CalendarReader(limits: limits).read(try data(name), fileName: name)
    }

    /// The 1-based number of the first physical line of `name` that starts with `prefix`.
    static func line(startingWith prefix: String, in name: String) throws -> Int {
        // Split bytes, not characters: Swift treats CR LF as one Character.
        let lines = try data(name).split(separator: 0x0A, omittingEmptySubsequences: false)
        let wanted = Array(prefix.utf8)
        let index = try #require(lines.firstIndex { $0.starts(with: wanted) })
        return index + 1
    }

    static func wall(_ text: String) -> WallClockTime {
        // "2027-01-12 12:30"
        let numbers = text.split { !$0.isNumber }.compactMap { Int($0) }
        return WallClockTime(
            year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3],
            minute: numbers[4], second: numbers.count > 5 ? numbers[5] : 0)
    }

    static func instant(_ iso: String) throws -> Date {
        try Date(iso, strategy: .iso8601)
    }
}
