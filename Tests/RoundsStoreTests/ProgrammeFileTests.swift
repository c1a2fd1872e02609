import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

@Suite struct ProgrammeFileTests {
    @Test func exportImportExportGivesIdenticalBytes() throws {
        let scratch = try Scratch()
        let first = try scratch.store("a.sqlite")
        _ = try first.importProgramme(at: Samples.programme, name: "programme.yaml")
        let exported = try first.exportYAML()
        let file = try scratch.write("export.yaml", exported)
        let second = try scratch.store("b.sqlite")
        _ = try second.importProgramme(at: file, name: "export.yaml")
        #expect(try second.exportYAML() == exported)
        #expect(try second.load() == first.load())
        #expect(try first.importProgramme(at: file, name: "export.yaml").lines == ["No changes."])
    }

    @Test func unusualSettingsSurviveTheRoundTrip() throws {
        let scratch = try Scratch()
        let text = """
            programme:
              organisation: "Glen Health Board: Team Time"
              domain: glen.example
              time_zone: Europe/London
              nation: scotland
              cadence: last Thursday 14:00-14:45 every 2 months
              format:
                preset: Team Time
                discussion_minutes: 30
              organiser: admin@glen.example
              default_venue: video
              prep_meeting: {days_before: 10, minutes: 30}
              lost_date: skip-month
              theme_repeat_gap_months: 6
              max_rounds_per_facilitator_per_quarter: 1
              clinical_pairing: yes
              reminder_minutes: 0
              evaluation_window_days: 3
            venues:
              - slug: video
                name: "Zoom: main room"
                video_link: https://zoom.example/j/1
            people:
              - email: Admin@Glen.example
                name: "null"
                staff_group: "~"
                clinical: no
                seniority: "7"
            themes:
              - slug: t
                title: "true"
                description: |
                  Two lines,
                  with a colon: here.
            """
        let first = try scratch.store("a.sqlite")
        _ = try first.importProgramme(at: try scratch.write("a.yaml", text), name: "a.yaml")
        let exported = try first.exportYAML()
        let second = try scratch.store("b.sqlite")
        _ = try second.importProgramme(at: try scratch.write("b.yaml", exported), name: "b.yaml")
        #expect(try second.exportYAML() == exported)
        let data = try second.load()
        #expect(data == (try first.load()))
        let programme = try #require(data.programme)
        #expect(programme.cadence.intervalMonths == 2)
        #expect(programme.format.lengthMinutes == 45)
        #expect(programme.format.discussionMinutes == 30)
        #expect(programme.requiresClinicalPairing)
        #expect(programme.evaluationWindowDays == 3)
        #expect(exported.contains("evaluation_window_days: 3"))
        #expect(data.people.first?.name == "null")
        #expect(data.people.first?.staffGroup == "~")
        #expect(data.themes.first?.description == "Two lines,\nwith a colon: here.")
    }

