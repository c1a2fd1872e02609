public import RoundsCore

/// The numbers of an after-the-Round report: per Round and over the period.
///
/// Everything the HTML shows is here, and `report.json` is this value encoded
/// (docs/report-json.md describes it). Shares are fractions 0-1 rounded to four places,
/// means are rounded to two; counts are exact.
public struct Report: Sendable, Hashable, Codable {
    /// The version of this layout; raised when a field changes meaning.
    public var schemaVersion = 1
    /// The organisation.
    public var organisation: String
    /// First day of the period.
    public var from: LocalDate
    /// Last day of the period.
    public var to: LocalDate
    /// The question set's name (`uk`, ...).
    public var questionSet: String
    /// The statements in order: key and full text.
    public var statements: [StatementInfo]
    /// False for the board version: no free-text comments anywhere.
    public var includesComments: Bool
    /// One entry per held Round in the period, in date order.
    public var rounds: [RoundReport]
    /// The period as a whole.
    public var period: PeriodReport
    /// Fidelity warnings about the period's Rounds.
    public var warnings: [FidelityWarning]
}

/// One statement of the question set.
public struct StatementInfo: Sendable, Hashable, Codable {
    /// Its key.
    public var key: String
    /// Its full text, stem included.
    public var text: String
}

/// Counts of the points 1 to 5 of a scale, with their mean and the share of 4 and 5.
public struct Distribution: Sendable, Hashable, Codable {
    /// `counts[0]` is how many answered 1, ... `counts[4]` how many answered 5.
    public var counts: [Int]
    /// How many answered.
    public var answered: Int
    /// The mean point, two decimals; nil when nobody answered.
    public var mean: Double?
    /// The share who answered 4 or 5 (agreed, or rated the Round good or better); nil when
    /// nobody answered.
    public var shareTop: Double?

    /// The distribution of `points` (each 1-5).
    public init(_ points: some Sequence<Int>) {
        var counts = [0, 0, 0, 0, 0]
        for point in points where (1...5).contains(point) { counts[point - 1] += 1 }
        self.init(counts: counts)
    }

    /// The distribution with `counts` of the points 1 to 5.
    public init(counts: [Int]) {
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
public struct GroupCount: Sendable, Hashable, Codable {
    /// The group (a staff group, or `Not given`).
    public var group: String
    /// How many.
    public var count: Int
    /// Share of all counted, four decimals.
    public var share: Double
}

/// The numbers of one held Round.
public struct RoundReport: Sendable, Hashable, Codable {
    /// Its id.
    public var id: RoundID
    /// Its date.
    public var date: LocalDate
    /// Its theme's title, or `No theme`.
    public var theme: String
    /// Attendance: the head count or the sign-ins; nil when none is recorded.
    public var attendance: Int?
    /// Sign-ins imported.
    public var signIns: Int
    /// Sign-ins that said it was their first Round.
    public var firstTimers: Int
    /// Evaluation forms returned.
    public var responses: Int
    /// Responses per attendee, four decimals; nil without attendance.
    public var responseRate: Double?
    /// The overall rating.
    public var overall: Distribution
    /// Each statement, in the set's order.
    public var statements: [StatementResult]
    /// Staff groups of the responses, largest first.
    public var staffGroups: [GroupCount]
    /// Free-text comments; nil in the board version.
    public var comments: [String]?
}

/// One statement's answers.
public struct StatementResult: Sendable, Hashable, Codable {
    /// The statement's key.
    public var key: String
    /// Its answers; `shareTop` is the share agreeing.
    public var distribution: Distribution
}

/// The period as a whole.
public struct PeriodReport: Sendable, Hashable, Codable {
    /// Held Rounds in the period.
    public var roundsHeld: Int
    /// Attendance summed over Rounds that have one.
    public var totalAttendance: Int
    /// Mean attendance over Rounds that have one, two decimals.
    public var meanAttendance: Double?
    /// Forms returned.
    public var totalResponses: Int
    /// Responses over attendance, for Rounds with both, four decimals.
    public var responseRate: Double?
    /// Sign-ins that said it was their first Round.
    public var firstTimers: Int
    /// The overall rating over every response.
    public var overall: Distribution
    /// Each statement over every response.
    public var statements: [StatementResult]
    /// Staff groups over every response, largest first.
    public var staffGroups: [GroupCount]
    /// Themes ranked by mean rating, best first.
    public var themes: [ThemeRank]
}

/// A theme's Rounds in the period and how they were rated.
public struct ThemeRank: Sendable, Hashable, Codable {
    /// The theme's title.
    public var theme: String
    /// Held Rounds on it.
    public var rounds: Int
    /// The overall rating over their responses.
    public var overall: Distribution
}

func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
