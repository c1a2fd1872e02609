/// One member of a Round's panel, in speaking order.
///
/// The story's working title and the private notes are confidential: they appear only in the
/// facilitators' pack, never in feeds, invitations, warnings, errors or logs, and are left out
/// of `description`, `debugDescription` and mirrors.
public struct Panellist: Sendable, Hashable, Codable {
    /// Who tells the story.
    public var person: EmailAddress
    /// Working title of the story. Confidential.
    public var storyTitle: String?
    /// Facilitators' private notes. Confidential.
    public var notes: String?

    /// A panellist.
    public init(person: EmailAddress, storyTitle: String? = nil, notes: String? = nil) {
        self.person = person
        self.storyTitle = storyTitle
        self.notes = notes
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
