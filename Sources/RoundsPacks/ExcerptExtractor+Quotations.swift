internal import Foundation

/// A paragraph of an article as one line of text, remembering where each source line starts.
struct ArticleParagraph {
    var text: [Character] = []
    /// (offset in `text`, line number from 1) for each source line.
    var lineStarts: [(Int, Int)] = []

    func line(at offset: Int) -> Int {
        // Binary search: a paragraph of many lines, each with a quotation, is not quadratic.
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle].0 <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? lineStarts[low - 1].1 : lineStarts.first?.1 ?? 1
    }
}

/// Numbered references and Markdown footnotes of an article.
struct ReferenceList {
    /// Reference text by key (`1`, `smith`).
    var entries: [String: String] = [:]
    /// Indexes of the lines that belong to the list (0-based), left out of the body.
    var lines: Set<Int> = []

    init(lines source: [String]) {
        let footnote = #/^\s*\[\^([^\]]+)\]:\s*(.+)$/#
        let numbered = #/^\s*(?:\[(\d+)\]|(\d+)[.)])\s+(.+)$/#
        var inReferences = false
        var lastKey: String?
        for (index, line) in source.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let match = line.wholeMatch(of: footnote) {
                entries[String(match.1)] = String(match.2)
                lines.insert(index)
                lastKey = String(match.1)
                continue
            }
            let heading = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: ":")).lowercased()
            if ["references", "reference list", "notes", "sources", "bibliography"]
                .contains(heading)
            {
                inReferences = true
                lines.insert(index)
                continue
            }
            if trimmed.hasPrefix("#") { inReferences = false }
            guard inReferences else {
                if trimmed.isEmpty { lastKey = nil }
                continue
            }
            if let match = line.wholeMatch(of: numbered) {
                let key = String(match.1 ?? match.2 ?? "")
                entries[key] = String(match.3)
                lastKey = key
                lines.insert(index)
            } else if !trimmed.isEmpty, let key = lastKey, entries[key] != nil {
                // In place: copying the entry for every line made a long one quadratic.
                entries[key]?.append(" " + trimmed)
                lines.insert(index)
            } else if !trimmed.isEmpty {
                lines.insert(index)
            }
        }
    }
}

/// How many more quotations an article may have considered, and how many were left out.
struct QuotationBudget {
    var remaining: Int
    var leftOut = 0
}

