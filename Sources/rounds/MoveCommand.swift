import ArgumentParser
import RoundsCore
import RoundsOperations

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
        let time = try? LocalDateTime(parsing: target)
        guard let date = time?.date ?? (try? LocalDate(parsing: target)) else {
            throw ExitCode.validationFailure
        }
        say(try store.operations.move(round.reference, to: date, at: time?.time, force: force))
    }
}
