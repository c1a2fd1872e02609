import Foundation
import RoundsTestSupport
import Testing

/// Store files that are locked, damaged, newer or read-only; outputs that cannot be written.
extension ErrorCatalogueTests {
    static let leaveArguments = [
        "leave", "add", "ana.price@northbrook-hospitals.example", "--from", "2027-09-01",
    ]

    /// Runs a helper program (python3, chattr, mount) and fails the test if it fails.
    @discardableResult
    func tool(_ executable: String, _ arguments: [String]) throws -> Int32 {
        try Self.launch(executable, arguments, in: folder)
    }

    /// Runs `executable` (found on the PATH) with its output discarded; its exit status.
    static func launch(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws
        -> Int32
    {
        let (env, first) = ProcessRunner.onPath(executable)
        let process = ProcessRunner.process(env, first + arguments, in: folder)
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func python(_ script: String) throws {
        #expect(try tool("python3", ["-c", script]) == 0, "python3 failed: \(script)")
    }

    /// True when `chattr +i` works here (as root on ext4, tmpfs and most file systems).
    func canMakeImmutable() throws -> Bool {
        let probe = path("probe")
        _ = FileManager.default.createFile(atPath: probe, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard try tool("chattr", ["+i", "probe"]) == 0 else { return false }
        try tool("chattr", ["-i", "probe"])
        return true
    }

    @Test("A store another program holds locked: busy after 10 seconds, nothing written")
    func lockedStore() throws {
        let before = try snapshot()
        // A child process holds an exclusive transaction until its standard input closes.
        let (env, python) = ProcessRunner.onPath("python3")
        let holder = ProcessRunner.process(
            env,
            python + [
                "-c",
                "import sqlite3, sys\n"
                    + "c = sqlite3.connect('rounds.sqlite', isolation_level=None)\n"
                    + "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\n"
                    + "sys.stdin.read()\nc.execute('ROLLBACK')\n",
            ], in: folder)
        let input = Pipe()
        let output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        let ready = output.fileHandleForReading.availableData
        #expect(String(decoding: ready, as: UTF8.self).hasPrefix("locked"))
        try expectFailure(
            input: "store file", problem: "locked by another program",
            arguments: Self.leaveArguments, status: 1,
            message: "Error: rounds.sqlite is busy: another program, perhaps another rounds "
                + "command, has held it for more than 10 seconds. Try again when it has "
                + "finished.\n"
        ) {
            try input.fileHandleForWriting.close()
            holder.waitUntilExit()
            return try snapshot() == before
        }
    }

    @Test("A damaged store: refused, its bytes untouched")
    func damagedStore() throws {
        try FileManager.default.copyItem(
            atPath: path("rounds.sqlite"), toPath: path("damaged.sqlite"))
        try python(
            "f = open('damaged.sqlite', 'r+b'); f.seek(4096); f.write(bytes(range(256)) * 32)")
        let before = try bytes("damaged.sqlite")
        try expectFailure(
            input: "store file", problem: "damaged (garbage bytes inside)",
            arguments: ["list", "--store", "damaged.sqlite"], status: 1,
            message: "Error: damaged.sqlite is damaged and cannot be read. Restore it from a "
                + "backup, or rebuild it with `rounds init --from` a programme file.\n"
        ) { try bytes("damaged.sqlite") == before }
    }

    @Test("A file that is not a store at all: refused, untouched")
    func garbageStore() throws {
        try Data(repeating: 0xA5, count: 5000).write(to: URL(fileURLWithPath: path("notes.sqlite")))
        let before = try bytes("notes.sqlite")
        try expectFailure(
            input: "store file", problem: "not a store (garbage bytes)",
            arguments: Self.leaveArguments + ["--store", "notes.sqlite"], status: 1,
            message: "Error: notes.sqlite is not a Rounds store. Check the --store path; Rounds "
                + "left the file untouched.\n"
        ) { try bytes("notes.sqlite") == before }
    }

    @Test("A store from a newer version: refused, untouched")
    func newerStore() throws {
        try FileManager.default.copyItem(
            atPath: path("rounds.sqlite"), toPath: path("newer.sqlite"))
        try python(
            "import sqlite3; c = sqlite3.connect('newer.sqlite'); "
                + "c.execute(\"INSERT INTO grdb_migrations VALUES ('v9-from-the-future')\"); "
                + "c.commit(); c.close()")
        let before = try bytes("newer.sqlite")
        try expectFailure(
            input: "store file", problem: "written by a newer version",
            arguments: Self.leaveArguments + ["--store", "newer.sqlite"], status: 1,
            message: "Error: newer.sqlite was written by a newer version of Rounds. Install that "
                + "version to use it.\n"
        ) { try bytes("newer.sqlite") == before }
    }

    /// Tests run as root, which ignores permission bits; the immutable attribute binds root too.
    @Test("A read-only store (immutable file): refused, unchanged")
    func readOnlyStore() throws {
        guard try canMakeImmutable() else {
            Issue.record("chattr +i is not available here; cannot make a file read-only to root")
            return
        }
        let before = try snapshot()
        try tool("chattr", ["+i", "rounds.sqlite"])
        defer { _ = try? tool("chattr", ["-i", "rounds.sqlite"]) }
        try expectFailure(
            input: "store file", problem: "read-only",
            arguments: Self.leaveArguments, status: 1,
            message: "Error: rounds.sqlite cannot be changed because the file or its folder is "
                + "read-only. Check its permissions.\n"
        ) { try snapshot() == before }
    }

    @Test("An output folder that cannot be written: refused, nothing left behind")
    func unwritableFolder() throws {
        guard try canMakeImmutable() else {
            Issue.record("chattr +i is not available here; cannot make a folder read-only to root")
            return
        }
        try FileManager.default.createDirectory(
            atPath: path("published"), withIntermediateDirectories: true)
        try tool("chattr", ["+i", "published"])
        defer { _ = try? tool("chattr", ["-i", "published"]) }
        let before = try snapshot()
        try expectFailure(
            input: "output folder", problem: "not writable",
            arguments: ["export", "feed", "--out", "published/feed.ics"], status: 1,
            message: "Error: Cannot write published/feed.ics. Check that the folder exists and "
                + "that you may write to it.\n"
        ) {
            try snapshot() == before
                && (try FileManager.default.contentsOfDirectory(atPath: path("published")))
                    .isEmpty
        }
    }

    @Test("A full disk (/dev/full): refused with the reason, the device left alone")
    func fullDevice() throws {
        let before = try snapshot()
        try expectFailure(
            input: "output file", problem: "full disk (/dev/full)",
            arguments: ["export", "feed", "--out", "/dev/full"], status: 1,
            message: "Error: Cannot write /dev/full: the disk is full. Nothing was changed; free "
                + "some space and try again.\n"
        ) { try snapshot() == before }
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type]
        #expect(type as? FileAttributeType == .typeCharacterSpecial)
        try FileManager.default.createSymbolicLink(
            atPath: path("programme.yaml"), withDestinationPath: "/dev/full")
        try expectFailure(
            input: "output file", problem: "full disk (a link to /dev/full)",
            arguments: ["export", "yaml", "--out", "programme.yaml"], status: 1,
            message: "Error: Cannot write programme.yaml: the disk is full. Nothing was changed; "
                + "free some space and try again.\n"
        ) { try snapshot() == before }
    }
}
