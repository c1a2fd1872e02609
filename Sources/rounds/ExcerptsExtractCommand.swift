import ArgumentParser
import Foundation
import RoundsPacks

/// `rounds excerpts extract ARTICLE`: candidate excerpts and the article's citation.
struct ExcerptsExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose excerpts from an article and find its citation.",
        discussion: """
            Reads a plain-text or Markdown article and lists the passages it quotes, best \
            first, each with the sentence around it and any reference its footnote points \
            to. The score counts the words of the quotation (up to 40), adds 10 when the \
            sentence reports speech and 3 for each word of feeling or experience (up to 15).
            """
    )

    @Argument(help: "The article, as a plain-text or Markdown file.")
    var article: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: article) else {
            throw RoundsPacksError.cannotRead(file: article)
        }
        // Decoding leniently would turn a picture or a PDF into a page of replacement
        // characters and report "no quotes found"; say what is wrong instead.
        guard let text = String(bytes: data, encoding: .utf8), !text.contains("\0") else {
            throw RoundsPacksError.notText(file: article)
        }
        if text.allSatisfy(\.isWhitespace) { throw RoundsPacksError.emptyArticle(file: article) }
        let result = ExcerptExtractor.extract(from: text)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print(ExcerptReport.text(result), terminator: "")
        }
    }
}
