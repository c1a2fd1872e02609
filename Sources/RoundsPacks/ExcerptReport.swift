/// The plain-text listing of what ``ExcerptExtractor`` found, for `rounds excerpts extract`.
package enum ExcerptReport {
    /// The title, citation and candidates as lines of text.
    package static func text(_ article: ExtractedArticle) -> String {
        var lines: [String] = []
        lines.append("Article: \(article.title ?? "(no title)")")
        if let citation = article.citation {
            var parts: [String] = []
            if let journal = citation.journal { parts.append("journal \(journal)") }
            if let year = citation.year { parts.append("year \(year)") }
            if let volume = citation.volume { parts.append("volume \(volume)") }
            if let id = citation.articleID { parts.append("article \(id)") }
            if let doi = citation.doi { parts.append("DOI \(doi)") }
            lines.append(
                "Citation: \(citation.text)"
                    + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"))
        } else {
            lines.append("Citation: none found; add one by hand when you save an excerpt.")
        }
        lines.append("")
        if article.candidates.isEmpty {
            lines.append("No quoted passages of two words or more were found.")
        }
        if let leftOut = article.quotationsLeftOut {
            lines.append(
                "Only the first \(ExcerptExtractor.quotationLimit) quoted passages were "
                    + "considered; \(leftOut) more were left out.")
            lines.append("")
        }
        for (index, candidate) in article.candidates.enumerated() {
            var facts = ["score \(candidate.score)", "line \(candidate.line)"]
            facts.append(candidate.words == 1 ? "1 word" : "\(candidate.words) words")
            if candidate.reportedSpeech { facts.append("reported speech") }
            if !candidate.feelingWords.isEmpty {
                facts.append("feeling: \(candidate.feelingWords.joined(separator: ", "))")
            }
            lines.append("\(index + 1). \(facts.joined(separator: "; "))")
            lines.append("   “\(candidate.quotation)”")
            lines.append("   In context: \(candidate.context)")
            if let reference = candidate.reference { lines.append("   Reference: \(reference)") }
            lines.append("")
        }
        return lines.joined(separator: "\n") + (lines.last == "" ? "" : "\n")
    }
}
