import RoundsCore
import RoundsScheduling
import RoundsStore

/// What one `rounds plan` run changed, as the lines it prints.
struct PlanReport: Sendable, Hashable {
    /// Rounds created by this run.
    var created: [String] = []
    /// Dates lost to holidays, blackouts and exclusions, with what was done instead.
    var dateNotices: [String] = []
    /// Open Rounds whose date moved, or that lost their month.
    var moved: [String] = []
    /// Facilitator changes on existing Rounds.
    var facilitatorChanges: [String] = []
    /// Themes given or changed.
    var themes: [String] = []
    /// Prep meetings scheduled or moved.
    var prepMeetings: [String] = []
    /// Unstaffed Rounds with the per-person explanation.
    var unstaffed: [String] = []
    /// Problems with Rounds planning may not change.
    var warnings: [String] = []

    /// True when the run changed nothing in the store.
    var changedNothing: Bool {
        created.isEmpty && moved.isEmpty && facilitatorChanges.isEmpty && themes.isEmpty
            && prepMeetings.isEmpty
    }
}

/// Runs the scheduler's steps over the store's data: dates, rota, themes and prep meetings.
///
/// The date and rota decisions are RoundsScheduling's (`DatePlanner`, `RotaPlanner`); this
/// type only applies them to the stored Rounds, gives new Rounds their ids, and never touches
/// a confirmed, held, cancelled or locked Round.
// Themes and prep meetings are chosen here until RoundsScheduling offers them; the rules are
// the issue's: least recently used theme outside the repeat gap, prep meeting on the working
// day at or before the lead time.
struct SchedulePlanner {
    var holidays: BankHolidays
    var busy: [StoredBusyTime]

    /// Holidays from the rules plus the store's imported files.
    static func holidays(from imported: [ImportedHoliday]) -> BankHolidays {
        let grouped = Dictionary(grouping: imported, by: \.nation).mapValues { list in
            list.map { BankHoliday(date: $0.date, name: $0.name) }
        }
        return BankHolidays(importing: BankHolidayFeed(holidays: grouped))
    }

    /// Plans `months` months from `first` into `data`, returning what changed.
    func plan(_ data: inout ProgrammeData, from first: YearMonth, months: Int) throws
        -> PlanReport
    {
        let programme = try data.existingProgramme()
        var report = PlanReport()
        let last = first.adding(months: months - 1)
        let window = data.rounds.filter {
            let month = YearMonth($0.date)
            return month >= first && month <= last
        }
        let dates = try DatePlanner(holidays: holidays).plan(
            programme: programme, from: first, months: months, existingRounds: window)
        report.dateNotices = dates.notices.map(\.message)

        // Lost months: their open Rounds are cancelled so invitations are withdrawn.
        for id in dates.droppedRounds {
            guard let index = data.rounds.firstIndex(where: { $0.id == id }) else { continue }
            let round = data.rounds[index]
            let notice = dates.notices.first { YearMonth($0.original) == YearMonth(round.date) }
            data.rounds[index].status = .cancelled
            report.moved.append(
                "\(round.label) cancelled: "
                    + (notice?.message ?? "its month no longer has a cadence date."))
        }

        // Dates: move open Rounds, create new ones.
        var ids: [RoundID] = []
        for planned in dates.dates {
            if let id = planned.existingRound,
                let index = data.rounds.firstIndex(where: { $0.id == id })
            {
                let round = data.rounds[index]
                if !planned.isFixed && (round.start != planned.start || round.end != planned.end) {
                    data.rounds[index].start = planned.start
                    data.rounds[index].end = planned.end
                    report.moved.append(
                        "\(round.id) moved from \(round.date.readableWithWeekday) to "
                            + "\(planned.date.readableWithWeekday).")
                }
                ids.append(id)
            } else {
                let id = data.roundIDs.next()
                data.rounds.append(Round(id: id, start: planned.start, end: planned.end))
                report.created.append("\(id) \(planned.date.readableWithWeekday)")
                ids.append(id)
            }
        }

        staff(&data, ids: ids, first: first, programme: programme, report: &report)
        giveThemes(&data, ids: ids, programme: programme, report: &report)
        schedulePrepMeetings(&data, ids: ids, programme: programme, report: &report)
        // New Rounds are listed with the facilitators the rota gave them.
        report.created = report.created.map { line in
            guard let round = data.rounds.first(where: { line.hasPrefix("\($0.id) ") }) else {
                return line
            }
            let staff = round.facilitators.isEmpty ? "unstaffed" : names(round.facilitators, data)
            return "\(line): \(staff)"
        }
        return report
    }

