import ArgumentParser
import RoundsOperations

/// `rounds init`: creates a store, optionally filled from a programme file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new programme store.",
        discussion: """
            Creates an empty store file (rounds.sqlite unless you say otherwise). With --from, \
            the new store is filled from a programme file; if that file has a mistake, no store \
            is left behind. An existing file is never overwritten.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "A programme file (YAML) to fill the new store from.", valueName: "file.yaml"))
    var programmeFile: String?

    func run() throws {
        let lines = try store.operations.initialise(from: programmeFile)
        guard let programmeFile else {
            say(["Created \(store.path). Import a programme with `rounds import programme.yaml`."])
            return
        }
        say(["Created \(store.path) from \(programmeFile)."] + lines)
    }
}
