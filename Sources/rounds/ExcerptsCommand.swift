import ArgumentParser

/// `rounds excerpts`: the excerpt library and proposing excerpts from articles.
struct ExcerptsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "excerpts",
        abstract: "Work with excerpts: passages from articles that seed themes.",
        subcommands: [ExcerptsExtractCommand.self]
    )
}
