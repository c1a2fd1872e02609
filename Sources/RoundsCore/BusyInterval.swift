/// A time a person is busy, read from their calendar, in the programme's wall-clock time.
///
/// The one busy-time record: the availability import makes them, the store keeps them and the
/// rota plans around them.
public struct BusyInterval: Sendable, Hashable, Codable {
    /// Whose time it is.
    public var person: EmailAddress
    /// When the busy time starts.
    public var start: LocalDateTime
    /// When it ends (exclusive).
    public var end: LocalDateTime

    /// A busy interval; an end before the start is treated as the start.
    public init(person: EmailAddress, start: LocalDateTime, end: LocalDateTime) {
        self.person = person
        self.start = start
        self.end = max(start, end)
    }

    /// True when the interval shares any minute with `start..<end`.
    public func overlaps(start other: LocalDateTime, end otherEnd: LocalDateTime) -> Bool {
        start < otherEnd && other < end
    }
}
