import ArgumentParser
import RoundsOperations

/// `rounds export feed --out FILE.ics`: the all-staff subscription feed.
struct ExportFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write the all-staff calendar feed of every Round.",
        discussion: """
            One event per Round with its title, theme, time and place, and nothing \
            confidential: no facilitators, panellists, prep meetings or notes. Publish the file \
            at a stable address and let people subscribe to it. When nothing changed since the \
            file was last written, the file is left as it is. Set ROUNDS_CLOCK \
            (2027-01-04T09:00:00Z) to fix the time stamped in the file.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The .ics file to write. An existing file is replaced in one step.",
            valueName: "file"))
    var output: String

    func validate() throws {
        if output.isEmpty { throw ValidationError("The --out path is empty. Give a file name.") }
    }

    func run() throws {
        say([try store.operations.exportFeed(to: output, now: try CommandClock.now())])
    }
}
