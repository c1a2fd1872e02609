import Foundation
import RoundsCore
import RoundsOperations
import RoundsRecords
import RoundsReports
import RoundsScheduling
import RoundsStore

/// The sample records of the demo's held Round, in `Samples/after-round/`.
enum DemoRecords {
    /// The held Round the samples are about, and its head count.
    static let round = "R-0001"
    static let headCount = 52
    /// Sign-in sheets, then evaluation files (a keying sheet and a Microsoft Forms export).
    static let signIns = ["R-0001-sign-in.csv"]
    static let evaluations = ["R-0001-evaluations.csv", "R-0001-microsoft-forms.csv"]

    /// Records the sample Round's attendance and evaluations and writes a report from its
    /// month to `last` into `folder`/report; `today` is the demo's fixed day. Returns the
    /// summary lines.
    static func run(storePath: String, output: String) throws -> [String] {
        let store = try ProgrammeStore.open(atPath: storePath)
        let planned = try store.load()
        guard let lastDate = planned.rounds.map(\.date).max() else { return [] }
        let last = YearMonth(lastDate)
        guard
            let samples = SampleLocator.candidates().first(where: {
                FileManager.default.fileExists(
                    atPath: $0.appendingPathComponent("after-round/\(signIns[0])").path)
            })?.appendingPathComponent("after-round")
        else { return [] }
        guard let questions = planned.programme?.questionSet else { return [] }
        // A fixed day a month after the Round, so the run is the same every time.
        let day = try planned.round(round).date.adding(days: 31)
        let held = try store.markHeld(round, headCount: headCount, today: day).round
        var signInCount = 0
        for name in signIns {
            let file = samples.appendingPathComponent(name)
            let imported = try SignInImport.read(try readImportFile(file.path), file: name)
            signInCount += try store.addSignIns(imported.signIns, to: held.id)
        }
        var formCount = 0
        for name in evaluations {
            let file = samples.appendingPathComponent(name)
            let imported = try EvaluationImport.read(
                try readImportFile(file.path), file: name, questionSet: questions, round: held.id)
            formCount += try store.addResponses(imported.responses)
        }
        let data = try store.load()
        guard let programme = data.programme else { return [] }
        let first = YearMonth(held.date)
        let report = Report(
            ReportInput(
                programme: programme, rounds: data.rounds, themes: data.themes,
                records: try store.roundRecords(), questionSet: questions, from: first.firstDay,
                to: last.lastDay, includeComments: true, today: day))
        let reportPath = (output as NSString).appendingPathComponent("report")
        let folder = URL(fileURLWithPath: reportPath, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("The folder \(reportPath) could not be created. Check the path.")
        }
        _ = try ReportRenderer().write(
            report, formats: [.html, .csv, .json], to: folder, printer: nil)
        return [
            "  Recorded \(held.label) as held: \(headCount) attended, \(signInCount) signed in, "
                + "\(formCount) evaluation forms (Samples/after-round).",
            "  Wrote a report with charts from \(first.displayText) to \(last.displayText) "
                + "(\(reportPath)/report.html, report.json, CSV files).",
        ]
    }
}
