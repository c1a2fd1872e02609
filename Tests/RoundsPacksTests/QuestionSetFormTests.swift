import Foundation
import RoundsCore
import Testing

@testable import RoundsPacks

/// The printed evaluation form follows the programme's question set.
@Suite struct QuestionSetFormTests {
    @Test func theProgrammesSetIsPrinted() throws {
        var input = try samplePack()
        input.programme.questionSet = .usVirtual
        let rebuilt = PackInput(
            programme: input.programme, round: input.round, people: input.people,
            theme: input.theme, excerpt: input.excerpt)
        #expect(rebuilt.questionSet == .usVirtual)
        let renderer = try PackRenderer(locator: sourceTreeLocator())
        let html = try renderer.renderHTML(rebuilt)
        #expect(html.contains("<th scope=\"col\">This Round\u{2026}</th>"))
        #expect(html.contains("<td>felt like a safe space even though it was held online.</td>"))
        #expect(!html.contains("reinforced my empathy"))
        let markdown = try renderer.renderMarkdown(rebuilt)
        #expect(markdown.contains("| This Round\u{2026} |"))
        #expect(markdown.contains("let me take part as fully as I wanted"))
    }
}
