import ArgumentParser
import Foundation
import RoundsOperations

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

    /// The operations on the chosen store; each opens it as it needs.
    var operations: ProgrammeOperations { ProgrammeOperations(storePath: path) }
}

/// Runs an operation, showing a request its stored data contradicts as a usage error.
func usage<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as OperationUsageError {
        throw ValidationError(error.description)
    }
}

/// Writes lines to standard output.
func say(_ lines: [String]) {
    for line in lines { print(line) }
}
