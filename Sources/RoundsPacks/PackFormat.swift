/// An output format for facilitator packs.
package enum PackFormat: String, Sendable, Hashable, CaseIterable {
    /// One self-contained HTML file with a print stylesheet.
    case html
    /// Markdown with the same content.
    case markdown = "md"
    /// PDF printed from the HTML by Chromium or WeasyPrint.
    case pdf

    /// The file extension, without the dot.
    package var fileExtension: String { rawValue }

    /// The template folder this format renders from (`html` or `markdown`).
    var templateFolder: String {
        switch self {
        case .html, .pdf: "html"
        case .markdown: "markdown"
        }
    }
}
