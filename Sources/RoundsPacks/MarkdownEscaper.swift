internal import Mustache

/// Escapes text so that Markdown shows it literally: no emphasis, links, code, HTML or tables.
///
/// Text is treated as inline content: line breaks become spaces, so a value can sit in a table
/// cell or a list item without breaking it. Characters that start inline markup anywhere
/// (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `&`) get a backslash; characters that only
/// start a block at the beginning of a line (`+`, `-`, `=`, `#`, and `1.` / `1)` lists) are
/// escaped there. Letters, digits and ordinary punctuation are left alone so the text stays
/// readable as plain text.
package enum MarkdownEscaper {
    private static let inlineSignificant: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&",
    ]
    private static let lineStartSignificant: Set<Character> = ["+", "-", "=", "#"]

    /// `text` with every Markdown-significant character escaped.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count + 8)
        let flattened = flatten(text)
        var atStart = true
        var leadingDigits = 0
        for character in flattened {
            if atStart, lineStartSignificant.contains(character) {
                result.append("\\")
            }
            if leadingDigits > 0, atStart, character == "." || character == ")" {
                result.append("\\")
            }
            if inlineSignificant.contains(character) {
                result.append("\\")
            }
            result.append(character)
            if atStart, character.isASCII, character.isNumber {
                leadingDigits += 1
                continue
            }
            if atStart, character == " ", leadingDigits == 0 {
                continue
            }
            atStart = false
        }
        return result
    }

    /// Line breaks and tabs as single spaces, and no leading or trailing spaces.
    private static func flatten(_ text: String) -> String {
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}

/// The Mustache content type `MARKDOWN`: `{{name}}` escapes with ``MarkdownEscaper``.
struct MarkdownContentType: MustacheContentType {
    /// The name used in `{{% CONTENT_TYPE: MARKDOWN }}`.
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }

    /// Registers the content type with swift-mustache once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
