/// The panel preparation meeting before a Round, for its facilitators and panel.
public struct PrepMeeting: Sendable, Hashable, Codable {
    /// Start, wall clock in the programme's zone.
    public var start: LocalDateTime
    /// End, wall clock in the programme's zone.
    public var end: LocalDateTime

    /// A meeting from `start` to `end`.
    public init(start: LocalDateTime, end: LocalDateTime) {
        self.start = start
        self.end = end
    }

    /// A meeting of `minutes` minutes from `start`.
    public init(start: LocalDateTime, minutes: Int) {
        self.init(start: start, end: start.adding(minutes: minutes))
    }
}
