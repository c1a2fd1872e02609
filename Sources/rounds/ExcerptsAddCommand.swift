import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds excerpts add`: store one excerpt.
struct ExcerptsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an excerpt to the library.")

    @OptionGroup var store: StoreOptions

    @Option(
        help: ArgumentHelp(
            "A permanent key, such as fitzsimons-2022-toughen-up.", valueName: "slug"))
    var id: String

    @Option(help: ArgumentHelp("The quoted words, without quotation marks.", valueName: "text"))
    var quotation: String

    @Option(
        help: ArgumentHelp(
            "The full reference, such as \"Fitzsimons. BMJ 2022;378:o1650\".", valueName: "text"))
    var citation: String

    @Option(help: ArgumentHelp("Where to read the source.", valueName: "link"))
    var url: String?

    @Option(help: ArgumentHelp("Why the passage matters to the programme.", valueName: "text"))
    var note: String?

    @Option(
        name: .customLong("prompt"),
        help: ArgumentHelp("A suggested reflective prompt. Repeat for several.", valueName: "text"))
    var prompts: [String] = []

    func validate() throws {
        if !Slug.isValid(id) {
            throw ValidationError(
                "\"\(id)\" is not a valid id. Use lower-case letters, digits and hyphens, "
                    + "such as fitzsimons-2022-toughen-up.")
        }
        for (name, value) in [("--quotation", quotation), ("--citation", citation)]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("The \(name) is empty. Give the excerpt's \(name.dropFirst(2)).")
        }
    }

    func run() throws {
        let excerpt = Excerpt(
            id: id, quotation: quotation.trimmingCharacters(in: .whitespacesAndNewlines),
            citation: citation.trimmingCharacters(in: .whitespacesAndNewlines), url: url,
            note: note, suggestedPrompts: prompts)
        try store.operations.addExcerpt(excerpt)
        say(["Added excerpt \(excerpt.id)."])
    }
}
