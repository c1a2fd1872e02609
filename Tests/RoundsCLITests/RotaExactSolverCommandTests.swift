import Foundation
import RoundsTestSupport
import Testing

/// `rounds plan` when the exact solver (CBC) runs: it prints nothing of its own, and the plan
/// says which proof it has (docs/commands/plan.md).
@Suite struct RotaExactSolverCommandTests {
    /// One trained facilitator and two trainees: the trained one is on every Round, so no rota
    /// is within one Round of fair shares, which the search's bounds cannot see (they take
    /// each person's load apart from who they must be paired with); CBC proves it.
    static let programme = """
        programme:
          organisation: Test Trust
          domain: test.example
          time_zone: Europe/London
          nation: england-and-wales
          cadence: second Tuesday 12:00-13:00
          organiser: ana@test.example
          max_rounds_per_facilitator_per_quarter: 3
        people:
          - {email: ana@test.example, name: Ana, staff_group: Nursing, clinical: true,
             roles: [facilitator, administrator], training: trained}
          - {email: ben@test.example, name: Ben, staff_group: Chaplaincy, clinical: false,
             roles: [facilitator], training: trainee}
          - {email: cai@test.example, name: Cai, staff_group: Estates, clinical: false,
             roles: [facilitator], training: trainee}

        """

    func folder() throws -> CommandFolder {
        let folder = try CommandFolder(sample: false)
        try Data(Self.programme.utf8).write(to: folder.url.appendingPathComponent("p.yaml"))
        let created = try folder.run("init", "--from", "p.yaml")
        #expect(created.status == 0, "\(created.standardError)")
        return folder
    }

    @Test func theSolverPrintsNothingAndThePlanSaysItProved() throws {
        let folder = try folder()
        let json = try folder.run("plan", "--from", "2027-01", "--months", "6", "--json")
        #expect(json.status == 0)
        #expect(json.standardError.isEmpty, "\(json.standardError)")
        // Anything CBC wrote to standard output would break the JSON.
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))
        let rota = try #require((object as? [String: Any])?["rota"] as? [String: Any])
        #expect(rota["provenBy"] as? String == "exact solver")
        let scores = try #require(rota["scores"] as? [[String: Any]])
        // Ana has 6, Ben and Cai 3 each: 3 Rounds apart, 2 above the one Round allowed.
        #expect(scores[1]["value"] as? Double == 2 && scores[1]["bound"] as? Double == 2)
        #expect(scores[3]["value"] as? Double == 3 && scores[3]["bound"] as? Double == 3)

        let text = try folder.run("plan", "--from", "2027-07", "--months", "6", "--explain")
        #expect(text.status == 0)
        #expect(text.standardError.isEmpty, "\(text.standardError)")
        let lines = text.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Rota: proven optimal for unstaffed, excess spread, changes and spread "
                        + "(exact solver); repeats may be up to ")
            }, "\(lines)")
        // With the first half year counted too: Ana 12, Ben and Cai 6 each.
        #expect(lines.contains("  spread: 6; 6"), "\(lines)")
        // Every line is the plan's own: a heading, an indented item or the rota's verdict.
        let headings = [
            "New Rounds", "Themes given", "Prep meetings", "Dates lost", "Warnings", "Rota",
            "Fair shares", "Unstaffed", "Facilitator changes", "Moved",
        ]
        for line in lines where !line.hasPrefix("  ") {
            #expect(headings.contains { line.hasPrefix($0) }, "unexpected line: \(line)")
        }
    }

    @Test func noTimeForTheSolverKeepsTheSearchAndSaysHowFarItMayFallShort() throws {
        let folder = try folder()
        let plan = try folder.run(
            "plan", "--from", "2027-01", "--months", "6", "--solver-seconds", "0")
        #expect(plan.status == 0)
        let lines = plan.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.last == "Rota: proven optimal for unstaffed; excess spread may be up to 2 "
                + "above the best possible.", "\(lines)")
        let wrong = try folder.run(
            "plan", "--from", "2027-01", "--months", "6", "--solver-seconds=-1")
        #expect(wrong.status == 64)
        #expect(
            wrong.standardError.contains("--solver-seconds must be from 0 to 3600; -1 is not."))
    }
}
