package import RoundsCore

/// Themes chosen for a planning window, and the Rounds that could not get one.
package struct ThemeAssignment: Sendable, Hashable {
    /// The theme slug per input Round (nil when none could be given).
    package let themes: [String?]
    /// One sentence per Round left without a theme.
    package let notices: [String]
}

/// Gives each Round without a theme the least recently used theme.
///
/// A theme is never used twice less than `themeRepeatGapMonths` calendar months apart
/// (counting past Rounds, themes' last-used dates and themes already fixed on later Rounds).
/// Among the themes allowed, the one whose last use is longest ago wins; never-used themes
/// come first, in the order the programme lists them. Rounds that have a theme keep it.
package struct ThemePlanner: Sendable {
    /// Creates the planner.
    package init() {}

    /// Chooses themes for `rounds` (date and current theme slug, in any order).
    package func assign(
        rounds: [(date: LocalDate, theme: String?)], themes: [Theme], history: [Round] = [],
        gapMonths: Int
    ) -> ThemeAssignment {
        var uses: [String: [Int]] = [:]
        for theme in themes {
            if let last = theme.lastUsed { uses[theme.slug, default: []].append(last.monthIndex) }
        }
        for round in history where round.status != .cancelled {
            if let slug = round.theme { uses[slug, default: []].append(round.date.monthIndex) }
        }
        for round in rounds {
            if let slug = round.theme { uses[slug, default: []].append(round.date.monthIndex) }
        }
        var result = rounds.map(\.theme)
        var notices: [String] = []
        let order = rounds.indices.sorted { rounds[$0].date < rounds[$1].date }
        for index in order where rounds[index].theme == nil {
            let month = rounds[index].date.monthIndex
            var best: (key: (Int, Int), slug: String)?
            for (position, theme) in themes.enumerated() {
                let used = uses[theme.slug] ?? []
                guard used.allSatisfy({ abs($0 - month) >= max(1, gapMonths) }) else { continue }
                let lastBefore = used.filter { $0 < month }.max() ?? Int.min
                let key = (lastBefore, position)
                if best.map({ key < $0.key }) ?? true { best = (key, theme.slug) }
            }
            if let best {
                result[index] = best.slug
                uses[best.slug, default: []].append(month)
            } else {
                notices.append(
                    "\(rounds[index].date.displayText): no theme, because every theme was used "
                        + "less than \(gapMonths) months away; add themes or shorten the gap.")
            }
        }
        return ThemeAssignment(themes: result, notices: notices)
    }
}
