internal import Foundation

/// The reference of an article, as found in its text.
package struct ArticleCitation: Sendable, Hashable, Codable {
    /// The citation as one line, such as `BMJ 2022;378:o1650`.
    package var text: String
    /// The journal, such as `BMJ`.
    package var journal: String?
    /// The year of publication.
    package var year: Int?
    /// The volume.
    package var volume: String?
    /// The article id or first page, such as `o1650`.
    package var articleID: String?
    /// The DOI without a resolver prefix, such as `10.1136/bmj.o1650`.
    package var doi: String?

    /// A citation.
    package init(
        text: String, journal: String? = nil, year: Int? = nil, volume: String? = nil,
        articleID: String? = nil, doi: String? = nil
    ) {
        self.text = text
        self.journal = journal
        self.year = year
        self.volume = volume
        self.articleID = articleID
        self.doi = doi
    }

    /// Finds the citation in `lines` (already free of Markdown emphasis).
    ///
    /// A "Cite this as" line wins; otherwise the first `Journal YYYY;VOL:ID` reference in the
    /// text outside the reference list. A DOI outside the reference list is added.
    static func find(in lines: [String], outside referenceLines: Set<Int>) -> ArticleCitation? {
        // A DOI inside the reference list belongs to a cited work, not to the article.
        let doi = lines.enumerated().lazy.filter { !referenceLines.contains($0.offset) }
            .compactMap { firstDOI($0.element) }.first
        var citeLine: String?
        for line in lines {
            if let range = line.range(of: "cite this as", options: .caseInsensitive) {
                var rest = line[range.upperBound...].drop { $0 == ":" || $0.isWhitespace }
                while let last = rest.last, last == "." || last.isWhitespace {
                    rest = rest.dropLast()
                }
                citeLine = String(rest)
                break
            }
        }
        let searched =
            citeLine.map { [$0] }
            ?? lines.enumerated().filter { !referenceLines.contains($0.offset) }.map(\.element)
        for line in searched {
            if var citation = vancouver(in: line) {
                citation.doi = doi
                if let citeLine { citation.text = citeLine }
                return citation
            }
        }
        if let citeLine, !citeLine.isEmpty { return ArticleCitation(text: citeLine, doi: doi) }
        return doi.map { ArticleCitation(text: "doi:\($0)", doi: $0) }
    }

    /// `Journal YYYY;VOL:ID` (Vancouver style), such as `BMJ 2022;378:o1650`.
    static func vancouver(in line: String) -> ArticleCitation? {
        // Bounded words and word counts: unbounded, a long line of capitalised words made the
        // expression retry the rest of the line from every word (docs/fuzzing.md).
        let pattern =
            #"([A-Z][A-Za-z&.]{0,40}(?: [A-Z][A-Za-z&.]{0,40}){0,11})\.? ((?:19|20)\d\d);\s*(\d+)(?:\(\d+\))?:\s*([A-Za-z]?\d+(?:-[A-Za-z]?\d+)?)"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(
                in: line, range: NSRange(line.startIndex..., in: line))
        else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: line).map { String(line[$0]) }
        }
        guard let journal = group(1), let year = group(2), let volume = group(3),
            let article = group(4), let whole = group(0)
        else { return nil }
        return ArticleCitation(
            text: whole, journal: journal, year: Int(year), volume: volume, articleID: article)
    }

    /// The first DOI in `line`, without trailing punctuation.
    static func firstDOI(_ line: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"10\.\d{4,9}/[^\s"<>]+"#),
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range, in: line)
        else { return nil }
        var doi = line[range]
        while let last = doi.last, ".,;:)]".contains(last) { doi = doi.dropLast() }
        return String(doi)
    }
}
