import Foundation
import GRDB
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

@Suite struct ProgrammeStoreTests {
    @Test func createRunsEveryMigrationOnAnEmptyFile() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        #expect(
            try store.appliedMigrations() == [
                "v1-programme", "v2-issued-invitations", "v3-imported-holidays", "v3-busy-times",
                "v4-holiday-regions",
                "v4-round-records", "v5-web", "v6-panel-names",
            ])
        #expect(try store.load() == ProgrammeData())
        let tables = try store.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("issued_invitation"))
        #expect(tables.contains("round"))
        let journal = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        let foreignKeys = try store.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
    }

    @Test func openingAnOlderStoreAddsTheNewerTables() throws {
        let scratch = try Scratch()
        let queue = try DatabaseQueue(path: scratch.path("old.sqlite"))
        try Schema.migrator.migrate(queue, upTo: "v1-programme")
        try queue.close()
        let store = try ProgrammeStore.open(atPath: scratch.path("old.sqlite"))
        #expect(
            try store.appliedMigrations() == [
                "v1-programme", "v2-issued-invitations", "v3-imported-holidays", "v3-busy-times",
                "v4-holiday-regions",
                "v4-round-records", "v5-web", "v6-panel-names",
            ])
    }

    @Test func createRefusesAnExistingFile() throws {
        let scratch = try Scratch()
        try scratch.write("rounds.sqlite", "precious")
        #expect(throws: RoundsStoreError.storeExists(path: scratch.path("rounds.sqlite"))) {
            try scratch.store()
        }
        #expect(try scratch.bytes("rounds.sqlite") == Data("precious".utf8))
    }

    @Test func openRefusesAMissingStoreWithAHint() throws {
        let scratch = try Scratch()
        let path = scratch.path("none.sqlite")
        let error = #expect(throws: RoundsStoreError.self) {
            try ProgrammeStore.open(atPath: path)
        }
        #expect(
            error?.description
                == "No store at \(path). Create one with `rounds init` (or `rounds init --from "
                + "programme.yaml`).")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [
        "", "hello, this is text\n", "SQLite format 3\0 but then garbage........",
        String(repeating: "a page of text that is not a database\n", count: 30),
        "SQLite format 3\0" + String(repeating: "garbage after the magic ", count: 40),
    ])
    func openRefusesFilesThatAreNotStoresAndLeavesThemAlone(_ content: String) throws {
        let scratch = try Scratch()
        try scratch.write("x.sqlite", content)
        let error = #expect(throws: RoundsStoreError.self) {
            try ProgrammeStore.open(atPath: scratch.path("x.sqlite"))
        }
        #expect(
            error == .notAStore(path: scratch.path("x.sqlite"))
                || error == .damaged(path: scratch.path("x.sqlite")))
        #expect(try scratch.bytes("x.sqlite") == Data(content.utf8))
    }

    @Test func openRefusesAnotherApplicationsDatabaseWithoutTouchingIt() throws {
        let scratch = try Scratch()
        let queue = try DatabaseQueue(path: scratch.path("other.sqlite"))
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x INTEGER)") }
        try queue.close()
        let before = try scratch.bytes("other.sqlite")
        let error = #expect(throws: RoundsStoreError.self) {
            try ProgrammeStore.open(atPath: scratch.path("other.sqlite"))
        }
        #expect(
            error?.description
                == "\(scratch.path("other.sqlite")) is not a Rounds store. Check the --store path; "
                + "Rounds left the file untouched.")
        #expect(try scratch.bytes("other.sqlite") == before)
    }

    @Test func aDamagedStoreGivesAPlainMessage() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        try store.checkpoint()
        var bytes = try scratch.bytes("rounds.sqlite")
        // Overwrite every page after the first (the schema) with noise.
        for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: scratch.url.appendingPathComponent("rounds.sqlite"))
        let path = scratch.path("rounds.sqlite")
        let error = #expect(throws: RoundsStoreError.self) {
            try ProgrammeStore.open(atPath: path).load()
        }
        #expect(
            error?.description
                == "\(path) is damaged and cannot be read. Restore it from a backup, or rebuild it "
                + "with `rounds init --from` a programme file.")
    }

    @Test func openRefusesAStoreFromANewerVersion() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')")
        }
        let error = #expect(throws: RoundsStoreError.self) {
            try ProgrammeStore.open(atPath: scratch.path("rounds.sqlite"))
        }
        #expect(
            error?.description
                == "\(scratch.path("rounds.sqlite")) was written by a newer version of Rounds. "
                + "Install that version to use it.")
    }

    @Test(.disabled(if: getuid() == 0, "root may write to read-only files"))
    func openForWritingRefusesAReadOnlyFile() throws {
        let scratch = try Scratch()
        _ = try scratch.store()
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o444], ofItemAtPath: scratch.path("rounds.sqlite"))
        #expect(throws: RoundsStoreError.readOnly(path: scratch.path("rounds.sqlite"))) {
            try ProgrammeStore.open(atPath: scratch.path("rounds.sqlite"))
        }
    }

    @Test func aStoreHeldTooLongByAnotherConnectionGivesThePlainBusyMessage() throws {
        let scratch = try Scratch()
        let holder = try scratch.store()
        let path = scratch.path("rounds.sqlite")
        let error = try holder.write { _ in
            let waiting = try ProgrammeStore.open(atPath: path, readOnly: false, busyTimeout: 0.2)
            return #expect(throws: RoundsStoreError.self) {
                try waiting.update { data in
                    data.roundIDs.noteIssued(try RoundID(parsing: "R-0009"))
                }
            }
        }
        #expect(
            error?.description
                == "\(path) is busy: another program, perhaps another rounds command, has held it "
                + "for more than 10 seconds. Try again when it has finished.")
    }

    @Test func roundIDsAreNeverReusedAfterARoundIsRemoved() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        try store.update { data in data.rounds.removeAll { $0.id.description == "R-0002" } }
        let next = try store.update { data in data.roundIDs.next() }
        #expect(next.description == "R-0003")
        #expect(try store.load().roundIDs.highestIssued == 3)
    }

    @Test(arguments: [
        ("'2027-01-01'", "'REQUEST'", "0", "2027-01-01"),
        ("'20270101T090000Z'", "'PUBLISH'", "0", "PUBLISH"),
    ])
    func unreadableIssuedInvitationsAreRefusedByName(
        stamp: String, method: String, sequence: String, value: String
    ) throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO issued_invitation VALUES ('R-0001@x.test', \(sequence), "
                    + "'sha256:00', \(stamp), \(method), '')")
        }
        #expect(
            throws: RoundsStoreError.unrecognisedValue(
                path: scratch.path("rounds.sqlite"), table: "issued_invitation",
                record: "R-0001@x.test", value: value)
        ) {
            try store.issuedInvitations()
        }
    }

    @Test func issuedInvitationsAreSavedWithTheProgrammeInOneTransaction() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        let record = IssuedInvitation(
            uid: "R-0002@northbrook-hospitals.example", sequence: 1, contentHash: "abc",
            stamp: try #require(IssuedInvitation.stamp(fromText: "20270101T090000Z")),
            method: .request, attendees: ["a@x.example", "b@x.example"])
        try store.update(withInvitations: { data, issued in
            data.rounds[1].locked = true
            issued[record.uid] = record
        })
        #expect(try store.issuedInvitations() == [record.uid: record])
        #expect(try store.load().rounds[1].locked)

        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.update(withInvitations: { data, issued in
                issued[record.uid]?.sequence = 2
                data.rounds[1].locked = false
                throw Boom()
            })
        }
        #expect(try store.issuedInvitations()[record.uid]?.sequence == 1)
        #expect(try store.load().rounds[1].locked)
    }

    @Test func aRefusedImportLeavesTheFileByteIdentical() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        try store.checkpoint()
        let before = try scratch.bytes("rounds.sqlite")
        var broken = try String(contentsOf: Samples.programme, encoding: .utf8)
        broken = broken.replacingOccurrences(of: "name: Ana Price", with: "name: Ana Prince")
        broken = broken.replacingOccurrences(
            of: "trained_on: 2022-11-08", with: "trained_on: 2022-11-31")
        let file = try scratch.write("broken.yaml", broken)
        #expect(throws: RoundsStoreError.self) {
            try store.importProgramme(at: file, name: "broken.yaml")
        }
        try store.checkpoint()
        #expect(try scratch.bytes("rounds.sqlite") == before)
    }

    @Test func aRepeatedImportDoesNotWriteTheFile() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        try store.checkpoint()
        let before = try scratch.bytes("rounds.sqlite")
        let report = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        #expect(report.isEmpty)
        try store.checkpoint()
        #expect(try scratch.bytes("rounds.sqlite") == before)
    }

    @Test func parallelImportsFromSeparateConnectionsAllSucceed() async throws {
        let scratch = try Scratch()
        _ = try scratch.store()
        let path = scratch.path("rounds.sqlite")
        let files = try (0..<6).map { index in
            try scratch.write(
                "p\(index).yaml",
                miniProgramme + """
                      - email: person\(index)@test.example
                        name: Person \(index)
                        staff_group: Nursing
                        clinical: true

                    """)
        }
        try await withThrowingTaskGroup(of: ImportReport.self) { group in
            for file in files {
                group.addTask {
                    // Each task opens its own connection, as separate `rounds` runs would.
                    try ProgrammeStore.open(atPath: path).importProgramme(at: file, name: "p.yaml")
                }
            }
            for try await _ in group {}
        }
        let people = try ProgrammeStore.open(atPath: path).load().people.map(\.email.value)
        #expect(people.count == 7)
        #expect(people.contains("person5@test.example"))
    }
}
