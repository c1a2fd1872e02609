import ArgumentParser
import Foundation
import RoundsStore

/// The `--store` option every command but `demo` shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The programme store to use. The default is $ROUNDS_STORE if it is set, otherwise "
                + "rounds.sqlite in the current folder.",
            valueName: "path"))
    var explicitPath: String?

    /// The path the user chose, in the form they typed it.
    var path: String {
        if let explicitPath { return explicitPath }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ROUNDS_STORE"],
            !fromEnvironment.isEmpty
        {
            return fromEnvironment
        }
        return "rounds.sqlite"
    }

    func validate() throws {
        if let explicitPath, explicitPath.isEmpty {
            throw ValidationError("The --store path is empty. Give the path of a store file.")
        }
    }

    /// Opens the existing store; only `init` and `demo` create one.
    func open(readOnly: Bool = false) throws -> ProgrammeStore {
        try ProgrammeStore.open(atPath: path, readOnly: readOnly)
    }
}

/// Writes lines to standard output.
func say(_ lines: [String]) {
    for line in lines { print(line) }
}
