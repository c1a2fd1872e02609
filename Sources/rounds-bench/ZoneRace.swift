import Foundation
import RoundsICS

/// `rounds-bench zones-race`: the first zone look-ups of a fresh process, from many threads at
/// once. Run by `TimeZonesFirstLoadTests` in a process of its own, where no zone was loaded yet,
/// so the threads race to load libical's zone list and each zone (the lock in
/// `TimeZones.withLibicalZones` exists for this). Prints one line per thread, `zone offsets...`.
enum ZoneRace {
    static let zones = [
        "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Europe/Dublin",
        "America/Los_Angeles",
    ]
    static let threadsPerZone = 4

    /// 2027-01-01T00:00:00Z, then every 37 days.
    static let dates = (0..<40).map {
        Date(timeIntervalSince1970: 1_798_761_600 + 86_400 * 37 * Double($0))
    }

    /// What the threads share, only ever touched under `condition`.
    final class Shared: @unchecked Sendable {
        let condition = NSCondition()
        var arrived = 0
        var lines: [String] = []
    }

    static func run() -> [String] {
        let shared = Shared()
        let total = zones.count * threadsPerZone
        let finished = DispatchGroup()
        for index in 0..<total {
            let zone = zones[index % zones.count]
            finished.enter()
            let thread = Thread {
                // Wait until every thread is up, so that the first look-ups start together.
                shared.condition.lock()
                shared.arrived += 1
                if shared.arrived == total { shared.condition.broadcast() }
                while shared.arrived < total { shared.condition.wait() }
                shared.condition.unlock()
                let offsets = dates.map {
                    (try? TimeZones.utcOffsetSeconds(at: $0, in: zone)).map(String.init) ?? "error"
                }
                shared.condition.lock()
                shared.lines.append(([zone] + offsets).joined(separator: " "))
                shared.condition.unlock()
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        return shared.lines.sorted()
    }
}
