import Foundation
import GRDB
import RoundsTestSupport
import Testing

@testable import RoundsStore

/// A store that cannot grow: SQLite's own size limit, reached for real, not mocked.
///
/// `PRAGMA max_page_count` belongs to one connection (SQLite does not save it in the file), so
/// it cannot be set on a copy by another program for `rounds` to trip over later; it is set here
/// on the store's own connection. The command-line catalogue covers a full disk with /dev/full,
/// a file-size limit and a full `tmpfs` (`ErrorCatalogueTests+FullStore.swift`).
@Suite struct StoreFullTests {
    static let programme = Samples.programme

    @Test("An import that would pass max_page_count: the disk-full message, nothing imported")
    func importIntoAFullStore() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Self.programme, name: "programme.yaml")
        // 400 people need many more pages than the store has.
        let rows = (1...400).map { "person\($0)@example.org,Person \($0),Nursing,Yes" }
        let people = try scratch.write(
            "people.csv",
            "Email address,Full name,Staff group,Clinical\n" + rows.joined(separator: "\n") + "\n")
        let before = try store.exportYAML()
        try store.queue.inDatabase { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var caught: RoundsStoreError?
        do {
            _ = try store.importPeople(at: people, name: "people.csv")
        } catch let error as RoundsStoreError {
            caught = error
        }
        let path = scratch.path("rounds.sqlite")
        #expect(caught == .diskFull(path: path))
        #expect(
            caught?.description
                == "Cannot write \(path): the disk is full. Nothing was changed; free some space "
                + "and try again.")
        #expect(try store.exportYAML() == before)
        // Once there is room again, the same import succeeds.
        try store.queue.inDatabase { db in try db.execute(sql: "PRAGMA max_page_count = 100000") }
        _ = try store.importPeople(at: people, name: "people.csv")
        #expect(try store.exportYAML() != before)
    }
}
