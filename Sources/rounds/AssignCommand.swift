import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds assign ID --facilitators A,B`: facilitators chosen by hand, kept by later plans.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Choose a Round's two facilitators by hand; later plans keep them.",
        discussion: """
            Both must be facilitators in the programme. The choice is kept even when a rule \
            is broken (both trainees, someone on leave): the command says so, and `rounds \
            check` keeps reporting it. Cancelled and held Rounds cannot be changed.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Option(
        name: .customLong("facilitators"),
        help: ArgumentHelp(
            "The two facilitators' email addresses, separated by a comma.",
            valueName: "email,email"))
    var facilitators: String

    var emails: [EmailAddress] {
        facilitators.split(separator: ",").compactMap {
            try? EmailAddress($0.trimmingCharacters(in: .whitespaces))
        }
    }

    func validate() throws {
        let parts = facilitators.split(separator: ",", omittingEmptySubsequences: false)
        for part in parts {
            _ = try emailArgument(part.trimmingCharacters(in: .whitespaces))
        }
        guard emails.count == 2, Set(emails).count == 2 else {
            throw ValidationError(
                "Give exactly two different facilitators, such as --facilitators "
                    + "ana@example.org,ben@example.org.")
        }
    }

    func run() throws {
        say(try store.operations.assign(emails, to: round.reference))
    }
}
