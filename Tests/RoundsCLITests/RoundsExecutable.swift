import Foundation
import RoundsTestSupport
import Testing

/// Runs the built `rounds` binary as a user would and captures what it prints, through
/// RoundsTestSupport's process runner.
enum RoundsExecutable {
    typealias Outcome = ProcessOutcome

    /// The `rounds` binary beside the test bundle in the build products folder.
    static var url: URL { ProcessRunner.builtProduct(named: "rounds") }

    /// Runs `rounds` with `arguments`; with `fileSizeLimit` (in KiB), through bash with that
    /// `ulimit -f`, and SIGXFSZ ignored so that a write past the limit fails instead of killing.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
        fileSizeLimit: Int? = nil
    ) throws -> Outcome {
        guard let fileSizeLimit else {
            return try ProcessRunner.run(url, arguments, environment: environment, in: directory)
        }
        return try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", url.path]
                + arguments,
            environment: environment, in: directory)
    }

    /// Runs `script` with python3 (whose sqlite3 module reads stores behind Rounds' back) in
    /// `directory`, with `arguments` as sys.argv[1...]; its standard output, or a failed expectation.
    static func python(
        _ script: String, _ arguments: [String] = [], in directory: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let outcome = try ProcessRunner.runTool(
            "python3", ["-c", script] + arguments, in: directory)
        #expect(outcome.status == 0, "python3 failed: \(script)", sourceLocation: sourceLocation)
        return outcome.standardOutput
    }
}
