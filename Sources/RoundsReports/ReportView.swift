import Foundation
import RoundsCore

// The values report templates see (Templates/report/). Strings are raw: the HTML content type
// escapes them. docs/reports.md lists the names.

/// A label and a value, as the report prints it.
struct Fact {
    let label: String
    let value: String
}

/// One held Round's section.
struct RoundView {
    let id: String
    let dateText: String
    let theme: String
    let facts: [Fact]
    let charts: [ChartView]
    let comments: [String]
    let hasComments: Bool
    let showComments: Bool
}

/// One row of the themes table.
struct ThemeRow {
    let rank: Int
    let theme: String
    let rounds: Int
    let responses: Int
    let mean: String
    let shareTop: String
}

/// The whole report page.
struct ReportView {
    let lang: String
    let paperSize: String
    let title: String
    let organisation: String
    let periodText: String
    let questionSet: String
    let isBoardVersion: Bool
    let summary: [Fact]
    let trendCharts: [ColumnChartView]
    let periodCharts: [ChartView]
    let themes: [ThemeRow]
    let hasThemes: Bool
    let warnings: [String]
    let hasWarnings: Bool
    let rounds: [RoundView]
    let hasRounds: Bool
}

extension ReportView {
    init(_ report: Report) {
        let period = report.period
        self.title =
            "Schwartz Rounds report, \(monthText(report.from)) to \(monthText(report.to))"
        self.organisation = report.organisation
        self.lang = report.locale
        self.paperSize = report.paper
        let dates = DateWriter(locale: report.locale)
        self.periodText = "\(report.from.displayText) to \(report.to.displayText)"
        self.questionSet = report.questionSet
        self.isBoardVersion = !report.includesComments
        self.summary = [
            Fact(label: "Rounds held", value: String(period.roundsHeld)),
            Fact(label: "Total attendance", value: String(period.totalAttendance)),
            Fact(label: "Mean attendance", value: decimal(period.meanAttendance, places: 1)),
            Fact(label: "Evaluation forms returned", value: String(period.totalResponses)),
            Fact(label: "Response rate", value: percentText(period.responseRate)),
            Fact(label: "Mean overall rating (1-5)", value: decimal(period.overall.mean)),
            Fact(label: "Rated 4 or 5", value: percentText(period.overall.shareTop)),
            Fact(label: "First-time attendees (signed in)", value: String(period.firstTimers)),
        ]
        self.trendCharts = ReportView.trends(report)
        self.periodCharts =
            ReportView.charts(
                id: "period", overall: period.overall, statements: period.statements,
                groups: period.staffGroups, report: report, scope: "over the period")
            + (period.themes.isEmpty
                ? []
                : [
                    ChartView(
                        id: "period-themes", title: "Themes ranked by mean overall rating",
                        description:
                            "Mean overall rating (1 to 5) of each theme's Rounds, best first.",
                        categoryHeader: "Theme", valueHeader: "Mean rating",
                        values: period.themes.map {
                            ($0.theme, $0.overall.mean ?? 0, decimal($0.overall.mean))
                        }, maximum: 5)
                ])
        self.themes = period.themes.enumerated().map { index, theme in
            ThemeRow(
                rank: index + 1, theme: theme.theme, rounds: theme.rounds,
                responses: theme.overall.answered, mean: decimal(theme.overall.mean),
                shareTop: percentText(theme.overall.shareTop))
        }
        self.hasThemes = !period.themes.isEmpty
        self.warnings = report.warnings.map(\.message)
        self.hasWarnings = !report.warnings.isEmpty
        self.rounds = report.rounds.map { round in
            RoundView(
                id: round.id.description, dateText: dates.short(round.date), theme: round.theme,
                facts: [
                    Fact(
                        label: "Attendance",
                        value: round.attendance.map(String.init) ?? "not recorded"),
                    Fact(label: "Signed in", value: String(round.signIns)),
                    Fact(label: "First time", value: String(round.firstTimers)),
                    Fact(label: "Evaluation forms", value: String(round.responses)),
                    Fact(label: "Response rate", value: percentText(round.responseRate)),
                    Fact(label: "Mean overall rating", value: decimal(round.overall.mean)),
                    Fact(label: "Rated 4 or 5", value: percentText(round.overall.shareTop)),
                ],
                charts: ReportView.charts(
                    id: round.id.description, overall: round.overall,
                    statements: round.statements, groups: round.staffGroups, report: report,
                    scope: "at \(round.id)"),
                comments: round.comments ?? [], hasComments: !(round.comments ?? []).isEmpty,
                showComments: round.comments != nil)
        }
        self.hasRounds = !report.rounds.isEmpty
    }

