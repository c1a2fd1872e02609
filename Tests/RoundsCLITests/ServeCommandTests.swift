import Foundation
import RoundsTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `rounds users add` reads the password from a pipe; `rounds serve` prints its line once it
/// listens, answers, and exits 0 on SIGTERM.
@Suite struct ServeCommandTests {
    /// Runs `rounds` with `input` on standard input.
    static func run(_ arguments: [String], input: String, in folder: CommandFolder) throws
        -> (status: Int32, standardOutput: String, standardError: String)
    {
        let process = Process()
        process.executableURL = RoundsExecutable.url
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = ProcessInfo.processInfo.environment.merging(["ROUNDS_STORE": ""]) {
            _, new in new
        }
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }

    @Test func usersAddReadsThePasswordFromAPipeAndHashesIt() throws {
        let folder = try CommandFolder()
        let added = try Self.run(
            ["users", "add", "jo@example.org", "--role", "administrator"],
            input: "a-long-enough-password\nignored\n", in: folder)
        #expect(added.status == 0)
        #expect(added.standardOutput == "Added jo@example.org as administrator.\n")
        let stored = try RoundsExecutable.python(
            "import sqlite3; c = sqlite3.connect('rounds.sqlite'); "
                + "print(c.execute('SELECT role, password_hash FROM web_user').fetchone())",
            in: folder.url)
        #expect(stored.contains("'administrator', '$2b$12$"))
        #expect(!stored.contains("a-long-enough-password"))
        let short = try Self.run(
            ["users", "add", "sam@example.org", "--role", "facilitator"], input: "short\n",
            in: folder)
        #expect(short.status == 1)
        #expect(short.standardError.contains("at least 10 characters"))
        let role = try Self.run(
            ["users", "add", "sam@example.org", "--role", "owner"], input: "long-password-1\n",
            in: folder)
        #expect(role.status == 64)
        let list = try folder.run("users", "list")
        #expect(list.standardOutput == "jo@example.org  administrator\n")
    }

    @Test func serveAnswersAndStopsOnSIGTERM() async throws {
        let folder = try CommandFolder()
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = RoundsExecutable.url
        process.arguments = ["serve", "--store", "rounds.sqlite", "--port", "\(port)"]
        process.currentDirectoryURL = folder.url
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line says where it listens, once it does.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        #expect(
            String(decoding: line, as: UTF8.self)
                == "Serving Northbrook Hospitals NHS Foundation Trust on "
                + "http://127.0.0.1:\(port)\n")
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == "ok")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
