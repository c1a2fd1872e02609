import ArgumentParser
import Foundation
import RoundsStore

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
        let path = store.path
        let created = try ProgrammeStore.create(atPath: path)
        guard let programmeFile else {
            say(["Created \(path). Import a programme with `rounds import programme.yaml`."])
            return
        }
        do {
            let report = try created.importProgramme(
                at: URL(fileURLWithPath: programmeFile), name: programmeFile)
            try created.checkpoint()
            say(["Created \(path) from \(programmeFile)."] + report.lines)
        } catch {
            // A store that failed its first import is useless; leave nothing behind.
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw error
        }
    }
}