    static func charts(
        id: String, overall: Distribution, statements: [StatementResult], groups: [GroupCount],
        report: Report, scope: String
    ) -> [ChartView] {
        let texts = Dictionary(uniqueKeysWithValues: report.statements.map { ($0.key, $0.text) })
        let ratingLabels = QuestionSet.ratingLabels.enumerated().map { index, label in
            label.isEmpty ? "\(index + 1)" : "\(index + 1) \(label)"
        }
        return [
            ChartView(
                id: "\(id)-overall", title: "Overall rating \(scope)",
                description:
                    "How many rated the Round 1 (poor) to 5 (exceptional): "
                    + "\(overall.answered) answered, mean \(decimal(overall.mean)), "
                    + "\(percentText(overall.shareTop)) rated it 4 or 5.",
                categoryHeader: "Rating", valueHeader: "Forms",
                values: overall.counts.enumerated().map {
                    (ratingLabels[$0.offset], Double($0.element), String($0.element))
                }, maximum: Double(overall.counts.max() ?? 0)),
            ChartView(
                id: "\(id)-statements", title: "Share agreeing with each statement \(scope)",
                description:
                    "For each statement, the share who answered agree or completely agree.",
                categoryHeader: "Statement", valueHeader: "Agreeing",
                values: statements.map {
                    (
                        texts[$0.key] ?? $0.key, $0.distribution.shareTop ?? 0,
                        percentText($0.distribution.shareTop)
                            + " of \($0.distribution.answered)"
                    )
                }, maximum: 1),
            ChartView(
                id: "\(id)-groups", title: "Staff groups \(scope)",
                description: "The staff group ticked on each evaluation form, largest first.",
                categoryHeader: "Staff group", valueHeader: "Forms",
                values: groups.map { ($0.group, Double($0.count), String($0.count)) },
                maximum: Double(groups.map(\.count).max() ?? 0)),
        ]
    }

    static func trends(_ report: Report) -> [ColumnChartView] {
        let rounds = report.rounds
        guard !rounds.isEmpty else { return [] }
        let axis = { (round: RoundReport) in shortMonth(round.date) }
        let dates = DateWriter(locale: report.locale)
        let name = { (round: RoundReport) in "\(round.id), \(dates.short(round.date))" }
        return [
            ColumnChartView(
                id: "trend-attendance", title: "Attendance per Round",
                description: "Attendance at each held Round in date order.",
                categoryHeader: "Round", valueHeader: "Attendance",
                values: rounds.map {
                    (
                        name($0), axis($0), Double($0.attendance ?? 0),
                        $0.attendance.map(String.init) ?? "–"
                    )
                },
                maximum: Double(rounds.compactMap(\.attendance).max() ?? 0)),
            ColumnChartView(
                id: "trend-rating", title: "Mean overall rating per Round",
                description: "Mean overall rating, 1 (poor) to 5 (exceptional), in date order.",
                categoryHeader: "Round", valueHeader: "Mean rating",
                values: rounds.map {
                    (name($0), axis($0), $0.overall.mean ?? 0, decimal($0.overall.mean))
                }, maximum: 5),
            ColumnChartView(
                id: "trend-response-rate", title: "Response rate per Round",
                description: "Evaluation forms returned per attendee, in date order.",
                categoryHeader: "Round", valueHeader: "Response rate",
                values: rounds.map {
                    (name($0), axis($0), $0.responseRate ?? 0, percentText($0.responseRate))
                }, maximum: max(1, rounds.compactMap(\.responseRate).max() ?? 1)),
        ]
    }
}

/// `0.4567` as `46%`; `–` when unknown.
func percentText(_ share: Double?) -> String {
    guard let share else { return "–" }
    return "\(Int((share * 100).rounded()))%"
}

/// A number with `places` decimals; `–` when unknown.
func decimal(_ value: Double?, places: Int = 2) -> String {
    guard let value else { return "–" }
    return String(format: "%.\(places)f", value)
}

/// `March 2027`.
func monthText(_ date: LocalDate) -> String {
    "\(monthNames[date.month - 1]) \(date.year)"
}

/// `Mar 27`.
func shortMonth(_ date: LocalDate) -> String {
    "\(monthNames[date.month - 1].prefix(3)) \(String(date.year).suffix(2))"
}

let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
