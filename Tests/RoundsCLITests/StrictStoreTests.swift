import Foundation
import RoundsTestSupport
import Testing

/// A stored value the model does not recognise is refused by name, never read as a default;
/// a record the store's constraints refuse is named in a sentence.
@Suite struct StrictStoreTests {
    /// Runs `statement` on the folder's store with python3's sqlite3, and checkpoints.
    static func sql(_ statement: String, in folder: CommandFolder) throws {
        _ = try RoundsExecutable.python(
            "import sqlite3, sys; c = sqlite3.connect('rounds.sqlite'); "
                + "c.execute(sys.argv[1]); c.commit(); c.execute('PRAGMA wal_checkpoint(TRUNCATE)')",
            [statement], in: folder.url)
    }

    static let cases: [(String, String, String)] = [
        (
            "UPDATE round SET status = 'postponed' WHERE id = 'R-0001'",
            "postponed in table round, record R-0001", "list"
        ),
        (
            "UPDATE facilitator SET training = 'expert' WHERE rowid = (SELECT min(rowid) FROM "
                + "facilitator)", "expert in table facilitator, record", "list"
        ),
        (
            "INSERT INTO person_role SELECT email, 'chair' FROM person LIMIT 1",
            "chair in table person_role, record", "list"
        ),
        (
            // Any name of letters, digits, - and _ is an imported region; a space is not.
            "INSERT INTO imported_holiday VALUES ('lost city', '2027-05-03', 'Day')",
            "lost city in table imported_holiday, record 2027-05-03", "check"
        ),
    ]

    @Test(arguments: cases)
    func unrecognisedValuesAreRefusedByName(statement: String, named: String, command: String)
        throws
    {
        let folder = try CommandFolder()
        try Self.sql(statement, in: folder)
        let before = try Data(contentsOf: folder.url.appendingPathComponent("rounds.sqlite"))
        let read = try folder.run(command)
        #expect(read.status == 1)
        #expect(read.standardError.contains(named), "\(read.standardError)")
        #expect(read.standardError.contains("does not recognise"))
        // A write is refused the same way and leaves the file as it was.
        let write = try folder.run("plan", "--from", "2027-03", "--months", "2")
        #expect(write.status == 1)
        #expect(write.standardError.contains(named))
        let after = try Data(contentsOf: folder.url.appendingPathComponent("rounds.sqlite"))
        #expect(before == after)
    }

    @Test func duplicateLeaveInAProgrammeFileIsRefusedAtItsLine() throws {
        let folder = try CommandFolder(sample: false)
        let programme = try String(
            contentsOf: CommandFolder.samples.appendingPathComponent("programme.yaml"),
            encoding: .utf8)
        // Ana's first leave entry, repeated right after itself.
        let lines = programme.components(separatedBy: "\n")
        let leave = try #require(
            lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "leave:" })
        let entry = lines[leave + 1]
        var edited = lines
        edited.insert(entry, at: leave + 2)
        try edited.joined(separator: "\n").write(
            to: folder.url.appendingPathComponent("twice.yaml"), atomically: true, encoding: .utf8)
        let outcome = try folder.run("init", "--from", "twice.yaml")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("Error: twice.yaml:\(leave + 3):"))
        #expect(outcome.standardError.contains("twice; keep one."))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.url.appendingPathComponent("rounds.sqlite").path))
    }
}
