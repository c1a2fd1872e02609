package import Foundation

/// What a finished process printed and how it ended.
package struct ProcessOutcome: Sendable {
    /// The exit status.
    package var status: Int32
    /// Standard output, as UTF-8.
    package var standardOutput: String
    /// Standard error, as UTF-8.
    package var standardError: String
}

/// The one way tests start other programs: the built `rounds` and `rounds-bench`, and tools on
/// the PATH (python3, pdfinfo, chattr).
package enum ProcessRunner {
    /// The product `name` (such as `rounds` or `rounds-bench`) beside the test bundle in the
    /// build products folder.
    package static func builtProduct(named name: String) -> URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        let candidates = [
            directory.appendingPathComponent(name),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent(name),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[0]
    }

    /// `tool` from the PATH, through /usr/bin/env, as an executable and its first arguments.
    package static func onPath(_ tool: String) -> (executable: URL, arguments: [String]) {
        (URL(fileURLWithPath: "/usr/bin/env"), [tool])
    }

    /// A process ready to start: `executable` with `arguments`, this process's environment with
    /// `environment` over it, in `directory`, its output discarded and no input; callers that
    /// read it or feed it set pipes before `run()`.
    package static func process(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil
    ) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) {
            _, new in new
        }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Runs `executable` to the end and captures what it printed.
    package static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        in directory: URL? = nil
    ) throws -> ProcessOutcome {
        let process = process(executable, arguments, environment: environment, in: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read in turn, on this thread: the programs run here print little to standard error.
        // (A reader thread would be one more thing for LeakSanitizer to see in `make asan`.)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `tool` from the PATH to the end and captures what it printed.
    package static func runTool(_ tool: String, _ arguments: [String], in directory: URL? = nil)
        throws -> ProcessOutcome
    {
        let (executable, first) = onPath(tool)
        return try run(executable, first + arguments, in: directory)
    }
}

extension ProcessRunner {
    /// The standard output of `tool` from the PATH; throws, naming the tool and its error
    /// output, when it exits with another status than 0.
    package static func output(ofTool tool: String, _ arguments: [String]) throws -> String {
        let outcome = try runTool(tool, arguments)
        guard outcome.status == 0 else {
            throw ToolFailure(
                description: "\(tool) failed with status \(outcome.status): "
                    + outcome.standardError)
        }
        return outcome.standardOutput
    }
}

/// A tool that exited with a status other than 0.
package struct ToolFailure: Error, CustomStringConvertible {
    /// What failed and what it said.
    package let description: String
}
