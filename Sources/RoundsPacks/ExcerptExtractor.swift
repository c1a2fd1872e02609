internal import Foundation

/// A passage quoted in an article, proposed as an excerpt.
package struct CandidateExcerpt: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    package var quotation: String
    /// The sentence (or sentences) around the quotation: at most 300 characters either side of
    /// it, a longer sentence cut at a word and marked "…".
    package var context: String
    /// Line of the article where the quotation starts (from 1).
    package var line: Int
    /// Words in the quotation.
    package var words: Int
    /// True when the sentence reports speech ("said", "told", "described"...).
    package var reportedSpeech: Bool
    /// Words of feeling and experience found in the quotation, in order of appearance.
    package var feelingWords: [String]
    /// The ranking score (see ``ExcerptExtractor``).
    package var score: Int
    /// The reference a footnote marker in the sentence points to, when the article lists it.
    package var reference: String?
}

/// What ``ExcerptExtractor/extract(from:)`` finds in an article.
package struct ExtractedArticle: Sendable, Hashable, Codable {
    /// The article's title: its first heading, or its first line.
    package var title: String?
    /// The article's own citation, when the text gives one.
    package var citation: ArticleCitation?
    /// Candidate excerpts, best first, without duplicates.
    package var candidates: [CandidateExcerpt]
    /// Quotations after the first ``ExcerptExtractor/quotationLimit`` of the article, which
    /// were not considered; nil when there were none.
    package var quotationsLeftOut: Int?
}

/// Proposes excerpts from a plain-text or Markdown article.
///
/// A candidate is a passage in straight (`"..."`), double curly (`“...”`) or single curly
/// (`‘...’`) quotation marks, of at least two words, with the sentence around it. Quotation
/// marks left open at the end of a paragraph are ignored. Markdown emphasis is removed.
///
/// Score = length points + reported speech + feeling:
/// - length: one point per word up to 40, minus one per word beyond 60 (long block quotes
///   make poor theme cards);
/// - reported speech: 10 points when the sentence has a verb of speech such as "said", "told",
///   "described" or "recalled";
/// - feeling and experience: 3 points for each different word from a short list ("felt",
///   "alone", "afraid", "guilt", "exhausted", "human"...), at most 15.
///
/// Ties keep the article's order. Two candidates whose words are the same (ignoring case and
/// punctuation) are one candidate: the higher-scoring one stays.
package enum ExcerptExtractor {
    /// Verbs and phrases that mark reported speech.
    static let speechCues: [String] = [
        "said", "says", "told", "tells", "explained", "explains", "described", "describes",
        "recalled", "recalls", "added", "admitted", "asked", "wrote", "writes", "according to",
        "put it", "reflected", "remembered", "spoke of", "talked about",
    ]

    /// Words of feeling and experience.
    static let feelingLexicon: Set<String> = [
        "afraid", "alone", "angry", "anger", "anxious", "ashamed", "burnout", "burnt",
        "cared", "care", "cope", "coping", "cried", "cry", "crying", "distress", "exhausted",
        "exhausting", "fear", "feel", "feeling", "feelings", "felt", "frightened", "grief",
        "guilt", "guilty", "heart", "helpless", "hope", "hurt", "human", "isolated",
        "isolation", "lonely", "loss", "love", "overwhelmed", "pain", "proud", "relief",
        "sad", "sadness", "scared", "shame", "struggle", "struggled", "struggling", "stress",
        "stressed", "tears", "tired", "upset", "vulnerable", "worried", "worry", "wellbeing",
        "toughen", "resilience", "support", "trust", "listened", "heard",
    ]

    /// How many quotations of one article are considered. An article quotes tens of passages;
    /// a file with thousands is not one, and each costs its context's worth of work.
    package static let quotationLimit = 1_000

    /// Candidate excerpts, the citation and the title of `article`.
    package static func extract(from article: String) -> ExtractedArticle {
        // Windows editors save a byte-order mark and CRLF line ends; neither is text.
        let text = article.hasPrefix("\u{FEFF}") ? String(article.dropFirst()) : article
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map {
                removeEmphasis(String($0))
            }
        let references = ReferenceList(lines: lines)
        let citation = ArticleCitation.find(in: lines, outside: references.lines)
        var candidates: [CandidateExcerpt] = []
        var budget = QuotationBudget(remaining: quotationLimit)
        for paragraph in paragraphs(lines, skipping: references.lines) {
            candidates += quotations(in: paragraph, references: references, budget: &budget)
        }
        return ExtractedArticle(
            title: title(lines), citation: citation, candidates: rank(candidates),
            quotationsLeftOut: budget.leftOut > 0 ? budget.leftOut : nil)
    }

    /// Best first; duplicates (same words) keep only their best.
    static func rank(_ candidates: [CandidateExcerpt]) -> [CandidateExcerpt] {
        let ordered = candidates.enumerated().sorted {
            ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset)
        }.map(\.element)
        var seen: Set<String> = []
        return ordered.filter { seen.insert(wordKey($0.quotation)).inserted }
    }

    /// The first Markdown heading, else the first non-empty line.
    static func title(_ lines: [String]) -> String? {
        if let heading = lines.first(where: { $0.hasPrefix("# ") }) {
            return heading.dropFirst(2).trimmingCharacters(in: .whitespaces)
        }
        return lines.first { !$0.allSatisfy(\.isWhitespace) }?
            .trimmingCharacters(in: .whitespaces)
    }

    /// Lowercased words only, for spotting duplicates.
    static func wordKey(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The words of `text`, lowercased, without punctuation.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
            .map { String($0).replacingOccurrences(of: "’", with: "'") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            .filter { !$0.isEmpty }
    }

    /// `text` without Markdown emphasis markers (`*`, `**`, `_`, `__` around words).
    static func removeEmphasis(_ text: String) -> String {
        var result = ""
        // A flag, not a look at `result` at every "*": that made a long line of spaces and
        // stars take minutes (docs/fuzzing.md).
        var resultIsBlank = true
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == "*" {
                // A lone "* " at the start of a line is a bullet, not emphasis.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if resultIsBlank, next == " " {
                    result.append(character)
                    resultIsBlank = false
                }
                continue
            }
            if character == "_" {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                // Inside a word (snake_case, URLs) the underscore is text.
                if before.isLetter || before.isNumber, after.isLetter || after.isNumber {
                    result.append(character)
                }
                continue
            }
            result.append(character)
            if !character.isWhitespace { resultIsBlank = false }
        }
        return result
    }
}
