import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsOperations

/// `setStoryTitle`, the panel edit behind `rounds panel R story` and the administrator's Round
/// page: the title changes in the store, its sentence never repeats it, and the rules of the
/// other panel edits hold.
@Suite struct PanelStoryTests {
    /// The sample programme in a fresh store: R-0002 (confirmed) has Owen Hughes first on its
    /// panel with the story "The badge in my pocket"; R-0001 is held.
    let operations: ProgrammeOperations
    let owen: EmailAddress

    init() throws {
        let folder = try TemporaryFolder("rounds-panel-story").url
        operations = ProgrammeOperations(
            storePath: folder.appendingPathComponent("rounds.sqlite").path)
        _ = try operations.initialise(from: Samples.programme.path)
        owen = try EmailAddress("owen.hughes@northbrook-hospitals.example")
    }

    func panel(_ reference: String) throws -> [Panellist] {
        try operations.snapshot().round(reference).panel
    }

    @Test func aTitleIsReplacedAndTheSentenceKeepsItConfidential() throws {
        let lines = try operations.setStoryTitle("The lanyard", of: owen, on: "R-0002")
        #expect(
            lines == [
                "Changed the story title of Owen Hughes on the panel of R-0002 (12 Jan 2027)."
            ])
        #expect(!lines.joined().contains("lanyard"))
        let after = try panel("R-0002")
        #expect(after.first?.storyTitle == "The lanyard")
        // The rest of the panel, its order and notes, is untouched.
        #expect(after.map(\.person.value).first == owen.value)
        #expect(after.dropFirst().map(\.storyTitle) == ["Being asked how I was", "The front desk"])
    }

    @Test func anEmptyTitleRemovesIt() throws {
        for empty in [nil, ""] as [String?] {
            let lines = try operations.setStoryTitle(empty, of: owen, on: "R-0002")
            #expect(lines.first?.hasPrefix("Removed the story title of Owen Hughes") == true)
            #expect(try panel("R-0002").first?.storyTitle == nil)
        }
    }

    @Test func refusalsChangeNothing() throws {
        let before = try panel("R-0002")
        let kemi = try EmailAddress("kemi.bello@northbrook-hospitals.example")
        #expect {
            try operations.setStoryTitle("X", of: kemi, on: "R-0002")
        } throws: { error in
            "\(error)" == "kemi.bello@northbrook-hospitals.example is not on the panel of "
                + "R-0002 (12 Jan 2027)."
        }
        // R-0001 is held: its panel is history.
        #expect(throws: (any Error).self) {
            try operations.setStoryTitle("X", of: kemi, on: "R-0001")
        }
        #expect(throws: (any Error).self) {
            try operations.setStoryTitle("X", of: owen, on: "R-9999")
        }
        #expect(try panel("R-0002") == before)
        #expect(try panel("R-0001").first?.storyTitle == "The night shift that changed my mind")
    }

    @Test func consentToBeNamedIsRecordedAndTakenBack() throws {
        #expect(try panel("R-0002").map(\.showsName) == [false, false, false])
        #expect(
            try operations.setNameShown(true, of: owen, on: "R-0002") == [
                "Owen Hughes will be named on the public page of R-0002 (12 Jan 2027)."
            ])
        #expect(try panel("R-0002").map(\.showsName) == [true, false, false])
        #expect(
            try operations.setNameShown(false, of: owen, on: "R-0002") == [
                "Owen Hughes will not be named on the public page of R-0002 (12 Jan 2027)."
            ])
        #expect(try panel("R-0002").map(\.showsName) == [false, false, false])
        let kemi = try EmailAddress("kemi.bello@northbrook-hospitals.example")
        #expect(throws: (any Error).self) {
            try operations.setNameShown(true, of: kemi, on: "R-0002")
        }
        #expect(throws: (any Error).self) {
            try operations.setNameShown(true, of: owen, on: "R-0001")
        }
        let added = try operations.addPanellist(
            kemi, story: nil, position: nil, showsName: true, to: "R-0002")
        #expect(
            added.last == "Kemi Bello will be named on the public page of R-0002 (12 Jan 2027).")
        #expect(try panel("R-0002").last?.showsName == true)
    }
}
