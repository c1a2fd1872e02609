import Foundation
import GRDB
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

/// Saving writes only what changed, and an update that loads part of the programme keeps the
/// rest exactly as it was.
@Suite struct ChangedRecordsTests {
    static let ana = "ana.price@northbrook-hospitals.example"

    static func sampleStore(_ scratch: Scratch) throws -> ProgrammeStore {
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        return store
    }

    @Test func aPartialUpdateKeepsWhatItDidNotLoad() throws {
        let scratch = try Scratch()
        let store = try Self.sampleStore(scratch)
        let before = try store.load()
        try #require(!before.rounds.isEmpty && !before.leave.isEmpty && !before.themes.isEmpty)
        try store.update(loading: .people) { data in
            #expect(data.rounds.isEmpty && data.themes.isEmpty && data.programme == nil)
            var person = try data.existingPerson(try EmailAddress(Self.ana))
            person.name = "Ana Renamed"
            try data.replacePerson(person)
        }
        var expected = before
        if let index = expected.people.firstIndex(where: { $0.email.value == Self.ana }) {
            expected.people[index].name = "Ana Renamed"
        }
        #expect(try store.load() == expected)
    }

    @Test func aSaveTouchesOnlyTheChangedRows() throws {
        let scratch = try Scratch()
        let store = try Self.sampleStore(scratch)
        let changes = try store.write { db -> Int in
            let before = try ProgrammeStore.loadData(db, path: store.path)
            var data = before
            data.rounds[0].status = .cancelled
            let start = db.totalChangesCount
            try ProgrammeStore.save(data, replacing: before, db)
            return db.totalChangesCount - start
        }
        // The Round's row, then its facilitator and panel rows rewritten (deleted and
        // inserted); nothing of the other Rounds, people or themes.
        let round = try store.load().rounds[0]
        #expect(changes == 1 + 2 * (round.facilitators.count + round.panel.count))
        #expect(round.status == .cancelled)
    }
}
