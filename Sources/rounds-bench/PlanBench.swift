import Foundation
import RoundsCore
import RoundsPacks
import RoundsScheduling

/// Planning ten years for sixty facilitators, and writing every pack of that plan.
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

    static func plan() throws -> (Programme, [Person], [Theme], PlanResult) {
        let programme = try programme()
        let people = try people()
        let themes = themes()
        guard let from = YearMonth(year: 2027, month: 1) else { throw BenchError("bad month") }
        let result = try SchedulePlanner().plan(
            programme: programme, people: people, themes: themes, from: from, months: months)
        return (programme, people, themes, result)
    }

    /// The median seconds of `iterations` plans after one warm-up, and the Rounds planned.
    static func timePlan(iterations: Int) throws -> (time: Timing.Sample, rounds: Int) {
        var times: [Timing.Sample] = []
        var rounds = 0
        for round in 0...iterations {
            let seconds = try Timing.measure { rounds = try plan().3.rounds.count }
            if round > 0 { times.append(seconds) }
        }
        return (Timing.medians(times), rounds)
    }

    /// The median seconds to write every pack (HTML and Markdown) of a ten-year plan.
    static func timePacks(iterations: Int, directory: URL) throws -> (
        time: Timing.Sample, files: Int
    ) {
        let (programme, people, themes, result) = try plan()
        let inputs = PackInput.inputs(
            programme: programme, rounds: result.rounds, people: people, themes: themes,
            excerpts: [])
        var times: [Timing.Sample] = []
        var files = 0
        for round in 0...iterations {
            let seconds = try Timing.measure {
                // Templates are read once per run, as `rounds pack` does.
                let renderer = try PackRenderer(formats: [.html, .markdown])
                files = 0
                for input in inputs {
                    files += try renderer.write(
                        input, formats: [.html, .markdown], to: directory
                    ).count
                }
            }
            if round > 0 { times.append(seconds) }
        }
        return (Timing.medians(times), files)
    }
}
