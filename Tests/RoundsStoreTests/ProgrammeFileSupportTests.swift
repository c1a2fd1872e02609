import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

/// The programme file's `support` list: stored, exported and read back; refused when empty or
/// holding an empty line, naming the file and line.
@Suite struct ProgrammeFileSupportTests {
    static func sample(support: String) throws -> String {
        let text = try String(contentsOf: Samples.programme, encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "programme:\n", with: "programme:\n  support:\(support)\n")
        #expect(changed != text)
        return changed
    }

    @Test func theListIsStoredExportedAndReadBack() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let file = try scratch.write(
            "p.yaml",
            try Self.sample(
                support: "\n    - \"Staff wellbeing hub: ext. 4321\"\n    - Chaplaincy, any hour"))
        _ = try store.importProgramme(at: file, name: "p")
        let programme = try #require(try store.load().programme)
        #expect(
            programme.supportServices == ["Staff wellbeing hub: ext. 4321", "Chaplaincy, any hour"])
        #expect(SupportServices.list(for: programme) == programme.supportServices)
        let exported = try store.exportYAML()
        #expect(exported.contains("support:\n"))
        let again = try scratch.store("b.sqlite")
        _ = try again.importProgramme(at: try scratch.write("b.yaml", exported), name: "b")
        #expect(try again.load().programme?.supportServices == programme.supportServices)
        #expect(try again.exportYAML() == exported)
    }

    @Test func withoutTheKeyTheFileExportsWithoutIt() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "p")
        #expect(try store.load().programme?.supportServices == nil)
        #expect(!(try store.exportYAML()).contains("support:"))
    }

    @Test(arguments: [" []", "\n    - \"\""])
    func anEmptyListOrLineIsRefusedNamingTheLine(support: String) throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        let file = try scratch.write("p.yaml", try Self.sample(support: support))
        #expect {
            try store.importProgramme(at: file, name: "p.yaml")
        } throws: { error in
            "\(error)".hasPrefix("p.yaml:") && "\(error)".contains("support")
        }
        #expect(try store.load().programme == nil)
    }
}
