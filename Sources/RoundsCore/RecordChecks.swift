/// Fidelity after the Round: what a held Round should have on record.
///
/// UK guidance asks for a sign-in and feedback at every Round; the licensing body asks for
/// tabulated survey data after each session. These rules say when that is missing, when too
/// few forms came back to trust the numbers, and when a debrief's follow-up is overdue.
public struct RecordChecks: Sendable {
    /// Days after a Round before missing attendance or evaluations are warned about.
    public static let graceDays = 7
    /// The response rate below which a Round's evaluations are flagged: 0.35. Published UK
    /// evaluations report rates of about 37% to 77%; below 35% the numbers say more about
    /// who filled in the form than about the Round.
    public static let defaultResponseRateThreshold = 0.35

    /// The response rate below which a Round is flagged.
    public var responseRateThreshold: Double
    /// How the warnings write dates: the programme's locale.
    public var dates: DateWriter

    /// Checks with `responseRateThreshold`, writing dates with `dates`.
    public init(
        responseRateThreshold: Double = RecordChecks.defaultResponseRateThreshold,
        dates: DateWriter = .british
    ) {
        self.responseRateThreshold = responseRateThreshold
        self.dates = dates
    }

    /// The warnings for held Rounds among `rounds`, given their `records`, on `today`.
    public func warnings(rounds: [Round], records: [RoundRecord], today: LocalDate)
        -> [FidelityWarning]
    {
        let byRound = Dictionary(records.map { ($0.round, $0) }) { first, _ in first }
        var warnings: [FidelityWarning] = []
        for round in rounds.filter({ $0.status == .held }).sorted(by: { $0.start < $1.start }) {
            let record = byRound[round.id] ?? RoundRecord(round: round.id)
            let overdue = round.date.adding(days: RecordChecks.graceDays) <= today
            if overdue, record.attendance.isEmpty {
                warnings.append(
                    FidelityWarning(
                        code: .attendanceMissing, round: round.id,
                        message:
                            "\(round.id) (\(dates.short(round.date))) was held more than a week ago and has no attendance: "
                            + "give its head count (rounds held \(round.id) --attendance N) or "
                            + "import its sign-in sheet."))
            }
            if overdue, record.responses.isEmpty {
                warnings.append(
                    FidelityWarning(
                        code: .evaluationsMissing, round: round.id,
                        message:
                            "\(round.id) (\(dates.short(round.date))) was held more than a week ago and has no "
                            + "evaluations: import them with rounds evaluations import."))
            }
            if !record.responses.isEmpty, let rate = record.responseRate,
                rate < responseRateThreshold
            {
                warnings.append(
                    FidelityWarning(
                        code: .lowResponseRate, severity: .notice, round: round.id,
                        message:
                            "\(round.id) (\(dates.short(round.date))) has \(record.responses.count) evaluations from "
                            + "\(record.attendance.count) attendees (\(percent(rate))), below "
                            + "\(percent(responseRateThreshold)): hand out forms on every seat "
                            + "and leave time for them at the close."))
            }
            for action in record.debrief?.overdueActions(on: today) ?? [] {
                warnings.append(
                    FidelityWarning(
                        code: .followUpOverdue, round: round.id, person: action.owner,
                        message:
                            "A follow-up from the debrief of \(round.id) (\(dates.short(round.date))) was due on "
                            + "\(dates.short(action.due)) and is not done (owner: "
                            + "\(action.owner))."))
            }
        }
        return warnings
    }
}

/// `0.42` as `42%`.
func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
