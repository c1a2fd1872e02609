import Foundation
import RoundsTestSupport
import Testing

/// Every kind of bad input `rounds` reads, run through the real binary: the exact message and
/// exit status, and that the store is unchanged afterwards. With `ROUNDS_ERRORS_CATALOGUE` set,
/// each case is appended to that JSON-lines file; `make errors-doc` renders docs/errors.md.
@Suite(.serialized) struct ErrorCatalogueTests {
    static let samples = StoreCommandsTests.samples
    static let brokenCalendars = samples.appendingPathComponent("broken")

    /// One catalogue line.
    struct Entry: Encodable {
        let input: String
        let problem: String
        let command: String
        let status: Int32
        let message: String
        let storeUnchanged: Bool
    }

    /// One table-driven case: files written into a fresh folder with a store, then a command.
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let problem: String
        let files: [String: [UInt8]]
        let arguments: [String]
        let status: Int32
        let message: String

        init(
            _ input: String, _ problem: String, files: [String: String] = [:],
            _ arguments: [String], status: Int32 = 1, _ message: String
        ) {
            self.input = input
            self.problem = problem
            self.files = files.mapValues { Array($0.utf8) }
            self.arguments = arguments
            self.status = status
            self.message = message
        }

        init(
            _ input: String, _ problem: String, bytes: [String: [UInt8]], _ arguments: [String],
            status: Int32 = 1, _ message: String
        ) {
            self.input = input
            self.problem = problem
            self.files = bytes
            self.arguments = arguments
            self.status = status
            self.message = message
        }

