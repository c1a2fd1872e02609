import Foundation
import RoundsTestSupport
import Testing

/// Many `rounds` processes writing one store at once, each to its own records: every change
/// survives and the file stays sound, because each command loads inside its own write
/// transaction and saves only what it changed.
@Suite struct ConcurrentWritersTests {
    static let domain = "@northbrook-hospitals.example"
    static let people = [
        "ana.price", "ben.okafor", "cai.morgan", "deepa.shah", "ellen.fraser", "femi.adeyemi",
        "grace.lindqvist", "helen.marsh",
    ]

    @Test func parallelEditsOfDifferentRoundsAndPeopleAllSurvive() throws {
        let folder = try CommandFolder()
        #expect(try folder.run("plan", "--from", "2027-03", "--months", "12").status == 0)
        let open = try folder.rounds().filter { ($0["status"] as? String) == "planned" }
            .compactMap { $0["id"] as? String }
        let people = Self.people.map { $0 + Self.domain }
        try #require(open.count >= people.count)

        // Per person: a new name, a day of leave, and them on the panel of "their" Round.
        var commands: [[String]] = []
        for (index, email) in people.enumerated() {
            commands.append(["people", "edit", email, "--name", "Writer \(index)"])
            commands.append(["leave", "add", email, "--from", "2029-0\(index + 1)-15"])
            commands.append(["panel", open[index], "add", email, "--story", "Story \(index)"])
        }
        // Every process is started before any is waited for, so they overlap.
        let processes = try commands.map { arguments in
            let process = ProcessRunner.process(
                RoundsExecutable.url, arguments,
                environment: ["ROUNDS_STORE": "", "HOME": folder.url.path], in: folder.url)
            try process.run()
            return process
        }
        let statuses = processes.map { process in
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(statuses == Array(repeating: 0, count: commands.count))

        let listed = try folder.run("people", "list").standardOutput
        let leave = try folder.run("leave", "list").standardOutput
        for (index, email) in people.enumerated() {
            #expect(listed.contains("Writer \(index) <\(email)>"), "\(email)'s new name")
            #expect(leave.contains("<\(email)>  15 "), "\(email)'s leave")
            let panel = try folder.run("panel", open[index], "list").standardOutput
            #expect(panel.contains("Writer \(index) <\(email)> (story title recorded)"))
        }
        let text = try RoundsExecutable.python(
            "import sqlite3; c = sqlite3.connect('rounds.sqlite'); "
                + "print(c.execute('PRAGMA integrity_check').fetchone()[0]); "
                + "print(len(c.execute('PRAGMA foreign_key_check').fetchall()))",
            in: folder.url)
        #expect(text == "ok\n0\n")
    }
}
