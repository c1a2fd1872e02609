public import RoundsCore

/// One timed segment of a Round's run sheet, in wall-clock times.
public struct RunSheetSegment: Sendable, Hashable {
    /// What happens, such as `Open discussion`.
    public var title: String
    /// Who leads it, such as `Facilitators`; empty when nobody in particular.
    public var lead: String
    /// Start on the wall clock.
    public var start: LocalDateTime
    /// End on the wall clock.
    public var end: LocalDateTime

    /// A segment.
    public init(title: String, lead: String, start: LocalDateTime, end: LocalDateTime) {
        self.title = title
        self.lead = lead
        self.start = start
        self.end = end
    }

    /// Length in minutes.
    public var minutes: Int { start.minutes(to: end) }
}

/// The run sheet of a Round: arrival and food, welcome, ground rules, each story in speaking
/// order, open discussion, close and evaluation, computed from the start and the format.
///
/// The close takes whatever is left before the Round's end (at least nothing), so a Round
/// booked longer or shorter than its format still ends on time on paper; ``overrunMinutes``
/// says by how much the fixed segments overrun a Round booked too short.
public struct PackRunSheet: Sendable, Hashable {
    /// The segments in order.
    public var segments: [RunSheetSegment]
    /// Minutes the fixed segments run past the Round's end; 0 when they fit.
    public var overrunMinutes: Int

    /// The run sheet for `round` in `format`; `storytellers` names each story slot in order.
    public init(round: Round, format: RoundFormat, storytellers: [String]) {
        var segments: [RunSheetSegment] = []
        var clock = round.start
        func add(_ title: String, _ lead: String, _ minutes: Int, always: Bool = false) {
            guard minutes > 0 || always else { return }
            let end = clock.adding(minutes: minutes)
            segments.append(RunSheetSegment(title: title, lead: lead, start: clock, end: end))
            clock = end
        }
        add("Arrival and food", "Administrator", format.arrivalMinutes)
        add("Welcome and introduction", "Clinical lead", format.welcomeMinutes)
        add("Ground rules", "Facilitators", format.groundRulesMinutes)
        for (index, name) in storytellers.enumerated() {
            add("Story \(index + 1)", name, format.storyMinutes)
        }
        add("Open discussion", "Facilitators", format.discussionMinutes)
        let left = clock.minutes(to: round.end)
        add("Close, thanks and evaluation forms", "Facilitators", max(left, 0), always: true)
        self.segments = segments
        self.overrunMinutes = max(-left, 0)
    }
}
