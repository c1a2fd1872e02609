import ArgumentParser
import Foundation
import RoundsCore
import RoundsScheduling
import RoundsStore

/// `rounds move ID --to YYYY-MM-DD[THH:MM]`: a deliberate new date that planning keeps.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a Round to another day or time; later plans keep the new date.",
        discussion: """
            The Round keeps its id, theme, facilitators and panel, and its length. Without a \
            time it keeps its start time. Its prep meeting moves with it. A move onto a bank \
            holiday, a blackout or a weekend is refused unless you add --force, because such \
            days usually mean nobody comes. Cancelled and held Rounds cannot be moved. The next \
            `rounds export invites` sends the update.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Option(
        name: .customLong("to"),
        help: ArgumentHelp(
            "The new date, as YYYY-MM-DD, or date and start time, as YYYY-MM-DDTHH:MM.",
            valueName: "date"))
    var target: String

    @Flag(help: "Move the Round even onto a bank holiday, a blackout or a weekend.")
    var force = false

    func validate() throws {
        if (try? LocalDateTime(parsing: target)) == nil && (try? LocalDate(parsing: target)) == nil
        {
            throw ValidationError(
                "\(target) is not a date. Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a new time.")
        }
    }

    func run() throws {
        let opened = try store.open()
        let holidays = StorePlanning.holidays(from: try opened.importedHolidays())
        let lines = try RoundEdit.run(store: store, reference: round.reference) {
            round, data in
            let programme = try data.existingProgramme()
            try RoundEdit.requireChangeable(round, doing: "moved")
            let start =
                (try? LocalDateTime(parsing: target))
                ?? LocalDateTime(
                    date: (try? LocalDate(parsing: target)) ?? round.date, time: round.start.time)
            if start == round.start {
                return [
                    "\(round.label) is already at \(start.date.readableWithWeekday) "
                        + "\(start.time). Nothing changed."
                ]
            }
            var problems: [String] = []
            let planner = DatePlanner(holidays: holidays)
            if let reason = planner.lossReason(start.date, programme: programme) {
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
                throw RoundsStoreError.refused(
                    "\(round.id) was not moved: \(problems.joined(separator: "; ")). Choose "
                        + "another day, or add --force to move it there anyway.")
            }
            let from = round.start
            let length = round.durationMinutes
            round.start = start
            round.end = start.adding(minutes: length)
            round.datePinned = true
            if round.prepMeeting != nil {
                round.prepMeeting = StorePlanning.prepMeeting(
                    forRoundStarting: round.start, programme: programme, holidays: holidays)
            }
            var lines = [
                "Moved \(round.id) from \(from.date.readableWithWeekday) \(from.time) to "
                    + "\(start.date.readableWithWeekday) \(start.time)."
            ]
            lines += problems.map { "Warning: \($0)." }
            return lines
        }
        say(lines)
    }
}
