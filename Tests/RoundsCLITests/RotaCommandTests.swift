import Foundation
import RoundsTestSupport
import Testing

/// `rounds plan --months 120 --explain / --json` and `rounds rota` (issue 11).
@Suite struct RotaCommandTests {
    @Test func tenYearsInOneCallSaysWhetherTheRotaIsProvenOptimal() throws {
        let folder = try CommandFolder()
        let plan = try folder.run("plan", "--from", "2027-02", "--months", "120", "--explain")
        #expect(plan.status == 0, "\(plan.standardError)")
        let lines = plan.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("New Rounds (11") == true, "\(lines.first ?? "")")
        #expect(lines.contains { $0.hasPrefix("Rota: proven optimal") })
        #expect(lines.contains("Rota scores (this plan; best possible):"))
        #expect(lines.contains { $0.hasPrefix("  unstaffed: ") })
        #expect(lines.contains { $0.hasPrefix("  ana.price@northbrook-hospitals.example: ") })
        #expect(try folder.rounds().count > 110)
    }

    @Test func planJSONCarriesTheScoresAndBounds() throws {
        let folder = try CommandFolder()
        let plan = try folder.run("plan", "--from", "2027-02", "--months", "12", "--json")
        #expect(plan.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8))
        let report = try #require(object as? [String: Any])
        #expect(report["changed"] as? Bool == true)
        #expect((report["created"] as? [String])?.count == 11)
        let rota = try #require(report["rota"] as? [String: Any])
        #expect(rota["provenOptimal"] is Bool)
        let scores = try #require(rota["scores"] as? [[String: Any]])
        #expect(
            scores.map { $0["name"] as? String } == [
                "unstaffed", "excess spread", "changes", "spread", "repeats",
            ])
        #expect((rota["fairShares"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func rotaReportsRoundsPerYearLastNextAndFairShare() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "24")
        let text = try folder.run(
            "rota", "--from", "2027-01", "--to", "2028-12", clock: "2027-06-01T09:00:00Z")
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.hasPrefix("Rounds from January 2027 to December 2028:\n"))
        let json = try folder.run(
            "rota", "--from", "2027-01", "--to", "2028-12", "--json",
            clock: "2027-06-01T09:00:00Z")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))
                as? [[String: Any]])
        #expect(!rows.isEmpty)
        let totals = rows.compactMap { $0["total"] as? Int }
        let rounds = try folder.rounds().filter {
            ($0["status"] as? String) != "cancelled"
                && (($0["start"] as? String) ?? "") >= "2027-01"
                && (($0["start"] as? String) ?? "") < "2029-01"
        }
        let places = rounds.reduce(0) { $0 + (($1["facilitators"] as? [Any])?.count ?? 0) }
        #expect(totals.reduce(0, +) == places)
        let shares = rows.compactMap { $0["fairShare"] as? Double }
        #expect(abs(shares.reduce(0, +) - Double(places)) < 0.1)
        // Loads within one Round of the fair share, as the planner promises.
        #expect(rows.allSatisfy { abs(($0["distance"] as? Double) ?? 9) <= 1 }, "\(rows)")
        #expect(rows.allSatisfy { $0["last"] != nil && $0["next"] != nil })
        let backwards = try folder.run("rota", "--from", "2028-01", "--to", "2027-01")
        #expect(backwards.status == 64)
        #expect(backwards.standardError.hasPrefix("Error: --to 2027-01 is before --from 2028-01."))
    }
}
