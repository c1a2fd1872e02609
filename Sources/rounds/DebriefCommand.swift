import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds debrief ID [...]`: the debrief's checklist, follow-up actions and thanks.
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Record a held Round's debrief: checks done, follow-up actions, panel thanked.",
        discussion: """
            Without options, shows the debrief. Only logistics are recorded: what was said at \
            the Round is never written down, here or anywhere. Follow-up actions past their \
            due date and not done are listed by rounds check.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Option(
        name: .customLong("checked"),
        help: ArgumentHelp("Checklist items done, by number: 1,3.", valueName: "numbers"))
    var checked: String?

    @Flag(name: .customLong("thanked"), help: "The panel has been thanked.")
    var thanked = false

    @Option(help: ArgumentHelp("A follow-up action to add (a logistics note).", valueName: "text"))
    var action: String?

    @Option(help: ArgumentHelp("Who does the action.", valueName: "email"))
    var owner: String?

    @Option(help: ArgumentHelp("When the action is due, YYYY-MM-DD.", valueName: "date"))
    var due: String?

    @Option(
        name: .customLong("action-done"),
        help: ArgumentHelp("Mark the action with this number done.", valueName: "n"))
    var actionDone: Int?

    func validate() throws {
        if action != nil, owner == nil || due == nil {
            throw ValidationError("An --action needs an --owner and a --due date.")
        }
        if action == nil, owner != nil || due != nil {
            throw ValidationError("--owner and --due belong to an --action.")
        }
    }

    func run() throws {
        let newAction = try action.map { text in
            FollowUpAction(
                text: text, owner: try EmailAddress(owner ?? ""),
                due: try LocalDate(parsing: due ?? ""))
        }
        let change = DebriefChange(
            checked: try checked.map(numbers) ?? [], thanked: thanked, newAction: newAction,
            actionDone: actionDone)
        let (found, debrief) = try store.operations.updateDebrief(round.reference, change)
        var lines = ["Debrief of \(found.label):"]
        for (index, check) in debrief.checklist.enumerated() {
            lines.append("  \(index + 1). [\(check.done ? "x" : " ")] \(check.text)")
        }
        lines.append("  Panel thanked: \(debrief.panelThanked ? "yes" : "not yet").")
        for (index, action) in debrief.actions.enumerated() {
            lines.append(
                "  Action \(index + 1)\(action.done ? " (done)" : ""): \(action.text); "
                    + "\(action.owner), due \(action.due.displayText).")
        }
        say(lines)
    }

    private func numbers(_ text: String) throws -> [Int] {
        try text.split(separator: ",").map { part in
            guard let number = Int(part.trimmingCharacters(in: .whitespaces)), number > 0 else {
                throw ValidationError("--checked takes item numbers such as 1,3.")
            }
            return number
        }
    }
}
