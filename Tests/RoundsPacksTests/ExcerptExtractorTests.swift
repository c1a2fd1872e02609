import Foundation
import RoundsTestSupport
import Testing

@testable import RoundsPacks

/// The text of `Samples/articles/<name>`: articles written for these tests.
func sampleArticle(_ name: String) throws -> String {
    let file = Samples.folder.appendingPathComponent("articles/\(name)")
    let data = try #require(FileManager.default.contents(atPath: file.path))
    return String(decoding: data, as: UTF8.self)
}

@Suite struct ExcerptExtractorTests {
    @Test(arguments: [
        (
            "leaders-wellbeing.md",
            [
                "You are expected to hold everyone else's distress and to have none of your own",
                "It is lonely at the top, and it is lonelier when you can't say so.",
                "to take their executive hat off", "toughen up", "tribal and status dynamics",
            ]
        ),
        (
            "news-feature.txt",
            [
                "I felt completely alone with it, and I was so tired I couldn’t cry",
                "You carry it home on the bus. You don’t put it down.",
                "kept going because nobody wanted to be the first to stop",
                "the quietest place in the hospital",
            ]
        ),
        (
            "plain-references.txt",
            [
                "you were the only one who sat down", "she talked about you at home",
                "being the person someone remembers",
            ]
        ),
        ("no-quotes.txt", []),
        ("unbalanced.txt", ["nobody told me what to expect"]),
    ])
    func candidatesBestFirst(_ file: String, _ quotations: [String]) throws {
        let result = ExcerptExtractor.extract(from: try sampleArticle(file))
        #expect(result.candidates.map(\.quotation) == quotations)
    }

    @Test(
        arguments: [
            ("leaders-wellbeing.md", "BMJ 2022;378:o1650", "BMJ", 2022, "378", "o1650", nil),
            (
                "news-feature.txt", "Nursing Times 2024;120:e3", "Nursing Times", 2024, "120", "e3",
                nil
            ),
            ("plain-references.txt", nil, nil, nil, nil, nil, nil),
            (
                "inline-doi.txt", "Br J Gen Pract 2020;70:e12-e18", "Br J Gen Pract", 2020, "70",
                "e12-e18", "10.3399/bjgp20X000001"
            ),
        ] as [(String, String?, String?, Int?, String?, String?, String?)])
    func citation(
        _ file: String, _ text: String?, _ journal: String?, _ year: Int?, _ volume: String?,
        _ articleID: String?, _ doi: String?
    ) throws {
        let article =
            file == "inline-doi.txt"
            ? "A note\n\nPublished as: _Br J Gen Pract_ 2020;70:e12-e18. "
                + "https://doi.org/10.3399/bjgp20X000001.\n"
            : try sampleArticle(file)
        let citation = ExcerptExtractor.extract(from: article).citation
        #expect(citation?.text == text)
        #expect(citation?.journal == journal)
        #expect(citation?.year == year)
        #expect(citation?.volume == volume)
        #expect(citation?.articleID == articleID)
        #expect(citation?.doi == doi)
    }

