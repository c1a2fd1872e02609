import Foundation
import RoundsTestSupport
import Testing

/// move, cancel, confirm, assign and panel: deliberate changes that later plans keep.
@Suite struct RoundEditCommandTests {
    static let ana = "ana.price@northbrook-hospitals.example"
    static let ben = "ben.okafor@northbrook-hospitals.example"
    static let kemi = "kemi.bello@northbrook-hospitals.example"
    static let liam = "liam.doyle@northbrook-hospitals.example"

    func planned() throws -> CommandFolder {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        return folder
    }

    func round(_ id: String, in folder: CommandFolder) throws -> [String: Any] {
        try #require(try folder.rounds().first { ($0["id"] as? String) == id })
    }

    @Test func moveIsKeptByLaterPlans() throws {
        let folder = try planned()
        let moved = try folder.run("move", "R-0004", "--to", "2027-03-16T13:00")
        #expect(moved.status == 0)
        #expect(
            moved.standardOutput
                == "Moved R-0004 from Tue 9 Mar 2027 12:00 to Tue 16 Mar 2027 13:00.\n")
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(!replan.standardOutput.contains("R-0004 moved"))
        let round = try round("R-0004", in: folder)
        #expect(round["start"] as? String == "2027-03-16T13:00:00+00:00")
        #expect(round["end"] as? String == "2027-03-16T14:00:00+00:00")
    }

    @Test func moveOntoABankHolidayIsRefusedWithoutForce() throws {
        let folder = try planned()
        let refused = try folder.run("move", "R-0006", "--to", "2027-05-31")
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "Error: R-0006 was not moved: Mon 31 May 2027 is the Spring bank holiday. "
                + "Choose another day, or add --force to move it there anyway.\n")
        let forced = try folder.run("move", "R-0006", "--to", "2027-05-31", "--force")
        #expect(forced.status == 0)
        #expect(
            forced.standardOutput
                == "Moved R-0006 from Tue 11 May 2027 12:00 to Mon 31 May 2027 12:00.\n"
                + "Warning: Mon 31 May 2027 is the Spring bank holiday.\n")
    }

    @Test func cancelThenRefusalsForTheCancelledRound() throws {
        let folder = try planned()
        let cancel = try folder.run("cancel", "2027-06-08")
        #expect(
            cancel.standardOutput
                == "Cancelled R-0007 (8 Jun 2027). Run `rounds export invites` to send the "
                + "cancellations.\n")
        #expect(
            try folder.run("cancel", "R-0007").standardOutput
                == "R-0007 (8 Jun 2027) is already cancelled. Nothing changed.\n")
        let move = try folder.run("move", "R-0007", "--to", "2027-06-15")
        #expect(move.status == 1)
        #expect(
            move.standardError
                == "Error: R-0007 (8 Jun 2027) is cancelled, so it cannot be moved. Plan a new "
                + "Round with `rounds plan` instead.\n")
        // A later plan leaves the month without a Round rather than reviving it.
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(!replan.standardOutput.contains("New Rounds"))
        #expect(try round("R-0007", in: folder)["status"] as? String == "cancelled")
    }

    @Test func confirmAndAssign() throws {
        let folder = try planned()
        #expect(
            try folder.run("confirm", "R-0003").standardOutput
                == "Confirmed R-0003 (9 Feb 2027).\n")
        let assign = try folder.run(
            "assign", "R-0009", "--facilitators", "\(Self.ana),\(Self.ben)")
        #expect(
            assign.standardOutput == "Assigned Ana Price and Ben Okafor to R-0009 (14 Sep 2027).\n")
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(try folder.facilitators()["R-0009"] == [Self.ana, Self.ben])
        #expect(try round("R-0003", in: folder)["status"] as? String == "confirmed")

        let unknown = try folder.run(
            "assign", "R-0009", "--facilitators", "nobody@example.org,\(Self.ben)")
        #expect(unknown.status == 1)
        #expect(
            unknown.standardError
                == "Error: nobody@example.org is not in the programme. Add them with "
                + "`rounds people add` first.\n")
        let notFacilitator = try folder.run(
            "assign", "R-0009", "--facilitators", "\(Self.kemi),\(Self.ben)")
        #expect(
            notFacilitator.standardError
                == "Error: Kemi Bello (\(Self.kemi)) is not a facilitator. Give them the "
                + "facilitator role with `rounds people` first, or choose someone else.\n")
        let one = try folder.run("assign", "R-0009", "--facilitators", Self.ana)
        #expect(one.status == 64)
    }

    @Test func unknownRoundsAndAmbiguousInput() throws {
        let folder = try planned()
        let unknown = try folder.run("confirm", "R-0099")
        #expect(unknown.status == 1)
        #expect(
            unknown.standardError
                == "Error: There is no Round R-0099. Run `rounds list` to see the Rounds there are.\n"
        )
        let garbage = try folder.run("confirm", "next-tuesday")
        #expect(garbage.status == 64)
        let badDate = try folder.run("move", "R-0003", "--to", "9 March")
        #expect(badDate.status == 64)
        #expect(
            badDate.standardError.hasPrefix(
                "Error: 9 March is not a date. Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a new "
                    + "time.\n"))
    }

    @Test func panelAddOrderListRemove() throws {
        let folder = try planned()
        #expect(
            try folder.run("panel", "R-0003", "add", Self.kemi, "--story", "A private title")
                .standardOutput
                == "Added Kemi Bello to the panel of R-0003 (9 Feb 2027), speaking 1st.\n")
        #expect(
            try folder.run("panel", "R-0003", "add", Self.liam, "--position", "1").standardOutput
                == "Added Liam Doyle to the panel of R-0003 (9 Feb 2027), speaking 1st.\n")
        let list = try folder.run("panel", "R-0003", "list")
        #expect(
            list.standardOutput
                == "Panel of R-0003 (9 Feb 2027):\n  1. Liam Doyle <\(Self.liam)>\n"
                + "  2. Kemi Bello <\(Self.kemi)> (story title recorded)\n")
        #expect(!list.standardOutput.contains("A private title"))
        let order = try folder.run("panel", "R-0003", "order", "\(Self.kemi),\(Self.liam)")
        #expect(
            order.standardOutput
                == "Speaking order for R-0003 (9 Feb 2027): Kemi Bello, Liam Doyle.\n")
        let partial = try folder.run("panel", "R-0003", "order", Self.kemi)
        #expect(partial.status == 1)
        #expect(
            partial.standardError
                == "Error: The order must name each of the 2 panellists of R-0003 (9 Feb 2027) "
                + "once: \(Self.kemi), \(Self.liam). See them with `rounds panel R-0003 list`.\n")
        let twice = try folder.run("panel", "R-0003", "add", Self.kemi)
        #expect(
            twice.standardError
                == "Error: Kemi Bello is already on the panel of R-0003 (9 Feb 2027).\n")
        #expect(
            try folder.run("panel", "R-0003", "remove", Self.kemi).standardOutput
                == "Removed Kemi Bello from the panel of R-0003 (9 Feb 2027).\n")
        let gone = try folder.run("panel", "R-0003", "remove", Self.kemi)
        #expect(
            gone.standardError
                == "Error: \(Self.kemi) is not on the panel of R-0003 (9 Feb 2027).\n")
        let panel = try round("R-0003", in: folder)["panel"] as? [[String: Any]]
        #expect(panel?.compactMap { $0["email"] as? String } == [Self.liam])
    }

    @Test func panelStoryReplacesAndRemovesTheTitle() throws {
        let folder = try planned()
        _ = try folder.run("panel", "R-0003", "add", Self.kemi, "--story", "First title")
        let changed = try folder.run("panel", "R-0003", "story", Self.kemi, "--story", "Second")
        #expect(
            changed.standardOutput
                == "Changed the story title of Kemi Bello on the panel of R-0003 (9 Feb 2027).\n")
        // `list --json` leaves titles out: the programme file holds them.
        let exported = folder.url.appendingPathComponent("programme-out.yaml")
        _ = try folder.run("export", "yaml", "--out", exported.path)
        var text = try String(contentsOf: exported, encoding: .utf8)
        #expect(text.contains("story: Second") && !text.contains("First title"))
        let removed = try folder.run("panel", "R-0003", "story", Self.kemi)
        #expect(removed.standardOutput.hasPrefix("Removed the story title of Kemi Bello"))
        _ = try folder.run("export", "yaml", "--out", exported.path)
        text = try String(contentsOf: exported, encoding: .utf8)
        #expect(!text.contains("story: Second"))
        let misplaced = try folder.run("panel", "R-0003", "remove", Self.kemi, "--story", "X")
        #expect(misplaced.status == 64)
        #expect(misplaced.standardError.contains("--story goes with `panel add` and `panel story`"))
    }

    @Test func panelShowNameAndHideNameRecordConsent() throws {
        let folder = try planned()
        let added = try folder.run("panel", "R-0003", "add", Self.kemi, "--show-name")
        #expect(
            added.standardOutput
                == "Added Kemi Bello to the panel of R-0003 (9 Feb 2027), speaking 1st.\n"
                + "Kemi Bello will be named on the public page of R-0003 (9 Feb 2027).\n")
        _ = try folder.run("panel", "R-0003", "add", Self.liam)
        #expect(
            try folder.run("panel", "R-0003", "list").standardOutput
                == "Panel of R-0003 (9 Feb 2027):\n"
                + "  1. Kemi Bello <\(Self.kemi)> (named on the public page)\n"
                + "  2. Liam Doyle <\(Self.liam)>\n")
        #expect(
            try folder.run("panel", "R-0003", "hide-name", Self.kemi).standardOutput
                == "Kemi Bello will not be named on the public page of R-0003 (9 Feb 2027).\n")
        #expect(
            try folder.run("panel", "R-0003", "show-name", Self.liam).standardOutput
                == "Liam Doyle will be named on the public page of R-0003 (9 Feb 2027).\n")
        // The programme file carries the consent as `show_name: true`.
        let exported = folder.url.appendingPathComponent("programme-out.yaml")
        _ = try folder.run("export", "yaml", "--out", exported.path)
        let text = try String(contentsOf: exported, encoding: .utf8)
        #expect(text.components(separatedBy: "show_name: true").count == 2)
        let misplaced = try folder.run("panel", "R-0003", "show-name", Self.kemi, "--show-name")
        #expect(misplaced.status == 64)
        #expect(misplaced.standardError.contains("--show-name goes with `panel add` only"))
        let stranger = try folder.run("panel", "R-0003", "show-name", Self.ana)
        #expect(stranger.status == 1)
        #expect(
            stranger.standardError
                == "Error: \(Self.ana) is not on the panel of R-0003 (9 Feb 2027).\n")
    }
}