        var testDescription: String { "\(input): \(problem)" }
    }

    let folder: URL

    init() throws {
        folder = try TemporaryFolder("rounds-errors").url
        let programme = Self.samples.appendingPathComponent("programme.yaml").path
        let created = try run(["init", "--from", programme])
        guard created.status == 0 else { throw CatalogueSetupError(created.standardError) }
    }

    struct CatalogueSetupError: Error, CustomStringConvertible {
        let description: String
        init(_ text: String) { description = text }
    }

    func run(
        _ arguments: [String], store: String = "", fileSizeLimit: Int? = nil
    ) throws -> RoundsExecutable.Outcome {
        try RoundsExecutable.run(
            arguments, environment: ["ROUNDS_STORE": store, "HOME": folder.path], in: folder,
            fileSizeLimit: fileSizeLimit)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The store as a programme file: what must survive every failed command.
    func snapshot(_ store: String = "rounds.sqlite") throws -> String {
        let outcome = try run(["export", "yaml", "--store", store, "--out", ".snapshot.yaml"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try String(contentsOfFile: path(".snapshot.yaml"), encoding: .utf8)
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }

    /// Runs a bad command, checks it word for word, checks the store, records the entry.
    func expectFailure(
        input: String, problem: String, arguments: [String], status: Int32, message: String,
        shown: [String]? = nil, fileSizeLimit: Int? = nil, check: () throws -> Bool
    ) throws {
        let outcome = try run(arguments, fileSizeLimit: fileSizeLimit)
        // Messages that name a file by its full path show the test's folder as <folder>.
        let shownError = outcome.standardError.replacingOccurrences(
            of: folder.path, with: "<folder>")
        #expect(outcome.status == status, "\(outcome.standardError)")
        #expect(shownError == message)
        #expect(outcome.standardOutput == "")
        let unchanged = try check()
        #expect(unchanged, "the store changed")
        try Self.record(
            Entry(
                input: input, problem: problem,
                command: "rounds " + (shown ?? arguments).joined(separator: " "),
                status: outcome.status, message: shownError, storeUnchanged: unchanged
            ))
    }

    static func record(_ entry: Entry) throws {
        guard let file = ProcessInfo.processInfo.environment["ROUNDS_ERRORS_CATALOGUE"],
            !file.isEmpty
        else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        if !FileManager.default.fileExists(atPath: file) {
            _ = FileManager.default.createFile(atPath: file, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
    }

    // MARK: - Table: command line, programme file, CSV, .ics, articles, templates

    /// The sample programme file, the base of the programme-file cases.
    static let sample =
        (try? String(
            contentsOf: samples.appendingPathComponent("programme.yaml"), encoding: .utf8)) ?? ""

    static let cases: [Case] = [
        Case(
            "command line", "unknown option", ["list", "--bogus"], status: 64,
            "Error: Unknown option '--bogus'\nUsage: rounds list [--store <path>] [--json]\n"
                + "  See 'rounds list --help' for more information.\n"),
        Case(
            "command line", "option without its value", ["list", "--store"], status: 64,
            "Error: Missing value for '--store <path>'\nHelp:  --store <path>  The programme "
                + "store to use. The default is $ROUNDS_STORE if it is set, otherwise "
                + "rounds.sqlite in the current folder.\nUsage: rounds list [--store <path>] "
                + "[--json]\n  See 'rounds list --help' for more information.\n"),
        Case(
            "command line", "missing argument", ["show"], status: 64,
            "Error: Missing expected argument '<round>'\nHelp:  <round>  The Round's id, such "
                + "as R-0042, or its date, such as 2027-03-09.\nUsage: rounds show [--store "
                + "<path>] <round>\n  See 'rounds show --help' for more information.\n"),
        Case(
            "command line", "impossible date",
            ["leave", "add", "ana.price@northbrook-hospitals.example", "--from", "2027-02-30"],
            status: 64,
            "Error: The value '2027-02-30' is invalid for '--from <date>': 2027-02-30 is not a "
                + "date. Write dates as YYYY-MM-DD.\nHelp:  --from <date>  The first day away "
                + "(YYYY-MM-DD).\nUsage: rounds leave add [--store <path>] <email> --from "
                + "<date> [--to <date>] [--note <text>]\n  See 'rounds leave add --help' for "
                + "more information.\n"),
        Case(
            "command line", "date in another format",
            ["leave", "add", "ana.price@northbrook-hospitals.example", "--from", "09/03/2027"],
            status: 64,
            "Error: The value '09/03/2027' is invalid for '--from <date>': 09/03/2027 is not a "
                + "date. Write dates as YYYY-MM-DD.\nHelp:  --from <date>  The first day away "
                + "(YYYY-MM-DD).\nUsage: rounds leave add [--store <path>] <email> --from "
                + "<date> [--to <date>] [--note <text>]\n  See 'rounds leave add --help' for "
                + "more information.\n"),
        Case(
            "command line", "malformed Round id", ["show", "R-XYZ"],
            "Error: R-XYZ does not name a Round. Give its id, such as R-0042, or its date, "
                + "such as 2027-03-09.\n"),
        Case(
            "command line", "Round id that does not exist", ["show", "R-9999"],
            "Error: There is no Round R-9999. Run `rounds list` to see the Rounds there are.\n"),
        Case(
            "command line", "file of an unknown kind", files: ["people.txt": "x"],
            ["import", "people.txt"], status: 64,
            "Error: people.txt is neither a programme file (.yaml) nor a spreadsheet (.csv). "
                + "Give a file ending in .yaml, .yml or .csv.\nUsage: rounds import file [--store "
                + "<path>] <file> [--prune]\n  See 'rounds import file --help' for more "
                + "information.\n"),
        Case(
            "programme file", "YAML syntax error",
            files: ["syntax.yaml": "programme:\n  organisation: [x\n"], ["import", "syntax.yaml"],
            "Error: syntax.yaml:3:1: This is not valid YAML (did not find expected ',' or ']'). "
                + "Check the indentation and quotes on this line and the one before.\n"),
        Case(
            "programme file", "impossible date",
            files: [
                "dates.yaml": sample.replacingOccurrences(of: "2027-04-13", with: "2027-04-31")
            ],
            ["import", "dates.yaml"],
            "Error: dates.yaml:23:14: 2027-04-31 is not a date or a range of dates. Write "
                + "YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.\n"),
        Case(
            "programme file", "unknown key",
            files: ["key.yaml": "programme:\n  organisation: X\n  domian: x.example\n"],
            ["import", "key.yaml"],
            "Error: key.yaml:3:3: \"domian\" is not a known key here. Did you mean "
                + "\"domain\"?\n"),
        Case(
            "programme file", "ambiguous holiday region",
            files: [
                "region.yaml": sample.replacingOccurrences(
                    of: "nation: england-and-wales", with: "holidays: UK")
            ],
            ["import", "region.yaml"],
            "Error: region.yaml:7:13: UK is not a holiday region. Use one of GB-EAW, GB-SCT, "
                + "GB-NIR, IE, US, or the name of holidays imported with `rounds import holidays "
                + "FILE.ics --region NAME` (letters, digits, - and _).\n"),
        Case(
            "programme file", "wrong type",
            files: [
                "type.yaml": sample.replacingOccurrences(
                    of: "clinical_pairing: false", with: "clinical_pairing: maybe")
            ],
            ["import", "type.yaml"], "Error: type.yaml:18:21: maybe is not true or false.\n"),
        Case(
            "programme file", "duplicate email",
            files: [
                "twice.yaml": """
                people:
                  - email: a@example.org
                    name: A
                    staff_group: Nursing
                    clinical: true
                  - email: A@example.org
                    name: A again
                    staff_group: Nursing
                    clinical: true

                """
            ],
            ["import", "twice.yaml"],
            "Error: twice.yaml:6:5: a@example.org appears twice in people; keep one.\n"),
        Case(
            "programme file", "file that does not exist", ["import", "missing.yaml"],
            "Error: Cannot read missing.yaml. Check that the file exists and that you may read "
                + "it.\n"),
        Case(
            "CSV", "bad email address",
            files: [
                "email.csv":
                    "Email address,Full name,Staff group,Clinical\nnot-an-email,X Y,Nursing,Yes\n"
            ],
            ["import", "email.csv"],
            "Error: email.csv row 2: \"not-an-email\" is not an email address.\n"),
        Case(
            "CSV", "missing column",
            files: ["column.csv": "Email address,Staff group,Clinical\na@b.org,Nursing,Yes\n"],
            ["import", "column.csv"],
            "Error: column.csv: There is no \"Name\" column. Row 1 must name the columns Email, "
                + "Name, Staff group and Clinical (Seniority, Roles, Training and Trained on are "
                + "optional).\n"),
        Case(
            "CSV", "empty file", files: ["empty.csv": ""], ["import", "empty.csv"],
            "Error: empty.csv: The file has no header row. Put the column names in row 1.\n"),
        Case(
            "article text", "empty file", files: ["empty.txt": ""],
            ["excerpts", "extract", "empty.txt"],
            "Error: empty.txt is empty. Give the file that holds the article's text.\n"),
        Case(
            "article text", "binary file",
            bytes: ["photo.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]],
            ["excerpts", "extract", "photo.txt"],
            "Error: photo.txt is not a text file. Save the article as plain text or Markdown "
                + "(UTF-8) and try again.\n"),
        Case(
            "templates", "unfinished mustache tag",
            files: ["templates/html/cover.mustache": "{{#round}}\n<p>{{title}\n"],
            ["pack", "R-0001", "--out", "packs", "--templates", "templates"],
            "Error: The template <folder>/templates/html/cover.mustache has an error at line 2, column 4: "
                + "a tag is not finished (a missing }}). Correct the template, or delete it to "
                + "use the built-in one.\n"),
    ]

    /// The commands that plan and import calendars.
    static let planningCases: [Case] = [
        Case(
            "command line", "impossible month", ["plan", "--from", "2027-13"], status: 64,
            "Error: 2027-13 is not a month. Write months as YYYY-MM, such as 2027-01.\nUsage: "
                + "rounds plan [--store <path>] [--from <YYYY-MM>] [--months <count>] "
                + "[--solver-seconds <seconds>] [--explain] [--json]\n  See 'rounds plan --help' "
                + "for more information.\n"),
        Case(
            "command line", "impossible date to move a Round to",
            ["move", "R-0001", "--to", "2027-02-30"], status: 64,
            "Error: 2027-02-30 is not a date. Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a new "
                + "time.\nUsage: rounds move [--store <path>] <round> --to <date> [--force]\n  "
                + "See 'rounds move --help' for more information.\n"),
        Case(
            "holidays file", "not JSON", files: ["holidays.json": "{not json"],
            ["import", "holidays", "holidays.json"],
            "Error: Cannot read the bank holidays in holidays.json: it is not JSON. Download it "
                + "again from https://www.gov.uk/bank-holidays.json.\n"),
        Case(
            "holidays file", "iCalendar feed with errors",
            files: [
                "holidays.ics":
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
                    + "UID:a@example.org\r\nDTSTAMP:20270101T000000Z\r\n"
                    + "DTSTART;VALUE=DATE:20270705\r\nEND:VCALENDAR\r\n"
            ],
            ["import", "holidays", "holidays.ics", "--region", "US"],
            "Error: holidays.ics has errors, so no holidays were imported. Fix the file or "
                + "download it again.\n  line 8: error: The VEVENT that begins on line 4 is never "
                + "closed: END:VEVENT is missing before this END:VCALENDAR.\n"),
        Case(
            "holidays file", "region given for GOV.UK's JSON",
            files: ["bank-holidays.json": "{}"],
            ["import", "holidays", "bank-holidays.json", "--region", "US"],
            "Error: bank-holidays.json is GOV.UK's JSON file, which names its own nations; "
                + "--region is only for an iCalendar (.ics) file.\n"),
        Case(
            ".ics", "availability calendar cut short",
            files: [
                "cut-short.ics":
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
                    + "UID:a@example.org\r\nDTSTAMP:20270101T000000Z\r\n"
                    + "DTSTART:20270112T120000Z\r\n"
            ],
            [
                "import", "availability", "cut-short.ics", "--person",
                "ana.price@northbrook-hospitals.example",
            ],
            "Error: cut-short.ics has errors, so Ana Price's busy times were not changed. Fix "
                + "the file or export it again.\n  line 7: error: The file ends inside the "
                + "VEVENT that begins on line 4: END:VEVENT and END:VCALENDAR are missing. The "
                + "file may have been cut short.\n"),
    ]

    @Test("Bad input to planning and calendar imports", arguments: planningCases)
    func badPlanningInput(_ entry: Case) throws { try badInput(entry) }

    @Test("Bad input is refused with a plain message and the store is unchanged", arguments: cases)
    func badInput(_ entry: Case) throws {
        for (name, content) in entry.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content).write(to: url)
        }
        let before = try snapshot()
        try expectFailure(
            input: entry.input, problem: entry.problem, arguments: entry.arguments,
            status: entry.status, message: entry.message
        ) { try snapshot() == before }
        #expect(!FileManager.default.fileExists(atPath: path("packs")))
    }

    /// The broken calendars in Samples/broken: `ics check` explains each and exits 1.
    @Test(
        "Broken calendar files",
        arguments: [
            "bad-repeat-rule", "cut-short", "impossible-date", "missing-end", "saved-as-utf16",
            "unknown-time-zone",
        ])
    func brokenCalendar(_ name: String) throws {
        let file = Self.brokenCalendars.appendingPathComponent("\(name).ics")
        let copy = path("\(name).ics")
        try FileManager.default.copyItem(atPath: file.path, toPath: copy)
        let outcome = try run(["ics", "check", "\(name).ics"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("\(name).ics: NOT usable ("))
        #expect(outcome.standardOutput.contains("error: "))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(contentsOf: file))
        try Self.record(
            Entry(
                input: ".ics", problem: name, command: "rounds ics check \(name).ics",
                status: outcome.status, message: outcome.standardOutput, storeUnchanged: true))
    }
}
