package import RoundsCore

/// One difference between the existing Rounds and a new plan.
package struct PlanChange: Sendable, Hashable {
    /// What kind of difference.
    package enum Kind: String, Sendable, Hashable {
        /// A new Round.
        case added
        /// An open Round whose month no longer has a date; the caller deletes or cancels it.
        case removed
        /// A Round on another date or time.
        case moved
        /// Different facilitators (or none).
        case facilitatorsChanged
        /// A theme given or changed.
        case themeChanged
        /// The preparation meeting at another time.
        case prepMeetingMoved
    }

    /// The Round concerned.
    package let round: RoundID
    /// The kind of difference.
    package let kind: Kind
    /// The sentence shown, such as "R-0004 moved from Tue 11 Aug 2027 12:30 to Tue 18 Aug 2027
    /// 12:30."
    package let message: String
}

/// Everything one call to `SchedulePlanner.plan(...)` decides.
package struct PlanResult: Sendable, Hashable {
    /// The Rounds of the window in date order: new ones, updated open ones, and untouched
    /// fixed ones. Cancelled Rounds and Rounds outside the window are not included and not
    /// changed.
    package let rounds: [Round]
    /// Open existing Rounds of the window that no longer have a date.
    package let removedRounds: [RoundID]
    /// Cadence dates lost to holidays, blackouts or exclusions, and what happened.
    package let dateNotices: [DateNotice]
    /// Rounds left without facilitators, each with its explanation.
    package let unstaffed: [UnstaffedRound]
    /// Rounds left without a theme, one sentence each.
    package let themeNotices: [String]
    /// Problems with fixed Rounds (such as a confirmed facilitator now on leave).
    package let warnings: [String]
    /// The differences from `existingRounds`, in Round order.
    package let changes: [PlanChange]
    /// Rounds per facilitator within the window.
    package let loads: [EmailAddress: Int]
    /// The rota's final score.
    package let rotaCost: RotaCost
    /// The identifier sequence after issuing identifiers to new Rounds.
    package let ids: RoundIDSequence
}

/// Plans a window in one call: dates, facilitators, themes and preparation meetings.
package struct SchedulePlanner: Sendable {
    /// Chooses dates.
    package var dates: DatePlanner
    /// Chooses facilitators.
    package var rota: RotaPlanner
    /// Places preparation meetings.
    package var prep: PrepMeetingPlanner
    /// Chooses themes.
    package var themes: ThemePlanner

    /// A planner with the given holidays and cadence expander (libical's by default).
    package init(
        holidays: BankHolidays = BankHolidays(),
        expander: any CadenceExpander = RecurrenceCadenceExpander()
    ) {
        dates = DatePlanner(holidays: holidays, expander: expander)
        rota = RotaPlanner()
        prep = PrepMeetingPlanner(holidays: holidays)
        themes = ThemePlanner()
    }

    /// Plans `months` months from `from`.
    ///
    /// Confirmed, held, cancelled and locked Rounds are returned unchanged; a pinned date or
    /// pinned facilitators (`rounds move`, `rounds assign`) are kept. Open Rounds keep their
    /// facilitators and theme when these are still valid, so a re-plan changes as little as
    /// it can; `changes` lists every difference. `prepTime` puts every preparation meeting at
    /// that time of day instead of the Round's.
    package func plan(
        programme: Programme, people: [Person], leave: [Leave] = [], busy: [BusyInterval] = [],
        themes themeList: [Theme] = [], existingRounds: [Round] = [], from: YearMonth,
        months: Int, exclusions: [DateRange] = [], ids: RoundIDSequence = RoundIDSequence(),
        prepTime: LocalTime? = nil
    ) throws(RoundsSchedulingError) -> PlanResult {
        let datePlan = try dates.plan(
            programme: programme, from: from, months: months, exclusions: exclusions,
            existingRounds: existingRounds)
        var sequence = RoundIDSequence(
            highestIssued: ids.highestIssued, existing: existingRounds.map(\.id))
        let existingByID = Dictionary(existingRounds.map { ($0.id, $0) }) { first, _ in first }
        let lastMonth = from.adding(months: max(0, months - 1))
        let inWindow: (Round) -> Bool = { round in
            let month = YearMonth(round.date)
            return month >= from && month <= lastMonth
        }

        var rounds: [Round] = datePlan.dates.map { planned in
            if let id = planned.existingRound, var round = existingByID[id] {
                if !planned.isFixed {
                    round.start = planned.start
                    round.end = planned.end
                }
                return round
            }
            return Round(id: sequence.next(), start: planned.start, end: planned.end)
        }
        let history = existingRounds.filter { !inWindow($0) }

        let rotaRounds = rounds.map { round in
            let fixed = !round.isOpenToPlanning || round.facilitatorsPinned
            return RotaRound(
                id: round.id, start: round.start, end: round.end,
                fixedFacilitators: fixed ? round.facilitators : nil,
                previousFacilitators: fixed ? [] : round.facilitators)
        }
        let rotaResult = rota.plan(
            rounds: rotaRounds, programme: programme, people: people, leave: leave, busy: busy,
            history: history)
        let themeResult = themes.assign(
            rounds: rounds.map { ($0.date, $0.theme) }, themes: themeList, history: history,
            gapMonths: programme.themeRepeatGapMonths)

        for index in rounds.indices where rounds[index].isOpenToPlanning {
            if rotaRounds[index].fixedFacilitators == nil {
                rounds[index].facilitators = rotaResult.facilitators[index]
            }
            rounds[index].theme = themeResult.themes[index]
            rounds[index].prepMeeting = prep.meeting(
                forRoundStarting: rounds[index].start, programme: programme, time: prepTime)
        }

        let names = Dictionary(people.map { ($0.email, $0.name) }) { first, _ in first }
        var changes = Self.changes(
            from: existingByID, to: rounds, names: names, themeTitles: themeList)
        for id in datePlan.droppedRounds {
            let date = existingByID[id].map { " (\($0.date.readableWithWeekday))" } ?? ""
            changes.append(
                PlanChange(
                    round: id, kind: .removed,
                    message: "\(id)\(date) no longer has a date in the plan."))
        }
        changes.sort { ($0.round, $0.kind.order) < ($1.round, $1.kind.order) }
        return PlanResult(
            rounds: rounds, removedRounds: datePlan.droppedRounds, dateNotices: datePlan.notices,
            unstaffed: rotaResult.unstaffed, themeNotices: themeResult.notices,
            warnings: rotaResult.warnings, changes: changes, loads: rotaResult.loads,
            rotaCost: rotaResult.cost, ids: sequence)
    }
}

