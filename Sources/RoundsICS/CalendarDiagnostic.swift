/// A problem found while reading a calendar, in words a calendar user understands.
public struct CalendarDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a problem is: an error makes the file unusable, a warning does not.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        case error
        case warning
    }

    /// A stable name for each kind of problem, for programs and tests; people read `message`.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case fileUnreadable = "file-unreadable"
        case emptyFile = "empty-file"
        case wrongEncoding = "wrong-encoding"
        case binaryData = "binary-data"
        case fileTooLarge = "file-too-large"
        case lineTooLong = "line-too-long"
        case nestingTooDeep = "nesting-too-deep"
        case noCalendar = "no-calendar"
        case notACalendar = "not-a-calendar"
        case unreadableCalendar = "unreadable-calendar"
        case endWithoutBegin = "end-without-begin"
        case wrongEnd = "wrong-end"
        case missingEnd = "missing-end"
        case truncated = "truncated"
        case unreadableLine = "unreadable-line"
        case unreadableValue = "unreadable-value"
        case unreadableParameter = "unreadable-parameter"
        case badRepeatRule = "bad-repeat-rule"
        case unknownTimeZone = "unknown-time-zone"
        case impossibleDate = "impossible-date"
        case missingUID = "missing-uid"
        case missingStart = "missing-start"
        case endBeforeStart = "end-before-start"
        case invalidText = "invalid-text"
        case unknownValue = "unknown-value"
        case unsupportedReminder = "unsupported-reminder"
    }

    /// Whether the problem makes the calendar unusable.
    public var severity: Severity
    /// Which kind of problem this is.
    public var kind: Kind
    /// The plain sentence a user reads; it never names libical internals.
    public var message: String
    /// The 1-based line in the file where the problem is, when it can be told.
    public var line: Int?
    /// The component the problem is in, such as `VEVENT`, when relevant.
    public var component: String?
    /// The UID of the event the problem is in, when it has one.
    public var uid: String?

    /// A diagnostic with every field given.
    public init(
        _ severity: Severity, _ kind: Kind, _ message: String, line: Int? = nil,
        component: String? = nil, uid: String? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.line = line
        self.component = component
        self.uid = uid
    }

    /// `line 12: error: message`, or `error: message` when there is no line.
    public var description: String {
        let prefix = line.map { "line \($0): " } ?? ""
        return prefix + severity.rawValue + ": " + message
    }
}
