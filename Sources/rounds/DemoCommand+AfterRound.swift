import RoundsCore
import RoundsOperations

extension DemoCommand {
    /// The summary lines of the demo's held Round and its report.
    static func lines(_ records: DemoRecordsResult) -> [String] {
        [
            "  Recorded \(records.round.label) as held: \(records.headCount) attended, "
                + "\(records.signIns) signed in, \(records.forms) evaluation forms "
                + "(Samples/after-round).",
            "  Wrote a report with charts from \(records.firstMonth.displayText) to "
                + "\(records.lastMonth.displayText) (\(records.reportPath)/report.html, "
                + "report.json, CSV files).",
        ]
    }
}
