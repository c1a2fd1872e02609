/// A theme for a Round, such as "A patient I'll never forget".
public struct Theme: Sendable, Hashable, Codable {
    /// Stable key, such as `patient-never-forget`.
    public var slug: String
    /// Title shown in the feed and invitations.
    public var title: String
    /// A few sentences for publicity and the facilitator pack.
    public var description: String
    /// Reflective prompts for panellists and facilitators.
    public var prompts: [String]
    /// Ids of excerpts that seed the theme.
    public var excerptIDs: [String]
    /// The date of the last Round on this theme, when known from before Rounds kept records.
    public var lastUsed: LocalDate?

    /// A theme.
    public init(
        slug: String, title: String, description: String = "", prompts: [String] = [],
        excerptIDs: [String] = [], lastUsed: LocalDate? = nil
    ) {
        self.slug = slug
        self.title = title
        self.description = description
        self.prompts = prompts
        self.excerptIDs = excerptIDs
        self.lastUsed = lastUsed
    }

    /// The latest date the theme was used: its own ``lastUsed`` or the latest Round among
    /// `rounds` with this theme that is not cancelled, whichever is later.
    public func lastUse(among rounds: some Sequence<Round>) -> LocalDate? {
        let used = rounds.filter { $0.theme == slug && $0.status != .cancelled }.map(\.date)
        return (used + [lastUsed].compactMap { $0 }).max()
    }

    private enum CodingKeys: String, CodingKey {
        case slug, title, description, prompts, excerptIDs, lastUsed
    }

    /// Decodes a theme; everything but slug and title may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            slug: try c.decode(String.self, forKey: .slug),
            title: try c.decode(String.self, forKey: .title),
            description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
            prompts: try c.decodeIfPresent([String].self, forKey: .prompts) ?? [],
            excerptIDs: try c.decodeIfPresent([String].self, forKey: .excerptIDs) ?? [],
            lastUsed: try c.decodeIfPresent(LocalDate.self, forKey: .lastUsed))
    }
}
