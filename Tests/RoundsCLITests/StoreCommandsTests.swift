import Foundation
import RoundsTestSupport
import Testing

/// End-to-end runs of the store commands, each in a fresh folder with its own store.
@Suite struct StoreCommandsTests {
    static let samples = Samples.folder
    static let programme = samples.appendingPathComponent("programme.yaml").path
    static let people = samples.appendingPathComponent("people.csv").path

    let folder: URL

    init() throws {
        folder = try TemporaryFolder("rounds-cli-tests").url
    }

    /// Runs `rounds` in the test's folder with no store chosen by the environment.
    func rounds(_ arguments: String...) throws -> RoundsExecutable.Outcome {
        try RoundsExecutable.run(
            arguments, environment: ["ROUNDS_STORE": "", "HOME": folder.path], in: folder)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    @Test func commandsOtherThanInitRefuseAMissingStore() throws {
        for arguments in [["import", Self.programme], ["list"], ["people", "list"], ["check"]] {
            let outcome = try RoundsExecutable.run(
                arguments, environment: ["ROUNDS_STORE": ""], in: folder)
            #expect(outcome.status == 1)
            #expect(
                outcome.standardError
                    == "Error: No store at rounds.sqlite. Create one with `rounds init` (or "
                    + "`rounds init --from programme.yaml`).\n")
        }
        #expect(!exists("rounds.sqlite"))
    }

