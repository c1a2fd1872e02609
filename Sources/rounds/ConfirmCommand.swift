import ArgumentParser
import RoundsOperations

/// `rounds confirm ID`: the Round is agreed and planning stops changing it.
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm a Round, so that later plans keep its date and facilitators.",
        discussion: """
            Only explicit commands (move, assign, panel, cancel) change a confirmed Round. A \
            Round needs two facilitators before it can be confirmed; cancelled and held Rounds \
            cannot be confirmed.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    func run() throws {
        say(try store.operations.confirm(round.reference))
    }
}