    @Test func footnotesPointIntoTheReferenceList() throws {
        let result = ExcerptExtractor.extract(from: try sampleArticle("leaders-wellbeing.md"))
        let references = Dictionary(
            uniqueKeysWithValues: result.candidates.map { ($0.quotation, $0.reference) })
        #expect(
            references["to take their executive hat off"]
                == "Interviews with senior leaders, summarised in the trust's wellbeing report, "
                + "2021.")
        #expect(
            references["tribal and status dynamics"]
                == "See the discussion of professional hierarchies in reference 3 of the same "
                + "report.")
        #expect(references["toughen up"] == .some(nil))
        let plain = ExcerptExtractor.extract(from: try sampleArticle("plain-references.txt"))
        #expect(
            plain.candidates.first?.reference
                == "Smith J, Jones K. Sitting down with patients. Br J Nurs 2019;28:1102-6. "
                + "doi:10.12968/bjon.2019.28.17.1102")
        #expect(plain.candidates.dropFirst().allSatisfy { $0.reference == nil })
    }

    @Test func contextIsTheSentenceAroundTheQuotation() throws {
        let result = ExcerptExtractor.extract(from: try sampleArticle("leaders-wellbeing.md"))
        let toughen = try #require(result.candidates.first { $0.quotation == "toughen up" })
        #expect(
            toughen.context
                == "One chief executive said she had been advised to \"toughen up\" when she "
                + "admitted to feeling exhausted.")
        #expect(toughen.line == 7)
        let plain = ExcerptExtractor.extract(from: try sampleArticle("plain-references.txt"))
        #expect(
            plain.candidates.first?.context
                == "On her last morning she said \"you were the only one who sat down\" and I "
                + "have thought about it ever since.")
    }

    @Test func scoreFollowsTheDocumentedRule() throws {
        let result = ExcerptExtractor.extract(from: try sampleArticle("news-feature.txt"))
        let first = try #require(result.candidates.first)
        // 14 words + 10 for "she said" + 3 x 4 feeling words (felt, alone, tired, cry).
        #expect(first.words == 14)
        #expect(first.reportedSpeech)
        #expect(first.feelingWords == ["felt", "alone", "tired", "cry"])
        #expect(first.score == 14 + 10 + 12)
        let porter = try #require(result.candidates.last)
        #expect(porter.score == 6 + 10)
        let plain = ExcerptExtractor.extract(from: try sampleArticle("plain-references.txt"))
        #expect(plain.candidates.last?.score == 5)
        #expect(plain.candidates.last?.reportedSpeech == false)
    }

    @Test func duplicatesAppearOnceAtTheirFirstPlace() throws {
        let result = ExcerptExtractor.extract(from: try sampleArticle("news-feature.txt"))
        let alone = result.candidates.filter { $0.quotation.hasPrefix("I felt completely alone") }
        #expect(alone.count == 1)
        #expect(alone.first?.line == 5)
    }

    @Test(arguments: [
        ("A *bold* and _italic_ claim", "A bold and italic claim"),
        ("**Strong** and __also__", "Strong and also"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("* a bullet stays", "* a bullet stays"),
    ])
    func emphasisIsRemoved(_ input: String, _ expected: String) {
        #expect(ExcerptExtractor.removeEmphasis(input) == expected)
    }

    @Test(arguments: [
        ("She said ‘I don’t know’ and left.", ["I don’t know"]),
        ("It’s the nurses’ station, not a quote.", []),
        ("One word \"only\" here.", []),
        ("Curly “never closed here.", []),
    ])
    func quotationMarks(_ text: String, _ quotations: [String]) {
        #expect(ExcerptExtractor.extract(from: text).candidates.map(\.quotation) == quotations)
    }

    @Test func titlesAndInitialsDoNotEndTheSentence() {
        let article = "It was late. Dr. Okafor and J. Smith said \"we stayed with her\" quietly."
        let result = ExcerptExtractor.extract(from: article)
        #expect(
            result.candidates.first?.context
                == "Dr. Okafor and J. Smith said \"we stayed with her\" quietly.")
    }

    @Test func windowsLineEndsAndByteOrderMark() {
        let article = "\u{FEFF}Title\r\n\r\nShe said \"it was a long night\" to me.\r\n"
        let result = ExcerptExtractor.extract(from: article)
        #expect(result.title == "Title")
        #expect(result.candidates.map(\.quotation) == ["it was a long night"])
        #expect(result.candidates.first?.line == 3)
    }

    @Test func reportListsCitationAndCandidates() throws {
        let report = ExcerptReport.text(
            ExcerptExtractor.extract(from: try sampleArticle("unbalanced.txt")))
        #expect(
            report == """
                Article: Unbalanced
                Citation: none found; add one by hand when you save an excerpt.

                1. score 16; line 6; 6 words; reported speech
                   “nobody told me what to expect”
                   In context: Later the nurse said "nobody told me what to expect" and left.

                """)
    }
}
