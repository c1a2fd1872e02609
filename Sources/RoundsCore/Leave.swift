/// A period when someone is away and must not be given a Round.
///
/// The note is private (it may say why someone is away): it is kept out of `description`,
/// `debugDescription`, mirrors, warnings and errors.
public struct Leave: Sendable, Hashable, Codable {
    /// Who is away.
    public var person: EmailAddress
    /// The days away, inclusive.
    public var range: DateRange
    /// Private note. Confidential.
    public var note: String?

    /// A leave record.
    public init(person: EmailAddress, range: DateRange, note: String? = nil) {
        self.person = person
        self.range = range
        self.note = note
    }
}

extension Leave: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `ana.price@northbrook.nhs.uk away 2027-08-02..2027-08-13`; never the note.
    public var description: String { "\(person) away \(range)" }
    /// Same as ``description``: the note stays out of logs.
    public var debugDescription: String { "Leave(\(description))" }
    /// A mirror without the note, so `dump` cannot print it.
    public var customMirror: Mirror {
        Mirror(self, children: ["person": person, "range": range], displayStyle: .struct)
    }
}
