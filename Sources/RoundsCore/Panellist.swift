/// One member of a Round's panel, in speaking order.
///
/// The story's working title and the private notes are confidential: they appear only in the
/// facilitators' pack, never in feeds, invitations, warnings, errors or logs, and are left out
/// of `description`, `debugDescription` and mirrors.
public struct Panellist: Sendable, Hashable {
    /// Who tells the story.
    public var person: EmailAddress
    /// Working title of the story. Confidential.
    public var storyTitle: String?
    /// Facilitators' private notes. Confidential.
    public var notes: String?
    /// True when the panellist agreed to their name showing on the Round's public web page
    /// (`show_name` in the programme file); false, the default, keeps it off every public page.
    public var showsName: Bool

    /// A panellist; the name stays off public pages unless `showsName`.
    public init(
        person: EmailAddress, storyTitle: String? = nil, notes: String? = nil,
        showsName: Bool = false
    ) {
        self.person = person
        self.storyTitle = storyTitle
        self.notes = notes
        self.showsName = showsName
    }
}

extension Panellist: Codable {
    private enum CodingKeys: String, CodingKey { case person, storyTitle, notes, showsName }

    /// Decodes a panellist; `showsName` may be left out (false).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            person: try c.decode(EmailAddress.self, forKey: .person),
            storyTitle: try c.decodeIfPresent(String.self, forKey: .storyTitle),
            notes: try c.decodeIfPresent(String.self, forKey: .notes),
            showsName: try c.decodeIfPresent(Bool.self, forKey: .showsName) ?? false)
    }

    /// Encodes a panellist; `showsName` only when true, so earlier encodings read the same.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(person, forKey: .person)
        try c.encodeIfPresent(storyTitle, forKey: .storyTitle)
        try c.encodeIfPresent(notes, forKey: .notes)
        if showsName { try c.encode(showsName, forKey: .showsName) }
    }
}

extension Panellist: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The panellist's email only.
    public var description: String { person.description }
    /// `Panellist(ana.price@...)`: the story and notes stay out of logs.
    public var debugDescription: String { "Panellist(\(person))" }
    /// A mirror without the confidential fields, so `dump` cannot print them.
    public var customMirror: Mirror {
        Mirror(self, children: ["person": person], displayStyle: .struct)
    }
}
