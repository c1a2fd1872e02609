import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

/// The first zone look-ups of a process, from many threads at once.
///
/// In the test process some test has always loaded a zone first, so a race on libical's zone
/// list cannot happen here. `rounds-bench zones-race` (Sources/rounds-bench/ZoneRace.swift) is
/// a fresh process that loads nothing before 24 threads, released together, look up six zones
/// for the first time; it runs ten times, and every offset must equal this process's.
@Suite struct TimeZonesFirstLoadTests {
    /// `rounds-bench` beside the test bundle in the build products folder.
    static let helper = ProcessRunner.builtProduct(named: "rounds-bench")

    static let zones = [
        "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Europe/Dublin",
        "America/Los_Angeles",
    ]
    static let dates = (0..<40).map {
        Date(timeIntervalSince1970: 1_798_761_600 + 86_400 * 37 * Double($0))
    }

    @Test func firstLookUpsFromManyThreadsInAFreshProcess() throws {
        let expected = try Self.zones.flatMap { zone in
            let offsets = try Self.dates.map { try TimeZones.utcOffsetSeconds(at: $0, in: zone) }
            let line = ([zone] + offsets.map(String.init)).joined(separator: " ")
            return Array(repeating: line, count: 4)
        }.sorted()
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.helper.path),
            "rounds-bench is not built beside the tests at \(Self.helper.path)")
        // Without the lock, about a third of such runs crash or give wrong offsets (tried).
        for _ in 0..<10 {
            let outcome = try ProcessRunner.run(Self.helper, ["zones-race"])
            #expect(outcome.status == 0)
            let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines == expected)
        }
    }
}
