import ArgumentParser
import RoundsOperations

/// `rounds export`: writes the programme out in other formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the programme out as files.",
        subcommands: [
            ExportYAMLCommand.self, ExportFeedCommand.self, ExportInvitesCommand.self,
        ])
}

/// `rounds export yaml --out FILE`: the programme back as a programme file.
struct ExportYAMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaml",
        abstract: "Write the whole programme as a programme file.",
        discussion: """
            The file holds everything in the store except issued invitations, in a fixed \
            order, so exporting twice gives the same bytes and importing the export changes \
            nothing. It includes panellists' private notes and leave notes: keep it as safe as \
            the store.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The file to write. An existing file is replaced in one step.", valueName: "file"))
    var output: String

    func validate() throws {
        if output.isEmpty { throw ValidationError("The --out path is empty. Give a file name.") }
    }

    func run() throws {
        try store.operations.exportYAML(to: output)
        say(["Wrote \(output)."])
    }
}
