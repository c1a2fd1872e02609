import Foundation
import RoundsCore
import RoundsStore

/// The ten-year instance as a store, so that one whole `rounds plan` call (start-up, reading
/// the store, planning, writing the plan back) can be timed on it: `rounds-bench plan-store
/// FILE` (`make bench-plan-cli`, docs/benchmarks.md).
extension PlanBench {
    /// Writes the instance's programme, people, leave, themes, held history and busy times to a
    /// fresh store at `path` (an existing file there is replaced).
    static func writeStore(to path: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        let instance = try instance()
        let store = try ProgrammeStore.create(atPath: path)
        try store.update { data in
            data = ProgrammeData(
                programme: instance.programme, people: instance.people, leave: instance.leave,
                themes: instance.themes, rounds: instance.history,
                roundIDs: RoundIDSequence(highestIssued: instance.history.count))
        }
        for (person, times) in Dictionary(grouping: instance.busy, by: \.person) {
            try store.replaceBusyTimes(times, for: person)
        }
        try store.checkpoint()
    }
}
