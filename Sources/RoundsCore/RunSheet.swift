/// The timed plan of one Round, from arrival to close, measured from the Round's start.
///
/// Offsets count from the start of the Round (the welcome). Arrival and food come before it:
/// the arrival segment runs from `-arrivalMinutes` to 0, and the segments from the welcome to
/// the close add up to the format's ``RoundFormat/lengthMinutes``, so a UK Round booked
/// 12:00-13:00 has lunch from 11:45 and closes at 13:00.
///
/// Built from a format and the actual panel: each panellist gets a story slot in speaking
/// order. When the panel is larger or smaller than the format plans for, open discussion
/// gives or takes the difference, so the Round still ends on time. Zero-minute segments are
/// left out.
public struct RunSheet: Sendable, Hashable, Codable {
    /// The segments in order, each starting where the previous one ends; arrival, when there
    /// is one, starts at a negative offset and ends at 0.
    public let segments: [RunSheetSegment]

    /// A run sheet for `format` with one story slot per entry of `panel` (speaking order).
    ///
    /// Throws ``RoundsCoreError/formatOverruns(plannedMinutes:lengthMinutes:)`` when the
    /// stories leave no room for discussion, and the format's own validation errors.
    public init(format: RoundFormat, panel: [EmailAddress?]) throws(RoundsCoreError) {
        try format.validate()
        let storyMinutes = panel.count * format.storyMinutes
        let discussion = format.discussionMinutes + format.totalStoryMinutes - storyMinutes
        guard discussion >= 0 else {
            throw .formatOverruns(
                plannedMinutes: format.lengthMinutes - discussion,
                lengthMinutes: format.lengthMinutes)
        }
        var parts: [(RunSheetSegment.Kind, Int, Int?, EmailAddress?)] = [
            (.arrival, format.arrivalMinutes, nil, nil),
            (.welcome, format.welcomeMinutes, nil, nil),
            (.groundRules, format.groundRulesMinutes, nil, nil),
        ]
        for (index, person) in panel.enumerated() {
            parts.append((.story, format.storyMinutes, index + 1, person))
        }
        parts.append((.discussion, discussion, nil, nil))
        parts.append((.close, format.closeMinutes, nil, nil))
        // Arrival ends where the Round starts, so everything after it counts from 0.
        var offset = -format.arrivalMinutes
        var segments: [RunSheetSegment] = []
        for (kind, minutes, position, person) in parts where minutes > 0 {
            segments.append(
                RunSheetSegment(
                    kind: kind, startOffset: offset, minutes: minutes, speakingPosition: position,
                    panellist: person))
            offset += minutes
        }
        self.segments = segments
    }

    /// A run sheet for the format's planned number of panellists, none named yet.
    public init(format: RoundFormat) throws(RoundsCoreError) {
        try self.init(
            format: format, panel: Array(repeating: nil, count: max(0, format.panellists)))
    }

    /// A run sheet for `round`'s panel in speaking order.
    public init(format: RoundFormat, round: Round) throws(RoundsCoreError) {
        try self.init(format: format, panel: round.panelMembers.map { Optional($0) })
    }

    /// Minutes of the Round proper, welcome to close, equal to the format's length; arrival
    /// is not counted.
    public var totalMinutes: Int {
        segments.filter { $0.kind != .arrival }.reduce(0) { $0 + $1.minutes }
    }
}

/// One part of a run sheet.
public struct RunSheetSegment: Sendable, Hashable, Codable {
    /// What happens in the segment.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// People arrive and collect food.
        case arrival
        /// The clinical lead welcomes everyone and introduces the theme and panel.
        case welcome
        /// A facilitator sets out confidentiality, respect and no fixing.
        case groundRules = "ground-rules"
        /// One panellist tells their story.
        case story
        /// Facilitated open discussion with the audience.
        case discussion
        /// Thanks, support on offer, and evaluation forms.
        case close
    }

    /// What happens.
    public let kind: Kind
    /// Minutes from the start of the Round (the welcome); negative for arrival, before it.
    public let startOffset: Int
    /// Length in minutes.
    public let minutes: Int
    /// For a story, the panellist's place in the speaking order (1 first).
    public let speakingPosition: Int?
    /// For a story, who tells it, when the panel is known.
    public let panellist: EmailAddress?

    /// A segment.
    public init(
        kind: Kind, startOffset: Int, minutes: Int, speakingPosition: Int? = nil,
        panellist: EmailAddress? = nil
    ) {
        self.kind = kind
        self.startOffset = startOffset
        self.minutes = minutes
        self.speakingPosition = speakingPosition
        self.panellist = panellist
    }

    /// Minutes from the start of the Round to the end of the segment (0 for arrival).
    public var endOffset: Int { startOffset + minutes }

    /// A heading for the pack, such as `Story 2` or `Open discussion`.
    public var title: String {
        switch kind {
        case .arrival: "Arrival and food"
        case .welcome: "Welcome"
        case .groundRules: "Ground rules"
        case .story: "Story \(speakingPosition ?? 1)"
        case .discussion: "Open discussion"
        case .close: "Close and evaluation"
        }
    }

    /// The segment's start on the wall clock of a Round starting at `roundStart`.
    public func start(from roundStart: LocalDateTime) -> LocalDateTime {
        roundStart.adding(minutes: startOffset)
    }

    /// The segment's end on the wall clock of a Round starting at `roundStart`.
    public func end(from roundStart: LocalDateTime) -> LocalDateTime {
        roundStart.adding(minutes: endOffset)
    }
}
