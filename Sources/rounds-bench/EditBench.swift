import Foundation
import RoundsCore
import RoundsOperations
import RoundsScheduling
import RoundsStore

/// The same one-record edit (a facilitator's name) on a store holding one year and one
/// holding ten years of Rounds for sixty facilitators: with saves that write only what
/// changed, the two should cost about the same (`rounds-bench edit DIR ITERATIONS`).
enum EditBench {
    /// Median wall and CPU seconds per edit on each store, and their Rounds.
    struct Result {
        var oneYear: Timing.Sample
        var tenYears: Timing.Sample
        var oneYearRounds: Int
        var tenYearRounds: Int
    }

    static func run(directory: URL, iterations: Int) throws -> Result {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let short = try store(months: 12, in: directory)
        let long = try store(months: 120, in: directory)
        var shortTimes: [Timing.Sample] = []
        var longTimes: [Timing.Sample] = []
        // Interleaved, so load on a shared machine falls on both alike; one warm-up each.
        for iteration in 0...iterations {
            let change = PersonChange(name: "Facilitator \(iteration) renamed")
            let first = try Timing.measure { try edit(short.path, change) }
            let second = try Timing.measure { try edit(long.path, change) }
            if iteration > 0 {
                shortTimes.append(first)
                longTimes.append(second)
            }
        }
        return Result(
            oneYear: Timing.medians(shortTimes), tenYears: Timing.medians(longTimes),
            oneYearRounds: short.rounds, tenYearRounds: long.rounds)
    }

    /// What `rounds people edit facilitator7@example.org --name ...` does.
    static func edit(_ path: String, _ change: PersonChange) throws {
        _ = try ProgrammeOperations(storePath: path).editPerson(
            try PlanBench.email("facilitator7@example.org"), change)
    }

    /// A fresh store of `months` planned months; its path and Round count.
    static func store(months: Int, in directory: URL) throws -> (path: String, rounds: Int) {
        let path = directory.appendingPathComponent("edit-\(months).sqlite").path
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        let programme = try PlanBench.programme()
        let people = try PlanBench.people()
        let themes = PlanBench.themes()
        guard let from = YearMonth(year: 2027, month: 1) else { throw BenchError("bad month") }
        let plan = try SchedulePlanner().plan(
            programme: programme, people: people, themes: themes, from: from, months: months)
        let store = try ProgrammeStore.create(atPath: path)
        try store.update { data in
            data = ProgrammeData(
                programme: programme, people: people, themes: themes, rounds: plan.rounds,
                roundIDs: plan.ids)
        }
        try store.checkpoint()
        return (path, plan.rounds.count)
    }
}