extension ExcerptExtractor {
    /// The article's paragraphs, leaving out the reference list, headings and the cite line.
    static func paragraphs(_ lines: [String], skipping skipped: Set<Int>) -> [ArticleParagraph] {
        var result: [ArticleParagraph] = []
        var current = ArticleParagraph()
        func finish() {
            if !current.text.isEmpty { result.append(current) }
            current = ArticleParagraph()
        }
        for (index, raw) in lines.enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(">") {
                // Block-quote marks and the spaces between them, in one pass: dropping one mark
                // at a time copied the line for each.
                line = String(
                    line.unicodeScalars.drop { $0 == ">" || CharacterSet.whitespaces.contains($0) })
            }
            if skipped.contains(index) || line.isEmpty || line.hasPrefix("#")
                || line.range(of: "cite this as", options: .caseInsensitive) != nil
            {
                finish()
                continue
            }
            if !current.text.isEmpty { current.text.append(" ") }
            current.lineStarts.append((current.text.count, index + 1))
            current.text.append(contentsOf: line)
        }
        finish()
        return result
    }

    /// The quoted passages of `paragraph` as candidates.
    static func quotations(
        in paragraph: ArticleParagraph, references: ReferenceList,
        budget: inout QuotationBudget
    ) -> [CandidateExcerpt] {
        let text = paragraph.text
        var found: [CandidateExcerpt] = []
        var index = 0
        // Opening marks with no closing mark after some earlier opener have none after any
        // later one either; without this, a line of unclosed marks took minutes (fuzzing).
        var unclosed: Set<Character> = []
        while index < text.count {
            let mark = text[index]
            guard !unclosed.contains(mark), let close = closingQuote(in: text, openingAt: index)
            else {
                let isApostrophe =
                    index > 0 && (text[index - 1].isLetter || text[index - 1].isNumber)
                if "“\"".contains(mark) || (mark == "‘" && !isApostrophe) { unclosed.insert(mark) }
                index += 1
                continue
            }
            let quotation = String(text[(index + 1)..<close])
            index = close + 1
            let quoteWords = words(quotation)
            guard quoteWords.count >= 2 else { continue }
            guard budget.remaining > 0 else {
                budget.leftOut += 1
                continue
            }
            budget.remaining -= 1
            let span = sentence(
                in: text, quoteStart: index - (quotation.count + 2), quoteEnd: close)
            let rawContext =
                (span.cutBefore ? "… " : "") + String(text[span.range])
                + (span.cutAfter ? " …" : "")
            let (context, keys) = removingMarkers(rawContext)
            var cleanQuote = removingMarkers(quotation).0
            while let last = cleanQuote.last, last == "," || last == ";" || last == ":" {
                cleanQuote = String(cleanQuote.dropLast()).trimmingCharacters(in: .whitespaces)
            }
            let speech =
                context.lowercased().range(of: speechPattern, options: .regularExpression) != nil
            var feelings: [String] = []
            for word in quoteWords where feelingLexicon.contains(word) && !feelings.contains(word) {
                feelings.append(word)
            }
            let length = min(quoteWords.count, 40) - max(quoteWords.count - 60, 0)
            let score = length + (speech ? 10 : 0) + min(feelings.count * 3, 15)
            found.append(
                CandidateExcerpt(
                    quotation: cleanQuote, context: context,
                    line: paragraph.line(at: close - quotation.count - 1),
                    words: quoteWords.count, reportedSpeech: speech, feelingWords: feelings,
                    score: score, reference: keys.lazy.compactMap { references.entries[$0] }.first))
        }
        return found
    }

    /// Where the quotation opened at `start` closes; nil when `start` opens none.
    static func closingQuote(in text: [Character], openingAt start: Int) -> Int? {
        let opener = text[start]
        switch opener {
        case "“":
            return text[(start + 1)...].firstIndex(of: "”")
        case "\"":
            return text[(start + 1)...].firstIndex(of: "\"")
        case "‘":
            // An apostrophe is a ’ between letters; a closing quote is not followed by a letter.
            if start > 0, text[start - 1].isLetter || text[start - 1].isNumber { return nil }
            var index = start + 1
            while index < text.count {
                if text[index] == "’", index + 1 == text.count || !text[index + 1].isLetter {
                    return index
                }
                index += 1
            }
            return nil
        default:
            return nil
        }
    }

    /// Any speech cue as a whole word or phrase: one expression instead of one per cue.
    static let speechPattern = "\\b(?:" + speechCues.joined(separator: "|") + ")\\b"

    /// How far the context reaches either side of a quotation, in characters. A longer sentence
    /// is cut at a word and marked "…": without a bound, a long sentence full of quotations
    /// took minutes, every quotation scanning and copying all of it (docs/fuzzing.md).
    static let contextReach = 300

    /// The sentence around the quotation from `quoteStart` (its opening mark) to `quoteEnd`,
    /// at most ``contextReach`` characters either side of the quotation, and whether it was
    /// cut before or after.
    static func sentence(in text: [Character], quoteStart: Int, quoteEnd: Int) -> (
        range: Range<Int>, cutBefore: Bool, cutAfter: Bool
    ) {
        // Comparisons, not sets: hashing a Character costs more than the rest of the scan.
        func isTerminator(_ character: Character) -> Bool {
            character == "." || character == "?" || character == "!"
        }
        func isCloser(_ character: Character) -> Bool {
            switch character {
            case "\"", "”", "’", ")": true
            default: character.unicodeScalars.count == 1 && isSuperscriptDigit(character)
            }
        }
        // Closing quotes and footnote markers after a full stop still belong to its sentence.
        func trailer(from index: Int) -> Int {
            var next = index
            while next < text.count {
                if isCloser(text[next]) {
                    next += 1
                } else if text[next] == "[",
                    let close = text[next..<min(text.count, next + 13)].firstIndex(of: "]")
                {
                    next = close + 1
                } else {
                    break
                }
            }
            return next
        }
        func endsSentence(at index: Int) -> Bool {
            guard isTerminator(text[index]) else { return false }
            if text[index] == ".", isAbbreviation(in: text, endingAt: index) { return false }
            let next = trailer(from: index + 1)
            return next == text.count || text[next] == " "
        }
        var start = quoteStart
        let earliest = max(0, quoteStart - contextReach)
        while start > earliest, !endsSentence(at: start - 1) { start -= 1 }
        let cutBefore = start > 0 && !endsSentence(at: start - 1)
        if cutBefore {
            // Start at a word: after the first space, or at the quotation.
            while start < quoteStart, text[start] != " " { start += 1 }
        } else if start > 0 {
            // A marker after the previous full stop belongs to the previous sentence.
            start = max(start, min(trailer(from: start), quoteStart))
        }
        var cutAfter = false
        var end = quoteEnd
        if quoteEnd > 0, isTerminator(text[quoteEnd - 1]),
            quoteEnd + 1 == text.count || text[quoteEnd + 1] == " ",
            quoteEnd + 2 >= text.count || text[quoteEnd + 2].isUppercase
        {
            end = quoteEnd
        } else {
            let latest = quoteEnd + contextReach
            while end + 1 < text.count, end < latest, !endsSentence(at: end) { end += 1 }
            if end + 1 < text.count, !endsSentence(at: end) {
                // End at a word: before the last space, or at the quotation.
                cutAfter = true
                while end > quoteEnd, text[end] != " " { end -= 1 }
                if end > quoteEnd { end -= 1 }
            } else {
                end = trailer(from: end + 1) - 1
            }
        }
        while start < text.count, text[start] == " " { start += 1 }
        return (start..<min(end + 1, text.count), cutBefore, cutAfter)
    }

    /// Titles and short forms whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "vs", "eg", "ie", "fig",
    ]

    /// True when the full stop at `index` closes an abbreviation ("Dr.", "e.g.") or an
    /// initial ("J. Smith").
    static func isAbbreviation(in text: [Character], endingAt index: Int) -> Bool {
        var start = index
        // No abbreviation is longer than "p.r.o.f": stop there, or a long run of letters and
        // full stops ("A.A.A.") is scanned again from every full stop.
        while start > 0, index - start <= 8, text[start - 1].isLetter || text[start - 1] == "." {
            start -= 1
        }
        guard index - start <= 8 else { return false }
        let word = String(text[start..<index])
        if word.count == 1, word.first?.isUppercase == true { return true }
        return abbreviations.contains(word.lowercased().replacingOccurrences(of: ".", with: ""))
    }
}
