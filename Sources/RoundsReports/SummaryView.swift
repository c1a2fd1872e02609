import RoundsCore

/// The values of the session summary page (Templates/report/summary.mustache).
struct SummaryView {
    /// One Round's row.
    struct Row {
        let id: String
        let date: String
        let theme: String
        let attendance: String
        let responses: Int
        let responseRate: String
        let mean: String
        let shareTop: String
        let agreeing: [String]
    }

    let lang: String
    let paperSize: String
    let title: String
    let organisation: String
    let periodText: String
    let statements: [StatementInfo]
    let rows: [Row]

    init(_ report: Report) {
        self.title = "Session summary, \(monthText(report.from)) to \(monthText(report.to))"
        self.organisation = report.organisation
        self.lang = report.locale
        self.paperSize = report.paper
        self.periodText = "\(report.from.displayText) to \(report.to.displayText)"
        self.statements = report.statements
        self.rows = report.rounds.map { round in
            Row(
                id: round.id.description, date: round.date.description, theme: round.theme,
                attendance: round.attendance.map(String.init) ?? "–", responses: round.responses,
                responseRate: percentText(round.responseRate), mean: decimal(round.overall.mean),
                shareTop: percentText(round.overall.shareTop),
                agreeing: round.statements.map { percentText($0.distribution.shareTop) })
        }
    }
}
