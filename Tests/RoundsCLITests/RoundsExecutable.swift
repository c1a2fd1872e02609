import Foundation
import Testing

/// Runs the built `rounds` binary as a user would and captures what it prints.
struct RoundsExecutable {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `rounds` binary beside the test bundle in the build products folder.
    static var url: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        let candidates = [
            directory.appendingPathComponent("rounds"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("rounds"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[0]
    }

    /// Runs `rounds` with `arguments`; with `fileSizeLimit` (in KiB), through bash with that
    /// `ulimit -f`, and SIGXFSZ ignored so that a write past the limit fails instead of killing.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
        fileSizeLimit: Int? = nil
    ) throws -> Outcome {
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments =
                ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", url.path]
                + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `script` with python3 (whose sqlite3 module reads stores behind Rounds' back) in
    /// `directory`, with `arguments` as sys.argv[1...]; its standard output, or a failed expectation.
    static func python(
        _ script: String, _ arguments: [String] = [], in directory: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0, "python3 failed: \(script)",
            sourceLocation: sourceLocation)
        return text
    }
}
