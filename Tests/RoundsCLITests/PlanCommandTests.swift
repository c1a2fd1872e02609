import Foundation
import RoundsTestSupport
import Testing

/// `rounds plan` on the sample programme: a year of dates, a rota, themes and prep meetings.
@Suite struct PlanCommandTests {
    static let ana = "ana.price@northbrook-hospitals.example"
    static let ben = "ben.okafor@northbrook-hospitals.example"

    @Test func plansAYearForTheSampleProgramme() throws {
        let folder = try CommandFolder()
        let outcome = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "New Rounds (11):")
        #expect(
            lines.contains(
                "  R-0003 added on Tue 9 Feb 2027 12:00 with Ellen Fraser and Grace Lindqvist."))
        #expect(
            lines.contains(
                "  Tue 13 Apr 2027 is blacked out (Trust board away day); moved to Tue 20 Apr 2027."
            ))
        #expect(
            lines.contains(
                "  Tue 10 Aug 2027 is blacked out (Summer leave peak); Tue 17 Aug 2027 is "
                    + "blacked out (Summer leave peak) as well, so there is no Round in "
                    + "August 2027."))
        #expect(
            lines.contains(
                "  14 Dec 2027: no theme, because every theme was used less than 12 months "
                    + "away; add themes or shorten the gap."))

        let rounds = try folder.rounds()
        #expect(rounds.count == 13)
        let planned = rounds.filter { ($0["status"] as? String) == "planned" }
        #expect(planned.count == 11)
        for round in planned {
            let people = round["facilitators"] as? [[String: Any]] ?? []
            #expect(people.count == 2, "\(round["id"] ?? "")")
            #expect(round["prepMeeting"] != nil)
        }
        // Held and confirmed Rounds are untouched.
        let first = try #require(rounds.first { ($0["id"] as? String) == "R-0002" })
        #expect(first["status"] as? String == "confirmed")
        #expect(first["start"] as? String == "2027-01-12T12:00:00+00:00")
    }

    @Test func aReplanWithNoChangePrintsNoChangesAndWritesNothing() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        let before = try folder.run("export", "yaml", "--out", "before.yaml")
        #expect(before.status == 0)
        let again = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(again.status == 0)
        #expect(again.standardOutput.hasPrefix("No changes.\n"))
        _ = try folder.run("export", "yaml", "--out", "after.yaml")
        #expect(try folder.text("before.yaml") == folder.text("after.yaml"))
    }

    @Test func replanAfterLeaveMovesOnlyWhatTheLeaveTouches() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        let before = try folder.facilitators()
        let victim = try #require(before["R-0006"]?.first)
        let leave = try folder.run(
            "leave", "add", victim, "--from", "2027-05-10", "--to", "2027-05-14")
        #expect(leave.status == 0)
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(replan.status == 0)
        #expect(replan.standardOutput.contains("\n  R-0006 (11 May 2027): facilitators "))
        let after = try folder.facilitators()
        #expect(after["R-0006"]?.contains(victim) == false)
        #expect(after["R-0006"]?.count == 2)
        let changed = before.keys.filter { before[$0] != after[$0] }
        // The Round with the absence, plus at most the scheduler's re-plan bound elsewhere.
        #expect(changed.count <= 1 + 3, "\(changed.sorted())")
    }

    @Test func aConfirmedRoundIsKeptAndItsProblemReported() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        let before = try folder.facilitators()
        _ = try folder.run("confirm", "R-0005")
        _ = try folder.run("leave", "add", Self.ana, "--from", "2027-04-19", "--to", "2027-04-23")
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(replan.standardOutput.hasPrefix("No changes.\n"))
        #expect(
            replan.standardOutput.contains(
                "  20 Apr 2027: Ana Price on leave, but the Round's facilitators are fixed; "
                    + "change them with `rounds assign`.\n"))
        #expect(try folder.facilitators() == before)
    }

    @Test func anUnstaffedRoundIsExplainedPerPerson() throws {
        let folder = try CommandFolder()
        for name in [
            "ana.price", "ben.okafor", "cai.morgan", "deepa.shah", "ellen.fraser", "femi.adeyemi",
        ] {
            _ = try folder.run(
                "leave", "add", "\(name)@northbrook-hospitals.example", "--from", "2027-02-08",
                "--to", "2027-02-10")
        }
        let plan = try folder.run("plan", "--from", "2027-02", "--months", "1")
        #expect(plan.status == 0)
        #expect(
            plan.standardOutput
                == """
                New Rounds (1):
                  R-0003 added on Tue 9 Feb 2027 12:00 with nobody.
                Unstaffed (1):
                  R-0003 9 Feb 2027: Ana Price on leave; Ben Okafor on leave; Dr Cai Morgan on \
                leave; Dr Deepa Shah on leave; Ellen Fraser on leave; Femi Adeyemi on leave; \
                Grace Lindqvist is the only facilitator free
                Rota: proven optimal.

                """)
    }

    /// The sample programme with June 2027 blacked out.
    func blackOutJune(in folder: CommandFolder) throws {
        let sample = try String(
            contentsOf: CommandFolder.samples.appendingPathComponent("programme.yaml"),
            encoding: .utf8)
        let edited = sample.replacingOccurrences(
            of: "    - dates: 2027-04-13\n",
            with: "    - dates: 2027-06-01..2027-06-30\n      reason: Ward move\n"
                + "    - dates: 2027-04-13\n")
        #expect(edited != sample)
        try Data(edited.utf8).write(to: folder.url.appendingPathComponent("june.yaml"))
        #expect(try folder.run("import", "june.yaml").status == 0)
    }

    static let juneLost =
        "Tue 8 Jun 2027 is blacked out (Ward move); Tue 15 Jun 2027 is blacked out (Ward "
        + "move) as well, so there is no Round in June 2027."

    @Test(arguments: [false, true])
    func aRoundWhoseMonthIsLostIsRemovedOrCancelled(exported: Bool) throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        if exported { _ = try folder.run("export", "invites", "--out", "invites") }
        try blackOutJune(in: folder)
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        let round = try folder.rounds().first { ($0["id"] as? String) == "R-0007" }
        if exported {
            #expect(
                replan.standardOutput.contains(
                    "  R-0007 (8 Jun 2027) cancelled: its month has no date any more. "
                        + Self.juneLost + " Run `rounds export invites` to send the "
                        + "cancellation.\n"))
            #expect(round?["status"] as? String == "cancelled")
        } else {
            #expect(
                replan.standardOutput.contains(
                    "  R-0007 (8 Jun 2027) removed: its month has no date any more. "
                        + Self.juneLost + "\n"))
            #expect(round == nil)
        }
    }

    @Test func planUsageErrorsExitWith64() throws {
        let folder = try CommandFolder()
        let bad = try folder.run("plan", "--from", "2027-13")
        #expect(bad.status == 64)
        #expect(
            bad.standardError.hasPrefix(
                "Error: 2027-13 is not a month. Write months as YYYY-MM, such as 2027-01.\n"))
        let months = try folder.run("plan", "--from", "2027-01", "--months", "0")
        #expect(months.status == 64)
        #expect(
            months.standardError.hasPrefix("Error: --months must be from 1 to 120; 0 is not.\n"))
    }

    @Test func withoutFromAPlanCarriesOnAfterTheLastRound() throws {
        let folder = try CommandFolder()
        // The sample's last Round is R-0002 on 12 Jan 2027.
        let first = try folder.run("plan", "--months", "2")
        #expect(first.status == 0)
        #expect(
            first.standardOutput.hasPrefix(
                "Planning 2 months from February 2027, the month after the last Round, "
                    + "R-0002 (12 Jan 2027).\n"))
        let before = try folder.rounds()
        #expect(before.count == 4)
        let last = try #require(before.last?["id"] as? String)
        #expect((before.last?["date"] as? String)?.hasPrefix("2027-03") == true)
        // A second plan carries on: two more months, and the Rounds before are left alone.
        let second = try folder.run("plan", "--months", "2")
        #expect(second.status == 0)
        #expect(
            second.standardOutput.hasPrefix(
                "Planning 2 months from April 2027, the month after the last Round, \(last) ("))
        let after = try folder.rounds()
        #expect(after.count == 6)
        #expect(after.prefix(4).map { $0["id"] as? String } == before.map { $0["id"] as? String })
        #expect((after.last?["date"] as? String)?.hasPrefix("2027-05") == true)
        // --json keeps stdout JSON only.
        let json = try folder.run("plan", "--months", "1", "--json")
        #expect(json.standardOutput.hasPrefix("{"))
    }

    @Test func withoutFromAndWithoutRoundsAPlanStartsNextMonth() throws {
        let folder = try CommandFolder(sample: false)
        // The sample programme without its two Rounds (`rounds:` is its last section).
        let sample = try String(
            contentsOf: CommandFolder.samples.appendingPathComponent("programme.yaml"),
            encoding: .utf8)
        let cut = try #require(sample.range(of: "\nrounds:"))
        let file = folder.url.appendingPathComponent("no-rounds.yaml")
        try String(sample[..<cut.lowerBound]).appending("\n").write(
            to: file, atomically: true, encoding: .utf8)
        #expect(try folder.run("init", "--from", file.path).status == 0)
        let planned = try folder.run("plan", "--months", "1", clock: "2027-05-20T09:00:00Z")
        #expect(planned.status == 0)
        #expect(
            planned.standardOutput.hasPrefix(
                "Planning 1 month from June 2027, next month (there is no Round yet).\n"))
        #expect((try folder.rounds().first?["date"] as? String)?.hasPrefix("2027-06") == true)
    }

    @Test func importedHolidaysAreUsedByPlan() throws {
        let folder = try CommandFolder()
        // A made-up extra holiday on the cadence date of March 2027.
        let json = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "Extra bank holiday", "date": "2027-03-09", "notes": "", "bunting": true},
              {"title": "New Year’s Day", "date": "2027-01-01", "notes": "", "bunting": true}
            ]}}
            """
        try Data(json.utf8).write(to: folder.url.appendingPathComponent("bank-holidays.json"))
        let imported = try folder.run("import", "holidays", "bank-holidays.json")
        #expect(imported.status == 0)
        #expect(
            imported.standardOutput
                == "Imported 2 holidays for England and Wales, 2027-2027: 2 days added, "
                + "removed or renamed.\nRun `rounds plan` again to apply them to planned "
                + "Rounds.\n")
        let plan = try folder.run("plan", "--from", "2027-03", "--months", "1")
        #expect(
            plan.standardOutput.contains(
                "  Tue 9 Mar 2027 is the Extra bank holiday; moved to Tue 16 Mar 2027."))
    }
}