    @Test func importingTheSameFileTwiceChangesNothing() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let report = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        #expect(
            report.lines == [
                "Added the programme settings.",
                "Added 2 venues: lecture-theatre, teams.",
                "Added 16 people.",
                "Added 3 leave records: ana.price@northbrook-hospitals.example "
                    + "2027-03-01..2027-03-12, cai.morgan@northbrook-hospitals.example "
                    + "2027-02-08..2027-02-12, ellen.fraser@northbrook-hospitals.example 2027-05-10.",
                "Added 10 excerpts.",
                "Added 10 themes.",
                "Added 2 Rounds: R-0001, R-0002.",
            ])
        let data = try store.load()
        #expect(data.people.filter(\.isFacilitator).count == 7)
        #expect(
            data.rounds.first?.panel.map(\.storyTitle) == [
                "The night shift that changed my mind", "Corridors", "My first month",
            ])
        #expect(
            try store.importProgramme(at: Samples.programme, name: "programme.yaml").lines
                == ["No changes."])
    }

    @Test func recordsMissingFromTheFileAreKeptUnlessPruned() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(
            at: try scratch.write(
                "one.yaml",
                miniProgramme + """
                      - email: bob@test.example
                        name: Bob
                        staff_group: Pharmacy
                        clinical: true
                    """), name: "one.yaml")
        let smaller = try scratch.write("two.yaml", miniProgramme)
        #expect(try store.importProgramme(at: smaller, name: "two.yaml").lines == ["No changes."])
        #expect(try store.load().people.count == 2)
        #expect(
            try store.importProgramme(at: smaller, name: "two.yaml", prune: true).lines
                == ["Removed 1 person: bob@test.example."])
        #expect(try store.load().people.map(\.email.value) == ["admin@test.example"])
    }

    @Test func aChangedRecordIsReportedByItsKey() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(
            at: try scratch.write("a.yaml", miniProgramme), name: "a.yaml")
        let renamed = miniProgramme.replacingOccurrences(of: "Ada Min", with: "Ada Minh")
        #expect(
            try store.importProgramme(at: try scratch.write("b.yaml", renamed), name: "b.yaml")
                .lines == ["Changed 1 person: admin@test.example."])
    }

    @Test func roundKeysTheFileLeavesOutKeepTheStoredValues() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        let file = try scratch.write(
            "r.yaml",
            """
            rounds:
              - id: R-0002
                start: 2027-01-19T12:00
            """)
        #expect(
            try store.importProgramme(at: file, name: "r.yaml").lines
                == ["Changed 1 Round: R-0002."])
        let round = try #require(try store.load().rounds.last)
        #expect(round.start.description == "2027-01-19T12:00")
        #expect(round.end.description == "2027-01-19T13:00")
        #expect(round.panel.count == 3)
        #expect(round.theme == "taking-the-executive-hat-off")
    }

    static let errorCases: [(String, String)] = [
        (
            """
              - email: ana@test.example
                name: Ana
                staff_group: Nursing
                clinical: true
                roles: [facilitator]
                training: trained
                trained_on: 2027-02-30
            """,
            "t.yaml:20:17: 2027-02-30 is not a date. Write dates as YYYY-MM-DD."
        ),
        (
            """
              - email: bob@test.example
                name: Bob
                staf_group: Nursing
            """,
            "t.yaml:16:5: \"staf_group\" is not a known key here. Did you mean \"staff_group\"?"
        ),
        (
            """
              - email: admin@test.example
                name: Again
                staff_group: Nursing
                clinical: true
            """,
            "t.yaml:14:5: admin@test.example appears twice in people; keep one."
        ),
        (
            """
              - email: ana@
                name: Ana
            """,
            "t.yaml:14:12: \"ana@\" is not an email address."
        ),
        (
            """
              - email: cy@test.example
                name: Cy
                staff_group: Nursing
                clinical: maybe
            """,
            "t.yaml:17:15: maybe is not true or false."
        ),
        (
            """
            rounds:
              - id: R-0001
                start: 2027-01-12T12:00
                facilitators: [admin@test.example, ghost@test.example]
            """,
            "t.yaml:17:40: ghost@test.example is not among the people. Add them under \"people\"."
        ),
        (
            """
            peple:
              - x
            """,
            "t.yaml:14:1: \"peple\" is not a known key here. Did you mean \"people\"?"
        ),
        (
            """
            themes: a theme
            """,
            "t.yaml:14:9: Expected a list here, found \"a theme\"."
        ),
        (
            """
            rounds:
              - id: 42
                start: 2027-01-12T12:00
            """,
            "t.yaml:15:9: 42 is not a Round id. Round ids look like R-0042."
        ),
        (
            """
            themes:
              - slug: loss
                title: Loss
                excerpts: [nowhere]
            """,
            "t.yaml:17:16: Excerpt nowhere is not among the excerpts."
        ),
        (
            """
              - email: dee@test.example
                name: Dee
                staff_group: Psychology
                clinical: true
                roles: [facilitator]
            """,
            "t.yaml:14:5: dee@test.example is a facilitator, so give their training: trainee, "
                + "trained or accredited."
        ),
    ]

    static let syntaxCases: [(String, String)] = [
        (
            "people:\n\t- email: x\n",
            "t.yaml:2:1: This is not valid YAML: a value cannot start with this character. Indent "
                + "with spaces, not tabs, and put text that starts with a symbol in quotes."
        ),
        (
            "people: []\n---\npeople: []\n",
            "t.yaml:2:1: A programme file holds one YAML document; remove this \"---\" line and "
                + "what follows, or split the file in two."
        ),
        (
            "- a\n- b\n",
            "t.yaml:1:1: Expected a set of \"key: value\" entries here, found a list."
        ),
        (
            "people:\n  - email: a@b.example\n    name: \"\"\n",
            "t.yaml:3:11: \"name\" is empty; give it a value."
        ),
        (
            "rounds:\n  - id: R-0005\n    start: 2027-05-11T25:00\n",
            "t.yaml:3:12: 2027-05-11T25:00 is not a date and time. Write YYYY-MM-DDTHH:MM."
        ),
    ]

    @Test(arguments: syntaxCases)
    func wholeFileMistakesAreExplained(_ text: String, _ message: String) throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let file = try scratch.write("t.yaml", text)
        let error = #expect(throws: RoundsStoreError.self) {
            try store.importProgramme(at: file, name: "t.yaml")
        }
        #expect(error?.description == message)
    }

    @Test func anEmptyFileChangesNothing() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let file = try scratch.write("t.yaml", "")
        #expect(try store.importProgramme(at: file, name: "t.yaml").lines == ["No changes."])
    }

    @Test(arguments: errorCases)
    func errorsNameFileLineColumnAndValue(_ tail: String, _ message: String) throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let file = try scratch.write("t.yaml", miniProgramme + tail + "\n")
        let error = #expect(throws: RoundsStoreError.self) {
            try store.importProgramme(at: file, name: "t.yaml")
        }
        #expect(error?.description == message)
        #expect(try store.load() == ProgrammeData())
    }

    static let programmeErrorCases: [(String, String, String)] = [
        (
            "time_zone: Europe/London", "time_zone: Europe/Londn",
            "t.yaml:4:14: Europe/Londn is not a time zone. Use a name such as Europe/London."
        ),
        (
            "cadence: second Tuesday 12:00-13:00", "cadence: every Tuesday",
            "t.yaml:6:12: \"every Tuesday\" is not a cadence. Write it like \"second Tuesday "
                + "12:00-13:00\" (first, second, third, fourth or last; optionally \"every 2 "
                + "months\")."
        ),
        (
            "cadence: second Tuesday 12:00-13:00", "cadence: second Tuesday 12:00-12:30",
            "t.yaml:6:12: The format's segments take 58 minutes from the welcome on, longer than "
                + "its 30-minute length. Shorten them or lengthen the Round; arrival and food come "
                + "before the start and do not count."
        ),
        (
            "nation: england-and-wales", "nation: wales",
            "t.yaml:5:11: wales is not a nation. Use one of: england-and-wales, scotland, "
                + "northern-ireland."
        ),
        (
            "organiser: admin@test.example", "organiser: nobody@test.example",
            "t.yaml:7:14: nobody@test.example is not among the people. Add them under \"people\"."
        ),
        (
            "domain: test.example\n", "domain: test.example\n  domain: again.example\n",
            "t.yaml:3:3: \"domain\" appears twice in the same block; keep one."
        ),
        (
            "  organisation: Test Trust", "  organisation: [Test Trust",
            "t.yaml:3:9: This is not valid YAML (did not find expected ',' or ']'). Check the "
                + "indentation and quotes on this line and the one before."
        ),
    ]

    @Test(arguments: programmeErrorCases)
    func programmeSettingErrorsAreLocated(_ find: String, _ replace: String, _ message: String)
        throws
    {
        let scratch = try Scratch()
        let store = try scratch.store()
        let text = miniProgramme.replacingOccurrences(of: find, with: replace)
        let file = try scratch.write("t.yaml", text)
        let error = #expect(throws: RoundsStoreError.self) {
            try store.importProgramme(at: file, name: "t.yaml")
        }
        #expect(error?.description == message)
    }
}
