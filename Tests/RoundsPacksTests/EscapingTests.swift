import Foundation
import RoundsCore
import Testing

@testable import RoundsPacks

@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> *bold* _it_ [x](y) a|b `code` Q&A"

    /// The sample pack with hostile text in every field people type.
    func hostilePack() throws -> PackInput {
        var input = try samplePack()
        let text = EscapingTests.hostile
        input.programme.organisation = "Org " + text
        input.programme.venues[0].name = "Room " + text
        input.theme?.title = "Theme " + text
        input.theme?.description = "Description " + text
        input.excerpt?.quotation = "Quote " + text
        input.excerpt?.citation = "Citation " + text
        input.round.panel[0].storyTitle = "Story " + text
        input.round.panel[0].notes = "Notes " + text
        input.people = input.people.map { person in
            var person = person
            person.name += " " + text
            person.staffGroup = "Group " + text
            return person
        }
        input.theme?.prompts = ["Prompt " + text]
        return input
    }

    @Test func htmlEscapesEverythingTyped() throws {
        let html = try PackRenderer(locator: sourceTreeLocator()).renderHTML(try hostilePack())
        #expect(!html.contains("<script>"))
        #expect(!html.contains("Q&A"))
        let escaped =
            "&lt;script&gt;alert(1)&lt;/script&gt; *bold* _it_ [x](y) a|b `code` Q&amp;A"
        for field in [
            "Org", "Room", "Theme", "Description", "Quote", "Citation", "Story", "Notes",
            "Group", "Prompt",
        ] {
            #expect(html.contains("\(field) \(escaped)"), "\(field) not escaped")
        }
    }

    @Test func markdownEscapesMarkdownNotHTML() throws {
        let markdown = try PackRenderer(locator: sourceTreeLocator()).renderMarkdown(
            try hostilePack())
        let escaped =
            #"\<script\>alert(1)\</script\> \*bold\* \_it\_ \[x\](y) a\|b \`code\` Q\&A"#
        #expect(!markdown.contains("&lt;"))
        #expect(!markdown.contains("<script>"))
        for field in [
            "Org", "Room", "Theme", "Description", "Quote", "Citation", "Story", "Notes",
            "Group", "Prompt",
        ] {
            #expect(markdown.contains("\(field) \(escaped)"), "\(field) not escaped")
        }
    }

    @Test(arguments: [
        ("plain words, stay.", "plain words, stay."),
        ("*a* _b_ **c**", #"\*a\* \_b\_ \*\*c\*\*"#),
        ("[link](http://x) ![img](y)", #"\[link\](http://x) !\[img\](y)"#),
        ("a | b", #"a \| b"#),
        ("`tick` ~~gone~~", #"\`tick\` \~\~gone\~\~"#),
        ("<b>&amp;", #"\<b\>\&amp;"#),
        ("back\\slash", #"back\\slash"#),
        ("# not a heading", ##"\# not a heading"##),
        ("- not a bullet", #"\- not a bullet"#),
        ("+ nor this", #"\+ nor this"#),
        ("1. not a list", #"1\. not a list"#),
        ("12) nor this", #"12\) nor this"#),
        ("2027 was a year - fine", "2027 was a year - fine"),
        ("mid-word and a # sign", "mid-word and a # sign"),
        ("two\nlines\n\n  and a gap", "two lines and a gap"),
    ])
    func markdownEscaper(_ input: String, _ expected: String) {
        #expect(MarkdownEscaper.escape(input) == expected)
    }
}
