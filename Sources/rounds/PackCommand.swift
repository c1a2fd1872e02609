import ArgumentParser
import Foundation
import RoundsOperations
import RoundsPacks

/// `rounds pack`: facilitator packs for one, several or all Rounds.
struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write facilitator packs for Rounds.",
        discussion: """
            Writes one pack per Round into the --out folder, named like \
            R-0042-2027-03-09-pack.html. A pack holds the run sheet in clock times, the \
            welcome and ground rules, the theme card with its excerpt and prompts, the panel \
            with the facilitators' private notes, the prep meeting agenda, debrief notes, a \
            sign-in sheet and the evaluation form. It is confidential to the facilitators. \
            Templates in a folder named templates beside the store replace the built-in ones \
            of the same name, and --templates wins over both. See docs/packs.md.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "Rounds by id, such as R-0042, or by date, such as 2027-03-09.", valueName: "round"))
    var rounds: [String] = []

    @Flag(help: "Write a pack for every Round, cancelled ones included.")
    var all = false

    @Option(help: ArgumentHelp("The folder to write the packs into.", valueName: "folder"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "Formats, separated by commas: html, md, pdf. PDF needs Chromium or WeasyPrint.",
            valueName: "formats"))
    var format = "html,md"

    @Option(
        help: ArgumentHelp(
            "A folder of templates that replace the built-in ones of the same name.",
            valueName: "folder"))
    var templates: String?

    /// The formats asked for, in the order given, without repeats.
    var formats: [PackFormat] {
        get throws {
            var result: [PackFormat] = []
            for name in format.split(separator: ",") {
                let key = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard let value = PackFormat(rawValue: key == "markdown" ? "md" : key) else {
                    throw ValidationError(
                        "\"\(key)\" is not a pack format. Use html, md or pdf, separated by "
                            + "commas.")
                }
                if !result.contains(value) { result.append(value) }
            }
            return result
        }
    }

    func validate() throws {
        if all, !rounds.isEmpty {
            throw ValidationError("Give Round ids or --all, not both.")
        }
        if !all, rounds.isEmpty {
            throw ValidationError("Name at least one Round (such as R-0042), or give --all.")
        }
        if out.isEmpty { throw ValidationError("The --out folder is empty. Give a folder.") }
        if try formats.isEmpty { throw ValidationError("Give at least one --format.") }
    }

    func run() throws {
        say(
            try store.operations.writePacks(
                all ? [] : rounds, formats: try formats, to: out, templates: templates))
    }
}
