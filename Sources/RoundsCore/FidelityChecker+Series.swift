extension FidelityChecker {
    /// Rules between a Round and the ones before it: a regular series, no one on two
    /// consecutive panels, themes not repeated too soon.
    ///
    /// A gap "over two months" means two whole calendar months with no Round between them
    /// (January then April), so skipping a single month for a holiday does not warn.
    func seriesWarnings(_ round: Round, previous: Round?, earlier: ArraySlice<Round>)
        -> [FidelityWarning]
    {
        var warnings: [FidelityWarning] = []
        if let previous {
            let months = round.date.monthIndex - previous.date.monthIndex
            if months > 2 {
                warnings.append(
                    FidelityWarning(
                        code: .seriesGap, round: round.id,
                        message: "\(label(round)) comes \(months) months after \(label(previous)); "
                            + "a regular series should not leave a gap over two months."))
            }
            let repeated = Set(round.panelMembers).intersection(previous.panelMembers)
            for email in repeated.sorted() {
                warnings.append(
                    FidelityWarning(
                        code: .consecutivePanel, round: round.id,
                        message: "\(name(email)) is on the panels of both \(label(previous)) and "
                            + "\(label(round)); nobody should sit on two consecutive panels."))
            }
        }
        if let warning = themeRepeatWarning(round, earlier: earlier) { warnings.append(warning) }
        return warnings
    }

    private func themeRepeatWarning(_ round: Round, earlier: ArraySlice<Round>)
        -> FidelityWarning?
    {
        guard let slug = round.theme, programme.themeRepeatGapMonths > 0 else { return nil }
        let theme = themes.first { $0.slug == slug }
        let title = theme.map { "\"\($0.title)\"" } ?? slug
        let gap = programme.themeRepeatGapMonths
        let rule = "the programme waits \(gap) \(gap == 1 ? "month" : "months") before a repeat"
        if let last = earlier.last(where: { $0.theme == slug }) {
            let months = round.date.monthIndex - last.date.monthIndex
            guard months < gap else { return nil }
            return FidelityWarning(
                code: .themeRepeat, severity: .notice, round: round.id,
                message: "\(label(round)) repeats the theme \(title) \(monthsText(months)) after "
                    + "\(label(last)); \(rule).")
        }
        guard let used = theme?.lastUsed, used < round.date else { return nil }
        let months = round.date.monthIndex - used.monthIndex
        guard months < gap else { return nil }
        return FidelityWarning(
            code: .themeRepeat, severity: .notice, round: round.id,
            message: "\(label(round)) repeats the theme \(title) \(monthsText(months)) after its "
                + "last use on \(dateText(used)); \(rule).")
    }

    private func monthsText(_ months: Int) -> String {
        months == 0 ? "within the month" : months == 1 ? "1 month" : "\(months) months"
    }

    /// Facilitators with more Rounds in a calendar quarter than the programme allows.
    func loadWarnings(_ series: [Round]) -> [FidelityWarning] {
        let limit = programme.maxRoundsPerFacilitatorPerQuarter
        guard limit > 0 else { return [] }
        struct Key: Hashable, Comparable {
            var email: EmailAddress
            var year: Int
            var quarter: Int
            static func < (lhs: Key, rhs: Key) -> Bool {
                (lhs.year, lhs.quarter, lhs.email) < (rhs.year, rhs.quarter, rhs.email)
            }
        }
        var rounds: [Key: [RoundID]] = [:]
        for round in series {
            for email in Set(round.facilitators) {
                let key = Key(email: email, year: round.date.year, quarter: round.date.quarter)
                rounds[key, default: []].append(round.id)
            }
        }
        return rounds.keys.sorted().compactMap { key in
            guard let ids = rounds[key], ids.count > limit else { return nil }
            let list = ids.map(\.description).joined(separator: ", ")
            return FidelityWarning(
                code: .facilitatorLoad, person: key.email,
                message: "\(name(key.email)) facilitates \(ids.count) Rounds in "
                    + "Q\(key.quarter) \(key.year) (\(list)); the programme allows \(limit) "
                    + "a quarter.")
        }
    }
}