    private func staff(
        _ data: inout ProgrammeData, ids: [RoundID], first: YearMonth, programme: Programme,
        report: inout PlanReport
    ) {
        let rounds = ids.compactMap { id in data.rounds.first { $0.id == id } }
        let rota = rounds.map { round in
            RotaRound(
                id: round.id, start: round.start, end: round.end,
                fixedFacilitators: round.isOpenToPlanning && !round.facilitatorsPinned
                    ? nil : round.facilitators,
                previousFacilitators: round.facilitators)
        }
        let history = data.rounds.filter {
            YearMonth($0.date) < first && $0.status != .cancelled
        }
        let result = RotaPlanner().plan(
            rounds: rota, programme: programme, people: data.people, leave: data.leave,
            busy: busy.map { BusyInterval(person: $0.person, start: $0.start, end: $0.end) },
            history: history)
        report.warnings = result.warnings
        for (offset, round) in rounds.enumerated() where rota[offset].fixedFacilitators == nil {
            guard let index = data.rounds.firstIndex(where: { $0.id == round.id }) else {
                continue
            }
            let chosen = result.facilitators[offset]
            if chosen != round.facilitators {
                data.rounds[index].facilitators = chosen
                let isNew = report.created.contains { $0.hasPrefix(round.id.description + " ") }
                if !isNew {
                    report.facilitatorChanges.append(
                        "\(round.label): \(names(round.facilitators, data)) → "
                            + "\(names(chosen, data)).")
                }
            }
        }
        report.unstaffed = result.unstaffed.map { unstaffed in
            let id = unstaffed.id.map { "\($0) " } ?? ""
            return id + unstaffed.explanation
        }
    }

    private func names(_ people: [EmailAddress], _ data: ProgrammeData) -> String {
        if people.isEmpty { return "nobody" }
        return people.map { data.person($0)?.name ?? $0.description }.joined(separator: " and ")
    }

    private func giveThemes(
        _ data: inout ProgrammeData, ids: [RoundID], programme: Programme,
        report: inout PlanReport
    ) {
        guard !data.themes.isEmpty else { return }
        for id in ids {
            guard let index = data.rounds.firstIndex(where: { $0.id == id }) else { continue }
            let round = data.rounds[index]
            guard round.isOpenToPlanning, round.theme == nil else { continue }
            let gapStart = round.date.adding(months: -programme.themeRepeatGapMonths)
            let gapEnd = round.date.adding(months: programme.themeRepeatGapMonths)
            func lastUse(_ theme: Theme) -> LocalDate? {
                let uses = data.rounds.filter { $0.theme == theme.slug && $0.status != .cancelled }
                    .map(\.date)
                return (uses + [theme.lastUsed].compactMap { $0 }).max()
            }
            func usedNear(_ theme: Theme) -> Bool {
                let uses = data.rounds.filter { $0.theme == theme.slug && $0.status != .cancelled }
                    .map(\.date) + [theme.lastUsed].compactMap { $0 }
                return uses.contains { $0 > gapStart && $0 < gapEnd }
            }
            let candidates = data.themes.filter { !usedNear($0) }
            // Least recently used first; never used before anything used; ties by slug.
            let chosen = candidates.min { lhs, rhs in
                switch (lastUse(lhs), lastUse(rhs)) {
                case (nil, nil): lhs.slug < rhs.slug
                case (nil, _): true
                case (_, nil): false
                case (let l?, let r?): l == r ? lhs.slug < rhs.slug : l < r
                }
            }
            guard let chosen else {
                report.warnings.append(
                    "\(round.label) has no theme: every theme was used within "
                        + "\(programme.themeRepeatGapMonths) months. Add a theme with "
                        + "`rounds themes add` and plan again.")
                continue
            }
            data.rounds[index].theme = chosen.slug
            report.themes.append("\(round.label): \(chosen.title)")
        }
    }

    private func schedulePrepMeetings(
        _ data: inout ProgrammeData, ids: [RoundID], programme: Programme,
        report: inout PlanReport
    ) {
        for id in ids {
            guard let index = data.rounds.firstIndex(where: { $0.id == id }) else { continue }
            let round = data.rounds[index]
            guard round.isOpenToPlanning || round.prepMeeting == nil,
                round.status != .cancelled, round.status != .held
            else { continue }
            let meeting = Self.prepMeeting(for: round, programme: programme, holidays: holidays)
            if round.prepMeeting != meeting {
                data.rounds[index].prepMeeting = meeting
                report.prepMeetings.append(
                    "\(round.label): \(meeting.start.date.readableWithWeekday)")
            }
        }
    }

    /// The prep meeting for `round`: the lead time before it, moved earlier to a working day,
    /// at the Round's start time.
    static func prepMeeting(for round: Round, programme: Programme, holidays: BankHolidays)
        -> PrepMeeting
    {
        var day = round.date.adding(days: -programme.prepLeadDays)
        // Earlier, never later: the panel needs the full lead time.
        var stepped = 0
        while !holidays.isWorkingDay(day, for: programme.nation) && stepped < 14 {
            day = day.adding(days: -1)
            stepped += 1
        }
        return PrepMeeting(
            start: LocalDateTime(date: day, time: round.start.time),
            minutes: programme.prepMinutes)
    }
}
