import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsOperations

/// `operations.preview`, behind the web's plan preview: every operation runs to its end and
/// returns what it would, and the store is left exactly as it was.
@Suite struct PreviewTests {
    let operations: ProgrammeOperations

    init() throws {
        let folder = try TemporaryFolder("rounds-preview").url
        operations = ProgrammeOperations(
            storePath: folder.appendingPathComponent("rounds.sqlite").path)
        _ = try operations.initialise(from: Samples.programme.path)
    }

    @Test func aPreviewedPlanIsThePlanAndStoresNothing() throws {
        let first = try #require(YearMonth(parsing: "2027-02"))
        let before = try operations.programmeYAML()
        let preview = try operations.preview.plan(from: first, months: 4)
        #expect(preview.created.count == 4)
        #expect(try operations.programmeYAML() == before)
        // Twice the same: the id sequence was rolled back too.
        #expect(try operations.preview.plan(from: first, months: 4) == preview)
        #expect(try operations.plan(from: first, months: 4) == preview)
        #expect(try operations.snapshot().rounds.count == 2 + 4)
    }

    @Test func previewedEditsAndTheirRefusalsStoreNothing() throws {
        let before = try operations.programmeYAML()
        let deepa = try EmailAddress("deepa.shah@northbrook-hospitals.example")
        let removed = try operations.preview.removePerson(
            try EmailAddress("jo.barker@northbrook-hospitals.example"))
        #expect(removed.name == "Jo Barker")
        #expect(throws: (any Error).self) { try operations.preview.removePerson(deepa) }
        #expect(try operations.programmeYAML() == before)
    }
}
