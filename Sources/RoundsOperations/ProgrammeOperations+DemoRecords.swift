import Foundation
package import RoundsCore
import RoundsRecords
import RoundsReports

/// What the demo recorded for its held Round, for the summary a front door prints.
package struct DemoRecordsResult: Sendable, Hashable {
    /// The held Round.
    package let round: Round
    /// Its head count.
    package let headCount: Int
    /// Sign-ins and evaluation forms added.
    package let signIns: Int
    /// Evaluation forms added.
    package let forms: Int
    /// The report's first and last month.
    package let firstMonth: YearMonth
    /// The report's last month.
    package let lastMonth: YearMonth
    /// The report's folder.
    package let reportPath: String
}

extension ProgrammeOperations {
    /// The held Round the demo's sample records (`Samples/after-round/`) are about.
    static let demoHeldRound = "R-0001"
    /// Its head count.
    static let demoHeadCount = 52
    /// The sample sign-in sheets.
    static let demoSignIns = ["R-0001-sign-in.csv"]
    /// The sample evaluation files: a keying sheet and a Microsoft Forms export.
    static let demoEvaluations = ["R-0001-evaluations.csv", "R-0001-microsoft-forms.csv"]

    /// Records the demo Round as held with its sample sign-ins and forms in one transaction,
    /// then writes a report from its month to the last planned month into `output`/report.
    /// Nil when the samples or the programme are missing.
    package func recordDemoRound(output: String) throws -> DemoRecordsResult? {
        guard
            let samples = SampleLocator.candidates().first(where: {
                FileManager.default.fileExists(
                    atPath: $0.appendingPathComponent("after-round/\(Self.demoSignIns[0])").path)
            })?.appendingPathComponent("after-round")
        else { return nil }
        let recorded = try store().update(loading: .rounds) {
            data, records -> (held: Round, day: LocalDate, last: YearMonth, Int, Int)? in
            guard let lastDate = data.rounds.map(\.date).max(),
                let questions = data.programme?.questionSet
            else { return nil }
            // A fixed day a month after the Round, so the run is the same every time.
            let day = try data.round(Self.demoHeldRound).date.adding(days: 31)
            let held = try Self.markHeld(
                Self.demoHeldRound, headCount: Self.demoHeadCount, today: day, data: &data,
                records: records
            ).round
            var signIns = 0
            for name in Self.demoSignIns {
                let file = samples.appendingPathComponent(name)
                let imported = try SignInImport.read(try Self.readFile(file.path), file: name)
                signIns += try records.addSignIns(imported.signIns, to: held.id)
            }
            var forms = 0
            for name in Self.demoEvaluations {
                let file = samples.appendingPathComponent(name)
                let imported = try EvaluationImport.read(
                    try Self.readFile(file.path), file: name, questionSet: questions,
                    round: held.id)
                forms += try records.addResponses(imported.responses)
            }
            return (held, day, YearMonth(lastDate), signIns, forms)
        }
        guard let (held, day, last, signIns, forms) = recorded else { return nil }
        let first = YearMonth(held.date)
        let report = try buildReport(from: first, to: last, includeComments: true) { _ in day }
        let reportPath = (output as NSString).appendingPathComponent("report")
        let folder = URL(fileURLWithPath: reportPath, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OperationFailure("The folder \(reportPath) could not be created. Check the path.")
        }
        _ = try ReportRenderer().write(
            report, formats: [.html, .csv, .json], to: folder, printer: nil)
        return DemoRecordsResult(
            round: held, headCount: Self.demoHeadCount, signIns: signIns, forms: forms,
            firstMonth: first, lastMonth: last, reportPath: reportPath)
    }
}
