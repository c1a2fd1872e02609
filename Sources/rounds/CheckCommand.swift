import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// `rounds check [--json]`: fidelity and consistency warnings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the programme and its Rounds against the Schwartz Rounds model.",
        discussion: """
            Prints one line per warning (a rule of the model is broken) or notice (worth a \
            look): panel size and mix, facilitators and their training, prep meetings, leave, \
            blackouts, gaps in the series and people on consecutive panels. Bank holidays are \
            checked once holiday data is available to the store. The exit status is 0 even \
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
        let data = try store.open(readOnly: true).load()
        let programme = try data.existingProgramme()
        let checker = FidelityChecker(
            programme: programme, people: data.people, leave: data.leave, themes: data.themes)
        let warnings = checker.check(data.rounds)
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
