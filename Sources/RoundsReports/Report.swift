package import RoundsCore

/// The numbers of an after-the-Round report: per Round and over the period.
///
/// Everything the HTML shows is here, and `report.json` is this value encoded
/// (docs/report-json.md describes it). Shares are fractions 0-1 rounded to four places,
/// means are rounded to two; counts are exact.
package struct Report: Sendable, Hashable, Codable {
    /// The version of this layout; raised when a field changes meaning.
    package var schemaVersion = 1
    /// The organisation.
    package var organisation: String
    /// The programme's locale (BCP 47), which writes the report's dates and times.
    package var locale: String
    /// The paper the report prints on (`A4` or `letter`, as CSS names it).
    package var paper: String
    /// First day of the period.
    package var from: LocalDate
    /// Last day of the period.
    package var to: LocalDate
    /// The question set's name (`uk`, ...).
    package var questionSet: String
    /// The statements in order: key and full text.
    package var statements: [StatementInfo]
    /// False for the board version: no free-text comments anywhere.
    package var includesComments: Bool
    /// One entry per held Round in the period, in date order.
    package var rounds: [RoundReport]
    /// The period as a whole.
    package var period: PeriodReport
    /// Fidelity warnings about the period's Rounds.
    package var warnings: [FidelityWarning]
}

/// One statement of the question set.
package struct StatementInfo: Sendable, Hashable, Codable {
    /// Its key.
    package var key: String
    /// Its full text, stem included.
    package var text: String
}

/// Counts of the points 1 to 5 of a scale, with their mean and the share of 4 and 5.
package struct Distribution: Sendable, Hashable, Codable {
    /// `counts[0]` is how many answered 1, ... `counts[4]` how many answered 5.
    package var counts: [Int]
    /// How many answered.
    package var answered: Int
    /// The mean point, two decimals; nil when nobody answered.
    package var mean: Double?
    /// The share who answered 4 or 5 (agreed, or rated the Round good or better); nil when
    /// nobody answered.
    package var shareTop: Double?

    /// The distribution of `points` (each 1-5).
    package init(_ points: some Sequence<Int>) {
        var counts = [0, 0, 0, 0, 0]
        for point in points where (1...5).contains(point) { counts[point - 1] += 1 }
        self.init(counts: counts)
    }

    /// The distribution with `counts` of the points 1 to 5.
    package init(counts: [Int]) {
        self.counts = counts
        let answered = counts.reduce(0, +)
        self.answered = answered
        let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        self.mean = answered == 0 ? nil : round2(Double(sum) / Double(answered))
        self.shareTop =
            answered == 0 ? nil : round4(Double(counts[3] + counts[4]) / Double(answered))
    }
}

/// How many of a group.
package struct GroupCount: Sendable, Hashable, Codable {
    /// The group (a staff group, or `Not given`).
    package var group: String
    /// How many.
    package var count: Int
    /// Share of all counted, four decimals.
    package var share: Double
}

/// The numbers of one held Round.
package struct RoundReport: Sendable, Hashable, Codable {
    /// Its id.
    package var id: RoundID
    /// Its date.
    package var date: LocalDate
    /// Its theme's title, or `No theme`.
    package var theme: String
    /// Attendance: the head count or the sign-ins; nil when none is recorded.
    package var attendance: Int?
    /// Sign-ins imported.
    package var signIns: Int
    /// Sign-ins that said it was their first Round.
    package var firstTimers: Int
    /// Evaluation forms returned.
    package var responses: Int
    /// Responses per attendee, four decimals; nil without attendance.
    package var responseRate: Double?
    /// The overall rating.
    package var overall: Distribution
    /// Each statement, in the set's order.
    package var statements: [StatementResult]
    /// Staff groups of the responses, largest first.
    package var staffGroups: [GroupCount]
    /// Free-text comments; nil in the board version.
    package var comments: [String]?
}

/// One statement's answers.
package struct StatementResult: Sendable, Hashable, Codable {
    /// The statement's key.
    package var key: String
    /// Its answers; `shareTop` is the share agreeing.
    package var distribution: Distribution
}

/// The period as a whole.
package struct PeriodReport: Sendable, Hashable, Codable {
    /// Held Rounds in the period.
    package var roundsHeld: Int
    /// Attendance summed over Rounds that have one.
    package var totalAttendance: Int
    /// Mean attendance over Rounds that have one, two decimals.
    package var meanAttendance: Double?
    /// Forms returned.
    package var totalResponses: Int
    /// Responses over attendance, for Rounds with both, four decimals.
    package var responseRate: Double?
    /// Sign-ins that said it was their first Round.
    package var firstTimers: Int
    /// The overall rating over every response.
    package var overall: Distribution
    /// Each statement over every response.
    package var statements: [StatementResult]
    /// Staff groups over every response, largest first.
    package var staffGroups: [GroupCount]
    /// Themes ranked by mean rating, best first.
    package var themes: [ThemeRank]
}

/// A theme's Rounds in the period and how they were rated.
package struct ThemeRank: Sendable, Hashable, Codable {
    /// The theme's title.
    package var theme: String
    /// Held Rounds on it.
    package var rounds: Int
    /// The overall rating over their responses.
    package var overall: Distribution
}

func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
