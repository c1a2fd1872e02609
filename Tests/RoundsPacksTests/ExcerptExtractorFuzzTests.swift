import Testing

@testable import RoundsPacks

/// Inputs found while fuzzing excerpt extraction (docs/fuzzing.md), kept so they stay fixed.
@Suite struct ExcerptExtractorFuzzTests {
    /// A long line of spaces then stars took minutes: every star looked back over the line.
    @Test(.timeLimit(.minutes(1)))
    func longLineOfSpacesAndStarsTakesLinearTime() {
        let spaces = String(repeating: " ", count: 100_000)
        let line = spaces + String(repeating: "*", count: 100_000)
        // Only the last star is followed by a space (the line's end) at the line's start.
        #expect(ExcerptExtractor.removeEmphasis(line) == spaces + "*")
        #expect(ExcerptExtractor.extract(from: line + "\n").candidates.isEmpty)
    }

    /// The fix keeps what emphasis removal did: bullets stay, emphasis stars go.
    @Test(arguments: [
        ("* item", "* item"),
        ("   * item *one*", "   * item one"),
        ("**bold** and *this*", "bold and this"),
        ("a * b", "a  b"),
        ("snake_case _word_", "snake_case word"),
    ])
    func emphasisRemoval(_ line: String, _ expected: String) {
        #expect(ExcerptExtractor.removeEmphasis(line) == expected)
    }
}

/// Opening quotation marks that never close took minutes: each searched to the paragraph's end.
@Suite struct UnclosedQuotationFuzzTests {
    @Test(.timeLimit(.minutes(1)), arguments: ["“", "\"", " ‘"])
    func manyUnclosedMarksTakeLinearTime(_ mark: String) {
        let line = String(repeating: mark, count: 50_000) + "\n"
        #expect(ExcerptExtractor.extract(from: line).candidates.isEmpty)
    }

    /// An unclosed mark before a closed pair of another kind still leaves the pair found.
    @Test func closedPairAfterUnclosedMark() {
        let text = "\" open. She said “it was a long night” then.\n"
        let result = ExcerptExtractor.extract(from: text)
        #expect(result.candidates.map(\.quotation) == ["it was a long night"])
    }
}
