package import RoundsCore

/// Seeds a theme from an excerpt: what `rounds themes add --from-excerpt ID` stores.
package enum ThemeSeed {
    /// Most words of a quotation used as a title before it is cut short.
    package static let titleWords = 8

    /// A theme built on `excerpt`.
    ///
    /// The title is the one given, else the quotation (capitalised, without closing
    /// punctuation, cut at ``titleWords`` words). The prompts are the ones given, else the
    /// excerpt's suggested prompts, else the format's default reflective prompts. The slug is
    /// the one given, else made from the title.
    package static func theme(
        from excerpt: Excerpt, slug: String? = nil, title: String? = nil,
        description: String? = nil, prompts: [String] = [], preset: FormatPreset = .uk
    ) -> Theme {
        let title = title ?? self.title(for: excerpt.quotation)
        let chosenPrompts =
            !prompts.isEmpty
            ? prompts
            : !excerpt.suggestedPrompts.isEmpty
                ? excerpt.suggestedPrompts : ReflectivePrompts.defaults(for: preset)
        return Theme(
            slug: slug ?? Slug.make(from: title), title: title,
            description: description ?? "Seeded from “\(excerpt.quotation)” (\(excerpt.citation)).",
            prompts: chosenPrompts, excerptIDs: [excerpt.id])
    }

    /// A title made from a quotation, such as `Toughen up` from "toughen up".
    package static func title(for quotation: String) -> String {
        let words = quotation.split(whereSeparator: \.isWhitespace)
        var text = words.prefix(titleWords).joined(separator: " ")
        while let last = text.last, ".,;:!?\"”’".contains(last) { text.removeLast() }
        if words.count > titleWords { text += "…" }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