    @Test func initRefusesToOverwriteAStore() throws {
        #expect(
            try rounds("init").standardOutput
                == "Created rounds.sqlite. Import a programme with `rounds import programme.yaml`.\n"
        )
        let again = try rounds("init")
        #expect(again.status == 1)
        #expect(
            again.standardError
                == "Error: rounds.sqlite already exists. Choose another path with --store, or use "
                + "`rounds import` to bring a programme file into the existing store.\n")
    }

    @Test func initFromABrokenFileLeavesNoStoreBehind() throws {
        let broken = try write(
            "broken.yaml", "programme:\n  organisation: X\n  domian: x.example\n")
        let outcome = try rounds("init", "--from", broken)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "Error: \(broken):3:3: \"domian\" is not a known key here. Did you mean "
                + "\"domain\"?\n")
        #expect(!exists("rounds.sqlite"))
    }

    @Test func importIsIdempotentAndExportRoundTripsByteForByte() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let again = try rounds("import", Self.programme)
        #expect(again.status == 0)
        #expect(again.standardOutput == "No changes.\n")
        #expect(try rounds("export", "yaml", "--out", "a.yaml").standardOutput == "Wrote a.yaml.\n")
        #expect(try rounds("import", "a.yaml").standardOutput == "No changes.\n")
        #expect(try rounds("init", "--store", "copy.sqlite", "--from", "a.yaml").status == 0)
        #expect(
            try rounds("export", "yaml", "--store", "copy.sqlite", "--out", "b.yaml").status == 0)
        let first = try Data(contentsOf: folder.appendingPathComponent("a.yaml"))
        let second = try Data(contentsOf: folder.appendingPathComponent("b.yaml"))
        #expect(first == second)
    }

    @Test func storeComesFromTheEnvironmentWhenNoOptionIsGiven() throws {
        let outcome = try RoundsExecutable.run(
            ["init"], environment: ["ROUNDS_STORE": "env.sqlite"], in: folder)
        #expect(
            outcome.standardOutput
                == "Created env.sqlite. Import a programme with `rounds import programme.yaml`.\n")
        #expect(exists("env.sqlite"))
    }

    @Test func listJSONHasTheContractFieldsWithOffsets() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let outcome = try rounds("list", "--json")
        #expect(outcome.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        let rounds = try #require(parsed as? [[String: Any]])
        #expect(rounds.count == 2)
        let first = try #require(rounds.first)
        #expect(first["id"] as? String == "R-0001")
        #expect(first["start"] as? String == "2026-10-13T12:00:00+01:00")
        #expect(first["end"] as? String == "2026-10-13T13:00:00+01:00")
        #expect(first["timeZone"] as? String == "Europe/London")
        #expect(first["theme"] as? String == "Why I come to work")
        #expect(first["status"] as? String == "held")
        let facilitators = try #require(first["facilitators"] as? [[String: String]])
        #expect(
            facilitators.first == [
                "name": "Ana Price", "email": "ana.price@northbrook-hospitals.example",
            ])
        let panel = try #require(first["panel"] as? [[String: String]])
        #expect(panel.count == 3)
        #expect(!outcome.standardOutput.contains("night shift"))
        let prep = try #require(first["prepMeeting"] as? [String: String])
        #expect(prep["start"] == "2026-10-06T12:00:00+01:00")
        let winter = try #require(rounds.last)
        #expect(winter["start"] as? String == "2027-01-12T12:00:00+00:00")
    }

    @Test func showFindsARoundByDateAndExplainsAMissingOne() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let shown = try rounds("show", "2027-01-12")
        #expect(shown.status == 0)
        #expect(
            shown.standardOutput.hasPrefix(
                "R-0002  Tue 12 Jan 2027 12:00-13:00 (Europe/London)\nStatus: confirmed\n"))
        let missing = try rounds("show", "2027-02-09")
        #expect(missing.status == 1)
        #expect(
            missing.standardError
                == "Error: There is no Round on 2027-02-09. Run `rounds list` to see the dates.\n")
    }

    @Test func everydayEditsAndTheirRefusals() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let added = try rounds(
            "people", "add", "--email", "Zoe@Test.example", "--name", "Zoe", "--staff-group",
            "Pharmacy", "--non-clinical", "--role", "panellist")
        #expect(added.standardOutput == "Added Zoe <zoe@test.example>.\n")
        let duplicate = try rounds(
            "people", "add", "--email", "zoe@test.example", "--name", "Zoe", "--staff-group",
            "Pharmacy", "--clinical")
        #expect(duplicate.status == 1)
        #expect(
            duplicate.standardError
                == "Error: zoe@test.example is already in the programme. Change them with "
                + "`rounds people edit zoe@test.example`.\n")
        let busy = try rounds("people", "remove", "ana.price@northbrook-hospitals.example")
        #expect(busy.status == 1)
        #expect(
            busy.standardError
                == "Error: ana.price@northbrook-hospitals.example is on Round R-0001. Take them off "
                + "first; nothing was changed.\n")
        #expect(
            try rounds(
                "leave", "add", "zoe@test.example", "--from", "2027-06-01", "--to",
                "2027-06-03", "--note", "private reason"
            ).standardOutput
                == "Recorded leave for zoe@test.example: 1 Jun 2027 to 3 Jun 2027.\n")
        let leave = try rounds("leave", "list", "zoe@test.example")
        #expect(leave.standardOutput == "Zoe <zoe@test.example>  1 Jun 2027 to 3 Jun 2027\n")
        #expect(
            try rounds("themes", "add", "--title", "When the patient is a colleague")
                .standardOutput
                == "Added theme when-the-patient-is-a-colleague: When the patient is a colleague.\n"
        )
        let themeInUse = try rounds("themes", "remove", "why-i-come-to-work")
        #expect(
            themeInUse.standardError
                == "Error: Theme why-i-come-to-work is used by R-0001. Give that Round another theme "
                + "first; nothing was changed.\n")
        #expect(
            try rounds(
                "venues", "add", "--slug", "day-room", "--name", "Day room", "--room",
                "Ward 7"
            ).standardOutput == "Added venue day-room: Day room, Ward 7.\n")
        #expect(try rounds("venues", "edit", "day-room", "--default").status == 0)
        let venues = try rounds("venues", "list")
        #expect(venues.standardOutput.contains("day-room  Day room, Ward 7  (default)\n"))
        #expect(
            try rounds("people", "remove", "zoe@test.example").standardOutput
                == "Removed Zoe <zoe@test.example>.\n")
        #expect(
            try rounds("leave", "list", "zoe@test.example").standardOutput
                == "No leave recorded.\n")
    }

    @Test func fileProblemsAreExplained() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let missing = try rounds("import", "nowhere.yaml")
        #expect(missing.status == 1)
        #expect(
            missing.standardError
                == "Error: Cannot read nowhere.yaml. Check that the file exists and that you may read "
                + "it.\n")
        let noFolder = try rounds("export", "yaml", "--out", "no/such/folder/p.yaml")
        #expect(noFolder.status == 1)
        #expect(
            noFolder.standardError
                == "Error: Cannot write no/such/folder/p.yaml. Check that the folder exists and that "
                + "you may write to it.\n")
        let small = try write(
            "small.yaml",
            "people:\n  - email: ian.kowalski@northbrook-hospitals.example\n    name: Ian\n"
                + "    staff_group: Admin\n    clinical: false\n")
        let pruned = try rounds("import", small, "--prune")
        #expect(pruned.status == 1)
        #expect(
            pruned.standardError
                == "Error: --prune would leave the programme inconsistent, so nothing was changed. "
                + "Round R-0001 names ana.price@northbrook-hospitals.example, who is not in the "
                + "programme.\n")
        #expect(try rounds("import", Self.programme).standardOutput == "No changes.\n")
    }

    @Test func helpIsWrittenInWholeSentences() throws {
        let help = try rounds("leave", "add", "--help")
        #expect(help.status == 0)
        #expect(
            help.standardOutput == """
                OVERVIEW: Record leave for a person.

                USAGE: rounds leave add [--store <path>] <email> --from <date> [--to <date>] [--note <text>]

                ARGUMENTS:
                  <email>                 The email address of the person.

                OPTIONS:
                  --store <path>          The programme store to use. The default is
                                          $ROUNDS_STORE if it is set, otherwise rounds.sqlite
                                          in the current folder.
                  --from <date>           The first day away (YYYY-MM-DD).
                  --to <date>             The last day away (YYYY-MM-DD); leave it out for a
                                          single day.
                  --note <text>           A private note, such as the kind of leave. Never
                                          shown in lists.
                  --version               Show the version.
                  -h, --help              Show help information.


                """)
    }

    @Test func usageMistakesExitWith64() throws {
        #expect(try rounds("init").status == 0)
        let badEmail = try rounds(
            "people", "add", "--email", "ana@", "--name", "A", "--staff-group", "B", "--clinical")
        #expect(badEmail.status == 64)
        #expect(
            badEmail.standardError.hasPrefix(
                "Error: The value 'ana@' is invalid for '--email <email>': \"ana@\" is not an email "
                    + "address.\n"))
        let badKind = try rounds("import", "notes.txt")
        #expect(badKind.status == 64)
        #expect(
            badKind.standardError.hasPrefix(
                "Error: notes.txt is neither a programme file (.yaml) nor a spreadsheet (.csv). Give "
                    + "a file ending in .yaml, .yml or .csv.\n"))
        #expect(try rounds("people", "edit", "ana@x.example").status == 64)
    }

    @Test func checkReportsWarningsButExitsZero() throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        let outcome = try rounds("check")
        #expect(outcome.status == 0)
        // The sample's held R-0001 has no attendance or evaluations on record.
        #expect(outcome.standardOutput.hasSuffix("3 warnings and 0 notices.\n"))
        let json = try rounds("check", "--json")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))
        let warnings = try #require(parsed as? [[String: Any]])
        #expect(warnings.first?["code"] as? String == "series-gap")
    }

    @Test func parallelImportsFromSeveralProcessesAllSucceed() async throws {
        #expect(try rounds("init", "--from", Self.programme).status == 0)
        var files: [String] = []
        for index in 0..<5 {
            files.append(
                try write(
                    "p\(index).csv",
                    "Email,Name,Staff group,Clinical\nextra\(index)@test.example,Extra \(index),"
                        + "Nursing,yes\n"))
        }
        let directory = folder
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for file in files {
                group.addTask {
                    try RoundsExecutable.run(
                        ["import", file], environment: ["ROUNDS_STORE": ""], in: directory
                    ).status
                }
            }
            var all: [Int32] = []
            for try await status in group { all.append(status) }
            return all
        }
        #expect(statuses == [0, 0, 0, 0, 0])
        let listed = try rounds("people", "list")
        #expect(
            listed.standardOutput.components(separatedBy: "\n").filter { $0.contains("extra") }
                .count == 5)
    }
}
