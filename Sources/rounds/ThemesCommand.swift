import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds themes`: the theme library.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Add, change, remove and list themes.",
        discussion: """
            A theme is identified by its slug, a short key such as when-things-go-wrong. \
            Planning gives each Round the theme used least recently.
            """,
        subcommands: [Add.self, Edit.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a theme.")

        @OptionGroup var store: StoreOptions

        @Option(
            help: """
                The title people see, such as "When things go wrong". Needed unless the theme \
                is seeded with --from-excerpt, which makes one from the quotation.
                """)
        var title: String?

        @Option(
            name: .customLong("from-excerpt"),
            help: ArgumentHelp(
                """
                Seed the theme from a stored excerpt: its title, description and prompts come \
                from the excerpt (its suggested prompts, else the format's reflective prompts) \
                unless given here.
                """,
                valueName: "id"))
        var fromExcerpt: String?

        @Option(help: "The theme's key; made from the title when left out.")
        var slug: String?

        @Option(help: "A sentence or two describing the theme.")
        var description: String?

        @Option(
            name: .customLong("prompt"),
            help: ArgumentHelp("A reflective prompt. Repeat for several.", valueName: "text"))
        var prompts: [String] = []

        @Option(
            name: .customLong("excerpt"),
            help: ArgumentHelp(
                "The id of an excerpt that seeds the theme. Repeat for several.",
                valueName: "id"))
        var excerpts: [String] = []

        func validate() throws {
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("The --title is empty. Give the theme a title.")
            }
            if title == nil && fromExcerpt == nil {
                throw ValidationError(
                    "Give the theme a --title, or seed it from an excerpt with --from-excerpt ID.")
            }
            if let slug, !Slug.isValid(slug) {
                throw ValidationError(
                    "\"\(slug)\" is not a valid slug. Use lower-case letters, digits and hyphens, "
                        + "such as \(Slug.make(from: slug).isEmpty ? "day-room" : Slug.make(from: slug))."
                )
            }
        }

        func run() throws {
            let theme = try usage {
                try store.operations.addTheme(
                    title: title, fromExcerpt: fromExcerpt, slug: slug, description: description,
                    prompts: prompts, excerpts: excerpts)
            }
            say(["Added theme \(theme.slug): \(theme.title)."])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a theme.",
            discussion: """
                Only what you give changes. Giving --prompt replaces all the prompts; giving \
                --excerpt replaces all the excerpts.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The slug of the theme to change.")
        var slug: String

        @Option(help: "A new title.")
        var title: String?

        @Option(help: "A new description.")
        var description: String?

        @Option(
            name: .customLong("prompt"),
            help: ArgumentHelp("A reflective prompt. Repeat for several.", valueName: "text"))
        var prompts: [String] = []

        @Option(
            name: .customLong("excerpt"),
            help: ArgumentHelp("The id of an excerpt. Repeat for several.", valueName: "id"))
        var excerpts: [String] = []

        func validate() throws {
            if title == nil && description == nil && prompts.isEmpty && excerpts.isEmpty {
                throw ValidationError("Say what to change, for example --title or --prompt.")
            }
        }

        func run() throws {
            try store.operations.editTheme(
                slug, title: title, description: description, prompts: prompts,
                excerpts: excerpts)
            say(["Changed theme \(slug)."])
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a theme that no Round uses.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The slug of the theme to remove.")
        var slug: String

        func run() throws {
            try store.operations.removeTheme(slug)
            say(["Removed theme \(slug)."])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the themes, with when each was last used.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let data = try store.operations.snapshot()
            if data.themes.isEmpty {
                say(["No themes yet. Add one with `rounds themes add --title TITLE`."])
                return
            }
            for theme in data.themes {
                let used = theme.lastUsed.map { "last used \($0.displayText)" } ?? "not used yet"
                let excerpts =
                    theme.excerptIDs.count == 1 ? "1 excerpt" : "\(theme.excerptIDs.count) excerpts"
                say(["\(theme.slug)  \(theme.title)  (\(used); \(excerpts))"])
            }
        }
    }
}