extension PlanChange.Kind {
    var order: Int {
        switch self {
        case .added: 0
        case .removed: 1
        case .moved: 2
        case .facilitatorsChanged: 3
        case .themeChanged: 4
        case .prepMeetingMoved: 5
        }
    }
}

extension SchedulePlanner {
    static func changes(
        from existing: [RoundID: Round], to rounds: [Round], names: [EmailAddress: String],
        themeTitles: [Theme]
    ) -> [PlanChange] {
        func when(_ time: LocalDateTime) -> String {
            "\(time.date.readableWithWeekday) \(time.time)"
        }
        func people(_ list: [EmailAddress]) -> String {
            list.isEmpty
                ? "nobody"
                : Sentence.list(list.map { names[$0] ?? "a person no longer listed" })
        }
        let titles = Dictionary(themeTitles.map { ($0.slug, $0.title) }) { first, _ in first }
        func theme(_ slug: String?) -> String {
            guard let slug else { return "none" }
            return "\"\(titles[slug] ?? slug)\""
        }
        var result: [PlanChange] = []
        for round in rounds {
            guard let old = existing[round.id] else {
                result.append(
                    PlanChange(
                        round: round.id, kind: .added,
                        message: "\(round.id) added on \(when(round.start)) with "
                            + "\(people(round.facilitators))."))
                continue
            }
            if old.start != round.start || old.end != round.end {
                result.append(
                    PlanChange(
                        round: round.id, kind: .moved,
                        message: "\(round.id) moved from \(when(old.start)) to "
                            + "\(when(round.start))."))
            }
            if Set(old.facilitators) != Set(round.facilitators) {
                result.append(
                    PlanChange(
                        round: round.id, kind: .facilitatorsChanged,
                        message: "\(round.id) (\(round.date.displayText)): facilitators "
                            + "\(people(old.facilitators)) now \(people(round.facilitators))."))
            }
            if old.theme != round.theme {
                result.append(
                    PlanChange(
                        round: round.id, kind: .themeChanged,
                        message: "\(round.id) (\(round.date.displayText)): theme "
                            + "\(theme(old.theme)) now \(theme(round.theme))."))
            }
            if old.prepMeeting != round.prepMeeting, let meeting = round.prepMeeting {
                result.append(
                    PlanChange(
                        round: round.id, kind: .prepMeetingMoved,
                        message: "\(round.id) (\(round.date.displayText)): preparation meeting "
                            + "now \(when(meeting.start))."))
            }
        }
        return result
    }
}
