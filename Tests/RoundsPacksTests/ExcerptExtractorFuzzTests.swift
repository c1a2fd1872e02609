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

/// Every quotation of one long sentence took the whole sentence as its context: scanned,
/// copied and searched for each quotation, so 7,000 quotations took minutes.
@Suite struct LongSentenceFuzzTests {
    @Test(.timeLimit(.minutes(1)))
    func manyQuotationsInOneSentenceTakeLinearTime() throws {
        let line = String(repeating: "\"ab cd\" ", count: 7_000) + "\n"
        let candidates = ExcerptExtractor.extract(from: line).candidates
        // The same words are one candidate: the first, whose context is cut after 300 characters.
        #expect(candidates.count == 1)
        let context = try #require(candidates.first?.context)
        #expect(context.hasPrefix("\"ab cd\" \"ab cd\""))
        #expect(context.hasSuffix("\"ab cd\" …"))
        #expect(context.count <= ExcerptExtractor.contextReach + 12)
    }

    /// A sentence of usual length keeps its whole context, as before the bound.
    @Test func usualSentenceKeepsItsWholeContext() {
        let sentence =
            "He told us that the team “kept going because nobody wanted to be the first to stop”, "
            + "and that he only understood later how close they had come."
        let text = "It was late. " + sentence + " Nobody spoke.\n"
        let candidates = ExcerptExtractor.extract(from: text).candidates
        #expect(candidates.map(\.context) == [sentence])
        #expect(candidates.map(\.reportedSpeech) == [true])
    }

    /// A sentence longer than the reach is cut at a word either side and marked.
    @Test func longSentenceIsCutAtAWordAndMarked() {
        let before = String(repeating: "word ", count: 100)
        let after = String(repeating: " more", count: 100)
        let text = "First. " + before + "she said “it was the longest night”" + after + ".\n"
        let context = ExcerptExtractor.extract(from: text).candidates.first?.context
        // 300 characters either side of the quotation, less the words cut in two.
        let kept =
            String(repeating: "word ", count: 58) + "she said “it was the longest night”"
            + String(repeating: " more", count: 59)
        #expect(context == "… " + kept + " …")
    }

    /// Other shapes of input, each once quadratic somewhere on the way to the candidates.
    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            // One paragraph of many lines, each with a quotation: finding each one's line. The
            // last is past the article's quotation limit, so only "ab cd" is left.
            (String(repeating: "\"ab cd\" x\n", count: 10_000) + "\"the last one\" x\n", 1),
            // Full stops each followed by "[" with no "]": a search for "]" from every one.
            (String(repeating: "a.[", count: 20_000) + " \"ab cd\"\n", 1),
            // Initials without end: every full stop looked back over the whole run.
            (String(repeating: "A.", count: 25_000) + " \"ab cd\"\n", 1),
            // Block-quote marks: the line was copied once for each.
            (String(repeating: ">", count: 50_000) + " \"ab cd\"\n", 1),
            // Footnote openers without "]" in a quotation: each searched to its end for "]".
            ("She said \"" + String(repeating: "[^a ", count: 20_000) + "\"\n", 1),
            // Capitalised words: the citation pattern retried the rest of the line from each.
            (String(repeating: "A ", count: 30_000) + "\n", 0),
            // One capitalised word of 60,000 letters: the same, letter by letter.
            (String(repeating: "A", count: 60_000) + " x\n", 0),
        ])
    func otherLongInputsTakeLinearTime(_ text: String, _ count: Int) {
        let article = ExcerptExtractor.extract(from: text)
        #expect(article.candidates.count == count)
        #expect(article.citation == nil)
    }

    /// The line of a quotation in a long paragraph is still its own line.
    @Test func lineOfAQuotationInALongParagraph() {
        let text = String(repeating: "plain text\n", count: 500) + "she said \"the last one\"\n"
        #expect(ExcerptExtractor.extract(from: text).candidates.map(\.line) == [501])
    }
}

/// An article's quotations past the first thousand are counted, not considered: each costs its
/// context's worth of work, and no article quotes that many passages.
@Suite struct QuotationLimitTests {
    @Test func quotationsPastTheLimitAreCountedAndLeftOut() {
        let limit = ExcerptExtractor.quotationLimit
        let text =
            (1...(limit + 5)).map { "She said \"passage number \($0)\"." }
            .joined(separator: " ") + "\n"
        let article = ExcerptExtractor.extract(from: text)
        #expect(article.candidates.count == limit)
        #expect(article.quotationsLeftOut == 5)
        #expect(!article.candidates.contains { $0.quotation == "passage number \(limit + 1)" })
        #expect(article.candidates.contains { $0.quotation == "passage number \(limit)" })
        #expect(
            ExcerptReport.text(article).contains(
                "Only the first \(limit) quoted passages were considered; 5 more were left out."))
    }

    @Test func anArticleWithinTheLimitSaysNothing() {
        let article = ExcerptExtractor.extract(from: "She said \"it was hard\".\n")
        #expect(article.quotationsLeftOut == nil)
        #expect(!ExcerptReport.text(article).contains("quoted passages were considered"))
    }
}
