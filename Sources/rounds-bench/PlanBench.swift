import Foundation
import RoundsCore
import RoundsPacks
import RoundsScheduling

/// Planning ten years for sixty facilitators (leave for everyone, busy calendars for a third,
/// two years of history: issue 11), and writing every pack of that plan.
enum PlanBench {
    static let facilitators = 60
    static let months = 120

    static func email(_ text: String) throws -> EmailAddress { try EmailAddress(text) }

    static func programme() throws -> Programme {
        guard let time = LocalTime(hour: 12, minute: 30) else { throw BenchError("bad time") }
        let cadence = try Cadence(ordinal: 2, weekday: .tuesday, startTime: time, intervalMonths: 1)
        return Programme(
            organisation: "Benchmark Trust", domain: "rounds.example.org",
            timeZone: "Europe/London", holidayRegion: .englandAndWales,
            venues: [Venue(slug: "education-centre", name: "Education Centre", kind: .room)],
            defaultVenue: "education-centre", cadence: cadence, requiresClinicalPairing: true,
            organiser: try email("rounds@example.org"))
    }

    static func people() throws -> [Person] {
        try (0..<facilitators).map { index in
            Person(
                email: try email("facilitator\(index)@example.org"),
                name: "Facilitator \(index)", staffGroup: index % 2 == 0 ? "Medical" : "Admin",
                isClinical: index % 2 == 0, roles: [.facilitator],
                facilitatorProfile: FacilitatorProfile(
                    training: index % 3 == 0 ? .trainee : .trained))
        }
    }

    static func themes() -> [Theme] {
        (0..<24).map { index in
            Theme(
                slug: "theme-\(index)", title: "Theme \(index)",
                description: "What stays with us after a hard day, part \(index).",
                prompts: ["What did you notice?", "What stayed with you?"])
        }
    }

    /// The second Tuesday of `month` months after January 2025.
    static func secondTuesday(_ month: Int) throws -> LocalDate {
        guard let first = YearMonth(year: 2025, month: 1)?.adding(months: month) else {
            throw BenchError("bad month")
        }
        let day = first.firstDay
        return day.adding(days: (Weekday.tuesday.isoNumber - day.weekday.isoNumber + 7) % 7 + 7)
    }

    /// A week of leave a year for everyone, spread over the year.
    static func leave(_ people: [Person]) throws -> [Leave] {
        var leave: [Leave] = []
        for (index, person) in people.enumerated() {
            for year in 2025...2036 {
                guard let january = LocalDate(year: year, month: 1, day: 1) else { continue }
                let start = january.adding(days: (index * 37 + year * 11) % 350)
                leave.append(
                    Leave(
                        person: person.email,
                        range: try DateRange(start: start, end: start.adding(days: 6))))
            }
        }
        return leave
    }

    /// Busy calendars for a third of the facilitators: a meeting over the Round's time on the
    /// second Tuesday of one month in five, offset per person.
    static func busy(_ people: [Person]) throws -> [BusyInterval] {
        guard let noon = LocalTime(hour: 12, minute: 0) else { throw BenchError("bad time") }
        var busy: [BusyInterval] = []
        for (index, person) in people.enumerated() where index % 3 == 0 {
            for month in 0..<144 where (month + index) % 5 == 0 {
                let start = LocalDateTime(date: try secondTuesday(month), time: noon)
                busy.append(
                    BusyInterval(
                        person: person.email, start: start, end: start.adding(minutes: 60)))
            }
        }
        return busy
    }

    /// Two years of held Rounds before the plan, on the cadence. Only the first 24 people
    /// facilitated them: the history is uneven on purpose.
    static func history(_ people: [Person]) throws -> [Round] {
        guard let time = LocalTime(hour: 12, minute: 30) else { throw BenchError("bad time") }
        return try (0..<24).map { month in
            guard let id = RoundID(number: month + 1) else { throw BenchError("bad id") }
            let start = LocalDateTime(date: try secondTuesday(month), time: time)
            let pair = [people[(2 * month) % 24], people[(2 * month + 1) % 24]]
            return Round(
                id: id, start: start, end: start.adding(minutes: 60),
                facilitators: pair.map(\.email), status: .held)
        }
    }

