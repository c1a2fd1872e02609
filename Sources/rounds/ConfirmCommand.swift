import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

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
        let lines = try RoundEdit.run(store: store, reference: round.reference) { round, _ in
            if round.status == .confirmed {
                return ["\(round.label) is already confirmed. Nothing changed."]
            }
            try RoundEdit.requireChangeable(round, doing: "confirmed")
            guard round.facilitators.count == 2 else {
                throw RoundsStoreError.refused(
                    "\(round.label) has \(round.facilitators.count) of its 2 facilitators, so it "
                        + "cannot be confirmed yet. Choose them with `rounds assign "
                        + "\(round.id) --facilitators A,B` first.")
            }
            round.status = .confirmed
            return ["Confirmed \(round.label)."]
        }
        say(lines)
    }
}
