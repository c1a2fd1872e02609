import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

/// The programme file's keys for `rounds serve`: `web_base_url` and a panellist's `show_name`.
@Suite struct ProgrammeFileWebTests {
    /// The sample programme with `web_base_url` and Owen's `show_name` added.
    static func sample(base: String = "https://rounds.northbrook.example/") throws -> String {
        let text = try String(contentsOf: Samples.programme, encoding: .utf8)
        let withBase = text.replacingOccurrences(
            of: "programme:\n", with: "programme:\n  web_base_url: \(base)\n")
        let named = withBase.replacingOccurrences(
            of: "story: The badge in my pocket",
            with: "story: The badge in my pocket\n        show_name: true")
        #expect(named != withBase && withBase != text)
        return named
    }

    @Test func bothKeysAreStoredAndExported() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: try scratch.write("p.yaml", try Self.sample()), name: "p")
        let data = try store.load()
        // The trailing slash is dropped so links join with one slash.
        #expect(data.programme?.webBaseURL == "https://rounds.northbrook.example")
        let round = try #require(data.rounds.first { $0.id.description == "R-0002" })
        #expect(round.panel.map(\.showsName) == [true, false, false])
        let exported = try store.exportYAML()
        #expect(exported.contains("web_base_url: https://rounds.northbrook.example\n"))
        #expect(exported.components(separatedBy: "show_name: true").count == 2)
        let again = try scratch.store("b.sqlite")
        _ = try again.importProgramme(at: try scratch.write("b.yaml", exported), name: "b")
        #expect(try again.exportYAML() == exported)
    }

    @Test func aBaseThatIsNotAWebAddressIsRefused() throws {
        let scratch = try Scratch()
        let store = try scratch.store()
        for base in ["rounds.example.org", "ftp://rounds.example.org", "https://"] {
            let file = try scratch.write("p.yaml", try Self.sample(base: base))
            #expect(throws: RoundsStoreError.self) {
                try store.importProgramme(at: file, name: "p.yaml")
            }
        }
        #expect(try store.load().programme == nil)
    }
}
