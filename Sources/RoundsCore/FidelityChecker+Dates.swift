extension FidelityChecker {
    /// Date rules: not on a holiday or blackout, and a preparation meeting far enough ahead on
    /// a working day.
    func dateWarnings(_ round: Round) -> [FidelityWarning] {
        var warnings: [FidelityWarning] = []
        if let holiday = holidays[round.date] {
            let named = holiday.isEmpty ? "" : " (\(holiday))"
            warnings.append(
                FidelityWarning(
                    code: .holiday, round: round.id,
                    message: "\(label(round)) falls on a \(programme.holidayRegion.holidayNoun)"
                        + "\(named)."))
        }
        for blackout in programme.blackouts(on: round.date) {
            let reason = blackout.reason.trimmedWhitespace
            let detail = reason.isEmpty ? "" : "\(reason), "
            warnings.append(
                FidelityWarning(
                    code: .blackout, round: round.id,
                    message: "\(label(round)) falls on blacked-out dates (\(detail)"
                        + "\(rangeText(blackout.range)))."))
        }
        warnings += prepWarnings(round)
        return warnings
    }

    private func prepWarnings(_ round: Round) -> [FidelityWarning] {
        let lead = programme.prepLeadDays
        let leadText = "hold it at least \(lead) \(lead == 1 ? "day" : "days") before"
        guard let prep = round.prepMeeting else {
            return [
                FidelityWarning(
                    code: .prepMissing, round: round.id,
                    message: "\(label(round)) has no preparation meeting; \(leadText).")
            ]
        }
        var warnings: [FidelityWarning] = []
        let prepDate = prep.start.date
        let daysBefore = prepDate.days(to: round.date)
        if prep.start >= round.start {
            warnings.append(
                FidelityWarning(
                    code: .prepLeadTime, round: round.id,
                    message: "\(label(round)): the preparation meeting on \(dateText(prepDate)) "
                        + "is not before the Round; \(leadText)."))
        } else if daysBefore < lead {
            let gap =
                daysBefore == 0
                ? "on the same day"
                : daysBefore == 1
                    ? "1 day before"
                    : "\(daysBefore) days before"
            warnings.append(
                FidelityWarning(
                    code: .prepLeadTime, round: round.id,
                    message: "\(label(round)): the preparation meeting on \(dateText(prepDate)) "
                        + "is \(gap); \(leadText)."))
        }
        if let holiday = holidays[prepDate] {
            let named = holiday.isEmpty ? "" : " (\(holiday))"
            warnings.append(
                FidelityWarning(
                    code: .prepHoliday, round: round.id,
                    message: "\(label(round)): the preparation meeting on \(dateText(prepDate)) "
                        + "falls on a \(programme.holidayRegion.holidayNoun)\(named)."))
        }
        if prepDate.isWeekend {
            warnings.append(
                FidelityWarning(
                    code: .prepWeekend, round: round.id,
                    message: "\(label(round)): the preparation meeting on \(dateText(prepDate)) "
                        + "falls on a \(prepDate.weekday.displayName)."))
        }
        return warnings
    }
}
