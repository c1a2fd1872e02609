import ArgumentParser

/// `rounds excerpts`: the excerpt library and proposing excerpts from articles.
struct ExcerptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "excerpts",
        abstract: "Keep a library of excerpts that seed themes, and find them in articles.",
        discussion: """
            An excerpt is a short quotation with its full citation and, if you like, \
            suggested reflective prompts. Themes built on an excerpt carry it into the \
            facilitator pack.
            """,
        subcommands: [
            ExcerptsAddCommand.self, ExcerptsListCommand.self, ExcerptsImportCommand.self,
            ExcerptsExtractCommand.self,
        ]
    )
}
