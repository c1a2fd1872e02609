import RoundsCore
import RoundsScheduling
import RoundsStore

/// What one `rounds plan` run changed, as the lines it prints.
struct PlanReport: Sendable, Hashable {
    /// Rounds created by this run.
    var created: [String] = []
    /// Open Rounds whose date moved, or that lost their month.
    var moved: [String] = []
    /// Facilitator changes on existing Rounds.
    var facilitatorChanges: [String] = []
    /// Themes given or changed.
    var themes: [String] = []
    /// Prep meetings scheduled or moved.
    var prepMeetings: [String] = []
    /// Dates lost to holidays, blackouts and exclusions, with what was done instead.
    var dateNotices: [String] = []
    /// Unstaffed Rounds with the per-person explanation.
    var unstaffed: [String] = []
    /// Rounds without a theme, and problems with Rounds planning may not change.
    var warnings: [String] = []

    /// True when the run changed nothing in the store.
    var changedNothing: Bool {
        created.isEmpty && moved.isEmpty && facilitatorChanges.isEmpty && themes.isEmpty
            && prepMeetings.isEmpty
    }
}

/// Applies RoundsScheduling's one-call plan to the store's data.
///
/// The decisions (dates, rota, themes, prep meetings, what changed) are the scheduler's; this
/// type gives it the stored holidays and busy times, writes its Rounds back, keeps the id
/// sequence, and deals with Rounds whose month lost its date: deleted when no invitation was
/// ever issued for them, otherwise cancelled so that the next export withdraws them.
struct StorePlanning {
    var holidays: BankHolidays
    var busy: [StoredBusyTime]

    /// Holidays from the rules plus the store's imported files.
    static func holidays(from imported: [ImportedHoliday]) -> BankHolidays {
        var holidays = BankHolidays()
        for (region, list) in Dictionary(grouping: imported, by: \.region) {
            holidays.add(list.map { BankHoliday(date: $0.date, name: $0.name) }, for: region)
        }
        return holidays
    }

    /// The prep meeting the scheduler gives a Round starting at `start`.
    static func prepMeeting(
        forRoundStarting start: LocalDateTime, programme: Programme, holidays: BankHolidays
    ) -> PrepMeeting {
        PrepMeetingPlanner(holidays: holidays).meeting(
            forRoundStarting: start, programme: programme)
    }

    /// Plans `months` months from `first` into `data`; `issuedUIDs` are the calendar UIDs
    /// that invitations went out for.
    func plan(
        _ data: inout ProgrammeData, from first: YearMonth, months: Int, issuedUIDs: Set<String>
    ) throws -> PlanReport {
        let programme = try data.existingProgramme()
        let result = try SchedulePlanner(holidays: holidays).plan(
            programme: programme, people: data.people, leave: data.leave,
            busy: busy.map { BusyInterval(person: $0.person, start: $0.start, end: $0.end) },
            themes: data.themes, existingRounds: data.rounds, from: first, months: months,
            ids: data.roundIDs)

        for round in result.rounds {
            if let index = data.rounds.firstIndex(where: { $0.id == round.id }) {
                data.rounds[index] = round
            } else {
                data.rounds.append(round)
            }
        }
        data.roundIDs = result.ids

        var report = PlanReport()
        for id in result.removedRounds {
            guard let index = data.rounds.firstIndex(where: { $0.id == id }) else { continue }
            let round = data.rounds[index]
            let notice = result.dateNotices.first {
                YearMonth($0.original) == YearMonth(round.date)
            }
            let reason = notice.map { " \($0.message)" } ?? ""
            if issuedUIDs.contains(round.calendarUID(domain: programme.domain)) {
                data.rounds[index].status = .cancelled
                report.moved.append(
                    "\(round.label) cancelled: its month has no date any more.\(reason) Run "
                        + "`rounds export invites` to send the cancellation.")
            } else {
                data.rounds.remove(at: index)
                report.moved.append(
                    "\(round.label) removed: its month has no date any more.\(reason)")
            }
        }
        for change in result.changes {
            switch change.kind {
            case .added: report.created.append(change.message)
            case .moved: report.moved.append(change.message)
            case .removed: break
            case .facilitatorsChanged: report.facilitatorChanges.append(change.message)
            case .themeChanged: report.themes.append(change.message)
            case .prepMeetingMoved: report.prepMeetings.append(change.message)
            }
        }
        report.dateNotices = result.dateNotices.map(\.message)
        report.unstaffed = result.unstaffed.map { unstaffed in
            (unstaffed.id.map { "\($0) " } ?? "") + unstaffed.explanation
        }
        report.warnings = result.themeNotices + result.warnings
        return report
    }
}
