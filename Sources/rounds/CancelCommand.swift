import ArgumentParser
import RoundsOperations

/// `rounds cancel ID`: the Round will not take place.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a Round; its id is never reused and planning leaves its month empty.",
        discussion: """
            The next `rounds export invites` sends everyone who was invited a cancellation for \
            the Round and its prep meeting, and the feed shows it as cancelled. A Round that \
            has been held cannot be cancelled.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    func run() throws {
        say(try store.operations.cancel(round.reference))
    }
}
