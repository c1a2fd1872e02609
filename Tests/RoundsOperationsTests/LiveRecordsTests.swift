import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsOperations

/// The after-the-Round operations a web server calls: one form or one sign-in at a time, with
/// the rules on which Round takes them and when; and the report rendered in memory.
@Suite struct LiveRecordsTests {
    /// The sample programme in a fresh store; R-0002 runs 12:00-13:00 on 12 January 2027 in
    /// London (GMT in January).
    let operations: ProgrammeOperations
    let folder: URL

    init() throws {
        folder = try TemporaryFolder("rounds-operations").url
        operations = ProgrammeOperations(
            storePath: folder.appendingPathComponent("rounds.sqlite").path)
        _ = try operations.initialise(from: Samples.programme.path)
    }

    func at(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    func keys() throws -> [String] {
        try #require(try operations.snapshot().programme?.questionSet.keys)
    }

    func form(_ answers: [String: Int], at time: String, window: RecordingWindow = .duringRound)
        throws -> RecordedEvaluation
    {
        try operations.recordEvaluationResponse(
            round: "R-0002", answers: answers, overall: 5, staffGroup: "Nursing",
            comment: "A private thought", now: try at(time), window: window)
    }

    @Test func formsAreTakenWhileTheRoundRunsOrInTheWindowAndEachCounts() throws {
        let key = try #require(try keys().first)
        #expect {
            try form([key: 4], at: "2027-01-12T11:59:00Z")
        } throws: { error in
            "\(error)" == "R-0002 (12 Jan 2027) is not taking records now: it has not been "
                + "marked held and it is not in progress."
        }
        #expect(try form([key: 4], at: "2027-01-12T12:30:00Z").forms == 1)
        // The same answers again are a second form, not the first one imported twice.
        #expect(try form([key: 4], at: "2027-01-12T12:40:00Z").forms == 2)
        #expect(throws: OperationFailure.self) { try form([key: 4], at: "2027-01-12T13:30:00Z") }
        let window = RecordingWindow(closesAfter: 60)
        let late = try form([key: 5], at: "2027-01-12T13:30:00Z", window: window)
        #expect(late.forms == 3)
        #expect(late.response.source == RecordSource(kind: .direct, row: 3))
    }

    @Test func formsAreCheckedAgainstTheQuestionSetWithoutRepeatingTheComment() throws {
        let key = try #require(try keys().first)
        let during = "2027-01-12T12:30:00Z"
        for (answers, message) in [
            (
                ["nonsense": 3],
                "The form answers a question \"nonsense\" that the programme's question set "
                    + "does not have."
            ),
            ([key: 6], "The answer to \"\(key)\" must be 1 to 5, not 6."),
        ] {
            #expect {
                try form(answers, at: during)
            } throws: { error in
                "\(error)" == message && !"\(error)".contains("private")
            }
        }
        #expect {
            try operations.recordEvaluationResponse(
                round: "R-0002", answers: [:], overall: nil, staffGroup: nil, comment: " ",
                now: try at(during))
        } throws: { error in
            "\(error)" == "The form is empty: nothing to record."
        }
        #expect(try form([key: 2], at: during).forms == 1)
    }

    @Test func aHeldRoundTakesFormsAndSignInsLaterAndACancelledOneNever() throws {
        let key = try #require(try keys().first)
        let later = "2027-03-01T09:00:00Z"
        #expect(throws: OperationFailure.self) { try form([key: 3], at: later) }
        _ = try operations.markHeld("R-0002", headCount: 20, now: try at(later))
        #expect(try form([key: 3], at: later).forms == 1)
        let signIn = try operations.recordSignIn(
            round: "R-0002", name: "Ana Price", staffGroup: "Nursing", firstTime: true,
            email: nil, now: try at(later))
        #expect(signIn.signIns == 1)
        #expect(signIn.signIn.source == RecordSource(kind: .direct, row: 1))

        _ = try operations.plan(from: try #require(YearMonth(parsing: "2027-02")), months: 1)
        _ = try operations.cancel("R-0003")
        #expect {
            try operations.recordSignIn(
                round: "R-0003", name: "Li Wong", staffGroup: nil, firstTime: nil, email: nil,
                now: try at(later), window: RecordingWindow(opensBefore: 1_000_000))
        } throws: { error in
            "\(error)".hasSuffix("was cancelled, so it takes no records.")
        }
    }

    @Test func heldRefusesAFutureOrCancelledRoundAndImportsNeedAHeldRound() throws {
        #expect {
            try operations.markHeld("R-0002", headCount: nil, now: try at("2027-01-11T12:00:00Z"))
        } throws: { error in
            "\(error)" == "R-0002 (12 Jan 2027) is in the future, so it cannot have been held yet."
        }
        let sheet = Samples.afterRound.appendingPathComponent("R-0001-microsoft-forms.csv").path
        #expect {
            try operations.importEvaluations(file: sheet, round: "R-0002", mapping: nil)
        } throws: { error in
            "\(error)" == "R-0002 has not been marked held. Run `rounds held R-0002` first."
        }
        let held = try operations.markHeld(
            "R-0002", headCount: 12, now: try at("2027-01-13T12:00:00Z"))
        #expect(held.markedHeld && held.headCount == 12)
        let again = try operations.markHeld(
            "R-0002", headCount: 12, now: try at("2027-01-13T12:00:00Z"))
        #expect(again.lines == ["R-0002 (12 Jan 2027) is already held. Nothing changed."])
    }

    @Test func theReportIsRenderedInMemoryInTheOrderItIsWritten() throws {
        let key = try #require(try keys().first)
        _ = try operations.markHeld("R-0002", headCount: 20, now: try at("2027-01-13T09:00:00Z"))
        _ = try form([key: 4], at: "2027-01-14T09:00:00Z")
        let month = try #require(YearMonth(parsing: "2027-01"))
        // Named as a front door names them, without importing the report module.
        let formats = Set(["html", "csv", "json"].compactMap(ReportFormat.init(named:)))
        let rendered = try operations.report(
            from: month, to: month, formats: formats, includeComments: false,
            now: try at("2027-02-01T09:00:00Z"))
        #expect(rendered.roundsHeld == 1)
        #expect(
            rendered.files.map(\.name) == [
                "report.html", "report.json", "report-rounds.csv", "report-statements.csv",
                "session-summary.csv", "session-summary.html",
            ])
        let out = folder.appendingPathComponent("report").path
        let written = try operations.writeReport(
            from: month, to: month, formats: formats, includeComments: false,
            now: try at("2027-02-01T09:00:00Z"), to: out)
        for file in rendered.files {
            let onDisk = try Data(
                contentsOf: URL(fileURLWithPath: out).appendingPathComponent(file.name))
            #expect(onDisk == file.data, "\(file.name)")
        }
        #expect(written.files.count == rendered.files.count)
        let json = try #require(rendered.files.first { $0.name == "report.json" })
        #expect(!String(decoding: json.data, as: UTF8.self).contains("A private thought"))
    }
}