    /// The ten-year instance.
    struct Instance {
        let programme: Programme
        let people: [Person]
        let leave: [Leave]
        let busy: [BusyInterval]
        let history: [Round]
        let themes: [Theme]
        let from: YearMonth
    }

    static func instance() throws -> Instance {
        let people = try people()
        guard let from = YearMonth(year: 2027, month: 1) else { throw BenchError("bad month") }
        return Instance(
            programme: try programme(), people: people, leave: try leave(people),
            busy: try busy(people), history: try history(people), themes: themes(), from: from)
    }

    /// One `rounds plan` call's planning: ten years in one window.
    static func plan(_ instance: Instance) throws -> PlanResult {
        try SchedulePlanner().plan(
            programme: instance.programme, people: instance.people, leave: instance.leave,
            busy: instance.busy, themes: instance.themes, existingRounds: instance.history,
            from: instance.from, months: months, ids: RoundIDSequence(highestIssued: 24))
    }

    static func plan() throws -> (Programme, [Person], [Theme], PlanResult) {
        let instance = try instance()
        return (instance.programme, instance.people, instance.themes, try plan(instance))
    }

    /// The instance and the planner's rota in the rota judge's format (docs/testing.md,
    /// `rota-<n>.json`), for the exact Python/CBC model (`Benchmarks/python/bench_rota.py`).
    static func writeInstance(to url: URL) throws {
        let instance = try instance()
        let result = try plan(instance)
        let optimality = RotaOptimality(cost: result.rotaCost, bound: result.rotaBound)
        let people: [[String: Any]] = instance.people.map {
            [
                "email": "\($0.email)", "trained": $0.isTrainedFacilitator,
                "clinical": $0.isClinical,
                "training": $0.facilitatorProfile?.training.rawValue ?? "trainee",
            ]
        }
        let history: [[String: Any]] = instance.history.map {
            [
                "start": "\($0.start)", "end": "\($0.end)",
                "facilitators": $0.facilitators.map { "\($0)" },
            ]
        }
        let rounds: [[String: Any]] = result.rounds.map {
            ["start": "\($0.start)", "end": "\($0.end)", "fixed": NSNull()]
        }
        let document: [String: Any] = [
            "seed": 0,
            "maxPerQuarter": instance.programme.maxRoundsPerFacilitatorPerQuarter,
            "clinicalPairing": instance.programme.requiresClinicalPairing,
            "fairnessHorizonMonths": instance.programme.fairnessHorizonMonths,
            "window": [
                "from": "\(instance.from)", "to": "\(instance.from.adding(months: months - 1))",
            ],
            "people": people, "history": history, "rounds": rounds,
            "leave": instance.leave.map {
                ["person": "\($0.person)", "from": "\($0.range.start)", "to": "\($0.range.end)"]
            },
            "busy": instance.busy.map {
                ["person": "\($0.person)", "start": "\($0.start)", "end": "\($0.end)"]
            },
            "result": [
                "facilitators": result.rounds.map { $0.facilitators.map { "\($0)" }.sorted() },
                "optimality": optimality.summary,
            ] as [String: Any],
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: url, options: .atomic)
    }

    /// The median seconds of `iterations` plans after one warm-up, and the Rounds planned.
    /// The instance is built once, outside the timing.
    static func timePlan(iterations: Int) throws -> (time: Timing.Sample, rounds: Int) {
        let instance = try instance()
        var times: [Timing.Sample] = []
        var rounds = 0
        for round in 0...iterations {
            let seconds = try Timing.measure { rounds = try plan(instance).rounds.count }
            if round > 0 { times.append(seconds) }
        }
        return (Timing.medians(times), rounds)
    }
}
