import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds check [--json]`: fidelity and consistency warnings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the programme and its Rounds against the Schwartz Rounds model.",
        discussion: """
            Prints one line per warning (a rule of the model is broken) or notice (worth a \
            look): panel size and mix, facilitators and their training, prep meetings, leave, \
            blackouts, bank holidays of the programme's nation (from the built-in rules and any \
            file imported with `rounds import holidays`), gaps in the series and people on \
            consecutive panels; after a Round, attendance or evaluations still missing a \
            week on, a response rate below 35% and overdue follow-up actions. The exit status is 0 even \
            when there are warnings, so scripts read the output (or --json) to decide.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(
        help: """
            Print the warnings as a JSON array of objects with code, severity, round, person \
            and message.
            """)
    var json = false

    func run() throws {
        let warnings = try store.operations.check(now: try CommandClock.now())
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(warnings), as: UTF8.self))
            return
        }
        if warnings.isEmpty {
            say(["No warnings: the programme and its Rounds follow the model."])
            return
        }
        say(warnings.map(\.description))
        let serious = warnings.filter { $0.severity == .warning }.count
        let notices = warnings.count - serious
        say(["\(plural(serious, "warning")) and \(plural(notices, "notice"))."])
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
