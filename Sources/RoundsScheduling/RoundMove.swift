package import RoundsCore

/// The rules of `rounds move`: a deliberate new date that later plans keep.
///
/// A move onto a bank holiday, a blackout, a weekend or another Round's day is refused unless
/// forced; the Round keeps its length and its prep meeting is planned again for the new day.
package struct RoundMove: Sendable {
    /// Bank holidays from the rules and any imported files.
    package var holidays: BankHolidays

    /// Moves checked against `holidays`.
    package init(holidays: BankHolidays) {
        self.holidays = holidays
    }

    /// Moves the Round `reference` names in `data` to `date` at `time`; returns the sentences
    /// to show.
    ///
    /// `time` is nil when only a date was given, which keeps the Round's start time.
    package func move(
        _ reference: String, toDate date: LocalDate, time: LocalTime?, force: Bool,
        in data: inout ProgrammeData
    ) throws -> [String] {
        let programme = try data.existingProgramme()
        return try data.changeRound(reference) { round, data in
            try round.requireChangeable(doing: "moved")
            let start = LocalDateTime(date: date, time: time ?? round.start.time)
            if start == round.start {
                return [
                    "\(round.label) is already at \(start.date.readableWithWeekday) "
                        + "\(start.time). Nothing changed."
                ]
            }
            var problems: [String] = []
            if let reason = DatePlanner(holidays: holidays).lossReason(
                start.date, programme: programme)
            {
                problems.append("\(start.date.readableWithWeekday) \(reason)")
            } else if start.date.isWeekend {
                problems.append("\(start.date.readableWithWeekday) is a weekend day")
            }
            if let clash = data.rounds.first(where: {
                $0.id != round.id && $0.status != .cancelled && $0.date == start.date
            }) {
                problems.append("\(clash.id) is already on that day")
            }
            if !problems.isEmpty && !force {
                throw ProgrammeEditError.refused(
                    "\(round.id) was not moved: \(problems.joined(separator: "; ")). Choose "
                        + "another day, or add --force to move it there anyway.")
            }
            let from = round.start
            let length = round.durationMinutes
            round.start = start
            round.end = start.adding(minutes: length)
            round.datePinned = true
            if round.prepMeeting != nil {
                round.prepMeeting = PrepMeetingPlanner(holidays: holidays).meeting(
                    forRoundStarting: round.start, programme: programme)
            }
            return [
                "Moved \(round.id) from \(from.date.readableWithWeekday) \(from.time) to "
                    + "\(start.date.readableWithWeekday) \(start.time)."
            ] + problems.map { "Warning: \($0)." }
        }
    }
}
