import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds panel ID add/remove/order/list ...`: a Round's panel and speaking order.
struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "Choose a Round's panel and its speaking order.",
        usage: """
            rounds panel <round> add <email> [--story <title>] [--position <n>] [--show-name]
              rounds panel <round> remove <email>
              rounds panel <round> story <email> [--story <title>]
              rounds panel <round> show-name <email>
              rounds panel <round> hide-name <email>
              rounds panel <round> order <email>,<email>,...
              rounds panel <round> list
            """,
        discussion: """
            Panels are chosen by people, not by the planner. Story titles are confidential: \
            they appear only in the facilitators' pack, never in invitations or in this \
            command's output. A panellist is named on the Round's public web page only after \
            agreeing to it (`show-name`, or `--show-name` with add); `hide-name` takes the \
            name off again. Cancelled and held Rounds cannot be changed.
            """)

    enum Action: String, CaseIterable, ExpressibleByArgument {
        case add, remove, story, order, list
        case showName = "show-name"
        case hideName = "hide-name"
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Argument(
        help: ArgumentHelp(
            "What to do: add, remove, story, show-name, hide-name, order or list.",
            valueName: "action"))
    var action: Action

    @Argument(
        help: ArgumentHelp(
            "For add, remove, story, show-name and hide-name, the person's email address; for "
                + "order, every panellist's "
                + "address in speaking order, separated by commas.", valueName: "email"))
    var emails: String?

    @Option(
        help: ArgumentHelp(
            "With add or story: the working title of their story, kept confidential. "
                + "`story` without it removes the title.",
            valueName: "title"))
    var story: String?

    @Option(
        help: ArgumentHelp(
            "With add: their place in the speaking order, from 1. The default is last.",
            valueName: "n"))
    var position: Int?

    @Flag(
        help: ArgumentHelp(
            "With add: they agreed to be named on the Round's public web page (the default "
                + "keeps their name off it)."))
    var showName = false

    func validate() throws {
        switch action {
        case .list:
            if emails != nil {
                throw ValidationError("`panel list` takes no email address.")
            }
        case .add, .remove, .story, .showName, .hideName, .order:
            guard let emails else {
                throw ValidationError(
                    "`panel \(action.rawValue)` needs "
                        + (action == .order
                            ? "every panellist's email address in speaking order."
                            : "the person's email address."))
            }
            let parts = emails.split(separator: ",", omittingEmptySubsequences: false)
            if action != .order && parts.count != 1 {
                throw ValidationError("`panel \(action.rawValue)` takes one email address.")
            }
            for part in parts { _ = try emailArgument(part.trimmingCharacters(in: .whitespaces)) }
        }
        if story != nil && action != .add && action != .story {
            throw ValidationError("--story goes with `panel add` and `panel story` only.")
        }
        if position != nil && action != .add {
            throw ValidationError("--position goes with `panel add` only.")
        }
        if showName && action != .add {
            throw ValidationError(
                "--show-name goes with `panel add` only; use `panel show-name` for someone "
                    + "already on the panel.")
        }
        if let position, position < 1 {
            throw ValidationError("--position counts from 1; \(position) is not a place.")
        }
    }

    func run() throws {
        let addresses = try (emails ?? "").split(separator: ",").map {
            try emailArgument($0.trimmingCharacters(in: .whitespaces))
        }
        switch (action, addresses.first) {
        case (.add, let address?): try add(address)
        case (.remove, let address?): try remove(address)
        case (.story, let address?):
            say(
                try store.operations.setStoryTitle(
                    story?.trimmingCharacters(in: .whitespaces), of: address,
                    on: round.reference))
        case (.showName, let address?):
            say(try store.operations.setNameShown(true, of: address, on: round.reference))
        case (.hideName, let address?):
            say(try store.operations.setNameShown(false, of: address, on: round.reference))
        case (.order, _): try reorder(addresses)
        default: try list()
        }
    }
}

extension PanelCommand {
    /// `rounds panel ID add EMAIL [--story TITLE] [--position N] [--show-name]`.
    func add(_ address: EmailAddress) throws {
        say(
            try store.operations.addPanellist(
                address, story: story?.trimmingCharacters(in: .whitespaces), position: position,
                showsName: showName, to: round.reference))
    }

    /// `rounds panel ID remove EMAIL`.
    func remove(_ address: EmailAddress) throws {
        say(try store.operations.removePanellist(address, from: round.reference))
    }

    /// `rounds panel ID order EMAIL,EMAIL,...`.
    func reorder(_ wanted: [EmailAddress]) throws {
        say(try store.operations.orderPanel(wanted, of: round.reference))
    }

    /// `rounds panel ID list`.
    func list() throws {
        let data = try store.operations.snapshot()
        let found = try data.round(round.reference)
        guard !found.panel.isEmpty else {
            say([
                "\(found.label) has no panel yet. Add people with `rounds panel add "
                    + "\(found.id) EMAIL`."
            ])
            return
        }
        say(["Panel of \(found.label):"])
        for (offset, panellist) in found.panel.enumerated() {
            let name = data.person(panellist.person)?.name ?? panellist.person.description
            let story = panellist.storyTitle == nil ? "" : " (story title recorded)"
            let named = panellist.showsName ? " (named on the public page)" : ""
            say(["  \(offset + 1). \(name) <\(panellist.person)>\(story)\(named)"])
        }
    }
}
