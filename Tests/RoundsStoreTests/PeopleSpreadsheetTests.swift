import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

@Suite struct PeopleSpreadsheetTests {
    /// Spreadsheet exports as Excel, Google Sheets and hand editing produce them.
    static let quirks: [(String, String, [String])] = [
        (
            "Excel UTF-8 with BOM and CRLF",
            "\u{FEFF}Email,Name,Staff group,Clinical\r\nana@x.example,Ana Price,Nursing,Yes\r\n",
            ["ana@x.example|Ana Price|Nursing|true"]
        ),
        (
            "quoted commas and newlines",
            "Email,Name,Staff group,Clinical\n"
                + "ana@x.example,\"Price, Ana\",\"Nursing\nand Midwifery\",no\n",
            ["ana@x.example|Price, Ana|Nursing\nand Midwifery|false"]
        ),
        (
            "headers in any order, case and spelling",
            "STAFF GROUP,E-mail,Full Name,Clinical/Non-clinical,Band\n"
                + "Pharmacy,Bo@X.example,Bo Lee,non-clinical,Band 5\n",
            ["bo@x.example|Bo Lee|Pharmacy|false|Band 5"]
        ),
        (
            "blank trailing rows and unknown columns",
            "Email address,Name,Discipline,Clinical,Phone\r\n"
                + "cy@x.example,Cy,Medical,y,0123\r\n,,,,\r\n\r\n,,,,\r\n",
            ["cy@x.example|Cy|Medical|true"]
        ),
        (
            "roles and training",
            "email,name,staff group,clinical,roles,training,trained on\n"
                + "di@x.example,Di,Psychology,yes,\"Facilitator; Steering group\",Trained,"
                + "14/03/2025\n",
            ["di@x.example|Di|Psychology|true|facilitator,steering-group|trained 2025-03-14"]
        ),
    ]

    @Test func readsWindowsExcelEncodingsAndSemicolons() throws {
        var windows = Data("Email;Name;Staff group;Clinical\r\nsian@x.example;Si".utf8)
        windows.append(0xE2)  // "â" in Windows-1252
        windows.append(contentsOf: Data("n Jones;Nursing;yes\r\n".utf8))
        let fromWindows = try PeopleSpreadsheet.read(
            windows, file: "people.csv", existing: ProgrammeData())
        #expect(fromWindows.map(\.name) == ["Si\u{E2}n Jones"])
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(
            "Email,Name,Staff group,Clinical\nbo@x.example,Bo,Pharmacy,no\n".data(
                using: .utf16LittleEndian) ?? Data())
        let fromUTF16 = try PeopleSpreadsheet.read(
            utf16, file: "people.csv", existing: ProgrammeData())
        #expect(fromUTF16.map(\.email.value) == ["bo@x.example"])
    }

    @Test(arguments: quirks)
    func readsWhatSpreadsheetsExport(_ name: String, _ csv: String, _ expected: [String]) throws {
        let people = try PeopleSpreadsheet.read(
            Data(csv.utf8), file: "people.csv", existing: ProgrammeData())
        #expect(people.map(Self.summary) == expected, "\(name)")
    }

    static func summary(_ person: Person) -> String {
        var parts = [
            person.email.value, person.name, person.staffGroup, String(person.isClinical),
        ]
        if let seniority = person.seniority { parts.append(seniority) }
        if !person.roles.isEmpty {
            parts.append(person.sortedRoles.map(\.rawValue).joined(separator: ","))
        }
        if let profile = person.facilitatorProfile {
            parts.append("\(profile.training.rawValue) \(profile.since?.description ?? "-")")
        }
        return parts.joined(separator: "|")
    }

    static let errors: [(String, String)] = [
        (
            "Email,Name,Staff group,Clinical\nann@x.example,Ann,Nursing,yes\n"
                + "ana@,Ana,Nursing,yes\n",
            "people.csv row 3: \"ana@\" is not an email address."
        ),
        (
            "Email,Name,Staff group,Clinical\nann@x.example,Ann,Nursing,yes\n"
                + "bob@x.example,Bob,Nursing,yes\nANN@x.example,Ann,Nursing,yes\n",
            "people.csv row 4: ann@x.example is also on row 2; keep one row per person."
        ),
        (
            "Email,Name,Staff group,Clinical\nann@x.example,Ann,Nursing,sometimes\n",
            "people.csv row 2: \"sometimes\" in the Clinical column is not yes or no."
        ),
        (
            "Email,Name,Clinical\nann@x.example,Ann,yes\n",
            "people.csv: There is no \"Staff group\" column. Row 1 must name the columns Email, "
                + "Name, Staff group and Clinical (Seniority, Roles, Training and Trained on are "
                + "optional)."
        ),
        (
            "Email,Name,Staff group,Clinical,Roles\nann@x.example,Ann,Nursing,yes,Chair\n",
            "people.csv row 2: \"Chair\" is not a role. Use facilitator, clinical lead, "
                + "administrator, steering group or panellist."
        ),
        (
            "Email,Name,Staff group,Clinical,Roles\nann@x.example,Ann,Nursing,yes,facilitator\n",
            "people.csv row 2: ann@x.example is a facilitator, so give their training: trainee, "
                + "trained or accredited."
        ),
        (
            "Email,Name,Staff group,Clinical\nann@x.example,\"Ann\nPrice\",Nursing,yes\n"
                + "bad@,Bob,Nursing,yes\n",
            "people.csv row 3: \"bad@\" is not an email address."
        ),
        ("", "people.csv: The file has no header row. Put the column names in row 1."),
    ]

    @Test(arguments: errors)
    func errorsNameTheRow(_ csv: String, _ message: String) throws {
        let error = #expect(throws: RoundsStoreError.self) {
            try PeopleSpreadsheet.read(
                Data(csv.utf8), file: "people.csv", existing: ProgrammeData())
        }
        #expect(error?.description == message)
    }

    @Test func importAddsThenChangesNothingAndKeepsStoredDetailsInBlankCells() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        #expect(
            try store.importPeople(at: Samples.people, name: "people.csv").lines == [
                "Added 5 people: quinn.taylor@northbrook-hospitals.example, "
                    + "rhys.jenkins@northbrook-hospitals.example, "
                    + "sara.ahmed@northbrook-hospitals.example, "
                    + "tom.wright@northbrook-hospitals.example, "
                    + "una.kelly@northbrook-hospitals.example."
            ])
        #expect(
            try store.importPeople(at: Samples.people, name: "people.csv").lines == ["No changes."])
        let partial = try scratch.write(
            "partial.csv",
            "Email,Name,Staff group,Clinical\nuna.kelly@northbrook-hospitals.example,Una Kelly-Ross,,\n"
        )
        #expect(
            try store.importPeople(at: partial, name: "partial.csv").lines
                == ["Changed 1 person: una.kelly@northbrook-hospitals.example."])
        let una = try #require(try store.load().people.first { $0.name == "Una Kelly-Ross" })
        #expect(una.staffGroup == "Allied Health Professionals")
        #expect(una.facilitatorProfile?.training == .trained)
    }
}
