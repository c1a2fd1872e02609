package import RoundsCore

/// Applies the one-call plan to a programme's data.
///
/// The decisions (dates, rota, themes, prep meetings, what changed) are `SchedulePlanner`'s;
/// this type writes its Rounds back, keeps the id sequence, and deals with Rounds whose month
/// lost its date: deleted when no invitation was ever issued for them, otherwise cancelled so
/// that the next export withdraws them.
package struct ProgrammePlanning: Sendable {
    /// Bank holidays from the rules and any imported files.
    package var holidays: BankHolidays
    /// People's busy times.
    package var busy: [BusyInterval]
    /// The exact solver's time limit for the rota (`RotaPlanner.solverSeconds`).
    package var solverSeconds: Double

    /// A planning run over `holidays` and `busy`.
    package init(
        holidays: BankHolidays, busy: [BusyInterval],
        solverSeconds: Double = RotaPlanner.defaultSolverSeconds
    ) {
        self.holidays = holidays
        self.busy = busy
        self.solverSeconds = solverSeconds
    }

    /// Plans `months` months from `first` into `data`; `issuedUIDs` are the calendar UIDs
    /// that invitations went out for.
    package func plan(
        _ data: inout ProgrammeData, from first: YearMonth, months: Int, issuedUIDs: Set<String>
    ) throws -> PlanReport {
        let programme = try data.existingProgramme()
        var planner = SchedulePlanner(holidays: holidays)
        planner.rota.solverSeconds = solverSeconds
        let result = try planner.plan(
            programme: programme, people: data.people, leave: data.leave, busy: busy,
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
        report.rotaCost = result.rotaCost
        report.rotaBound = result.rotaBound
        report.fairShares = result.fairShares
        return report
    }
}
