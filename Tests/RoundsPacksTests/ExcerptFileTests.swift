import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

@Suite struct ExcerptFileTests {
    @Test func readsTheSampleLibrary() throws {
        let file = Samples.folder.appendingPathComponent("excerpts.yaml")
        let text = String(
            decoding: try #require(FileManager.default.contents(atPath: file.path)), as: UTF8.self)
        let excerpts = try ExcerptFile.read(text, file: "Samples/excerpts.yaml")
        #expect(excerpts.count == 5)
        let quotations = excerpts.filter { $0.citation == "Fitzsimons. BMJ 2022;378:o1650" }
            .map(\.quotation)
        #expect(
            quotations == [
                "to take their executive hat off", "tribal and status dynamics", "toughen up",
            ])
        #expect(excerpts[0].suggestedPrompts.count == 4)
        #expect(excerpts[0].url == "https://doi.org/10.1136/bmj.o1650")
        #expect(excerpts[4].suggestedPrompts.isEmpty)
        #expect(excerpts.allSatisfy { !$0.citation.isEmpty })
    }

    @Test(arguments: [
        (
            "excerpts:\n  - id: a\n    quotation: q\n",
            "lib.yaml:2:5: This excerpt has no \"citation\"; add one."
        ),
        (
            "excerpts:\n  - id: a\n    quotation: q\n    citation: c\n    page: 4\n",
            "lib.yaml:5:5: \"page\" is not an excerpt field. Use id, quotation, citation, url, "
                + "note and prompts."
        ),
        (
            "excerpts:\n  - id: Not A Slug\n    quotation: q\n    citation: c\n",
            "lib.yaml:2:9: The id \"Not A Slug\" should be a slug: lower-case letters, digits "
                + "and hyphens, such as fitzsimons-2022-executive-hat."
        ),
        (
            "excerpts:\n  - id: a\n    quotation: q\n    citation: c\n"
                + "  - id: a\n    quotation: r\n    citation: d\n",
            "lib.yaml:5: the excerpt id a is used twice. Give each excerpt its own id."
        ),
        (
            "excerpts:\n  - id: a\n    quotation: q\n    citation: c\n    prompts: one\n",
            "lib.yaml:5:14: \"prompts\" should be a list, one prompt per \"- \" line."
        ),
        (
            "quotes:\n  - id: a\n",
            "lib.yaml:1:1: Expected an \"excerpts:\" list at the top of the file, as in "
                + "Samples/excerpts.yaml."
        ),
        (
            "excerpts:\n  - id: a\n    quotation: \"unclosed\n",
            "lib.yaml:4:1: This is not valid YAML (found unexpected end of stream). Check the "
                + "indentation and quotes on this line and the one before."
        ),
    ])
    func problemsNameFileLineAndColumn(_ text: String, _ message: String) {
        #expect(throws: (any Error).self) { try ExcerptFile.read(text, file: "lib.yaml") }
        do {
            _ = try ExcerptFile.read(text, file: "lib.yaml")
        } catch {
            #expect(error.description == message)
        }
    }
}
