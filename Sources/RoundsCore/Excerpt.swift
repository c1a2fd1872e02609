/// A passage from something people have read, used to seed a theme.
public struct Excerpt: Sendable, Hashable, Codable {
    /// Stable key, such as `fitzsimons-2022-executive-hat`.
    public var id: String
    /// The quoted words.
    public var quotation: String
    /// The reference, such as `Fitzsimons. BMJ 2022;378:o1650`.
    public var citation: String
    /// Where to read the source; nil when there is no link.
    public var url: String?
    /// The programme's own note on why the passage matters.
    public var note: String?
    /// Prompts the passage suggests for a theme built on it.
    public var suggestedPrompts: [String]

    /// An excerpt.
    public init(
        id: String, quotation: String, citation: String, url: String? = nil,
        note: String? = nil, suggestedPrompts: [String] = []
    ) {
        self.id = id
        self.quotation = quotation
        self.citation = citation
        self.url = url
        self.note = note
        self.suggestedPrompts = suggestedPrompts
    }

    private enum CodingKeys: String, CodingKey {
        case id, quotation, citation, url, note, suggestedPrompts
    }

    /// Decodes an excerpt; url, note and prompts may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            quotation: try c.decode(String.self, forKey: .quotation),
            citation: try c.decode(String.self, forKey: .citation),
            url: try c.decodeIfPresent(String.self, forKey: .url),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            suggestedPrompts: try c.decodeIfPresent([String].self, forKey: .suggestedPrompts)
                ?? [])
    }
}
