import ArgumentParser
import Foundation
import RoundsOperations

/// `rounds held ID [--attendance N]`: the Round took place.
struct HeldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "held",
        abstract: "Mark a Round as held, optionally with its head count.",
        discussion: """
            A held Round can receive sign-ins (rounds attendance import), evaluation forms \
            (rounds evaluations import) and appears in reports. A cancelled Round, or one \
            whose day has not come, cannot be held. Give the head count when not everyone \
            signed in; the report uses it (or the sign-ins when there are more).
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Option(
        name: .customLong("attendance"),
        help: ArgumentHelp("How many came, counting everyone in the room.", valueName: "n"))
    var attendance: Int?

    func validate() throws {
        if let attendance, attendance < 0 || attendance > 100_000 {
            throw ValidationError("--attendance must be a whole number from 0 to 100000.")
        }
    }

    func run() throws {
        say(
            try store.operations.markHeld(
                round.reference, headCount: attendance, now: try CommandClock.now()
            ).lines)
    }
}
