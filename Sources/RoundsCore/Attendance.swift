/// One attendee's line on the sign-in sheet (or Teams' attendance report).
public struct SignIn: Sendable, Hashable, Codable {
    /// The name as written; nil when the line has none.
    public var name: String?
    /// Staff group or department as written; nil when not given.
    public var staffGroup: String?
    /// True when it was the person's first Round; nil when not asked or not answered.
    public var firstTime: Bool?
    /// The email address where one was given (Teams gives one); nil otherwise.
    public var email: String?
    /// The file and row it came from.
    public var source: RecordSource

    /// A sign-in; empty text becomes nil.
    public init(
        name: String?, staffGroup: String? = nil, firstTime: Bool? = nil, email: String? = nil,
        source: RecordSource
    ) {
        self.name = name.flatMap(nonBlank)
        self.staffGroup = staffGroup.flatMap(nonBlank)
        self.firstTime = firstTime
        self.email = email.flatMap(nonBlank)
        self.source = source
    }

    /// What recognises this sign-in on a second import: Round-independent content and row.
    public var identity: String {
        let parts = [
            source.kind.rawValue, String(source.row), name ?? "", staffGroup ?? "",
            firstTime.map { $0 ? "y" : "n" } ?? "", email ?? "",
        ]
        return "v1:" + String(stableHash(parts.joined(separator: "\u{1F}")), radix: 16)
    }
}

/// Who came to a held Round: a head count, sign-ins, or both.
public struct Attendance: Sendable, Hashable, Codable {
    /// The head count given with `rounds held --attendance`; nil when none was given.
    public var headCount: Int?
    /// The sign-ins imported, in sheet order.
    public var signIns: [SignIn]

    /// Attendance with `headCount` and `signIns`.
    public init(headCount: Int? = nil, signIns: [SignIn] = []) {
        self.headCount = headCount
        self.signIns = signIns
    }

    /// The number who came: the head count when given (not everyone signs in), else the
    /// sign-ins; never fewer than the sign-ins.
    public var count: Int { max(headCount ?? 0, signIns.count) }

    /// True when neither a head count nor a sign-in is known.
    public var isEmpty: Bool { headCount == nil && signIns.isEmpty }

    /// Sign-ins that said it was their first Round.
    public var firstTimers: Int { signIns.count { $0.firstTime == true } }
}

private func nonBlank(_ text: String) -> String? {
    let trimmed = text.trimmedWhitespace
    return trimmed.isEmpty ? nil : trimmed
}
