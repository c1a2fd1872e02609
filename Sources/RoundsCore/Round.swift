/// One Round: when and where it is, its theme, facilitators, panel and preparation meeting.
///
/// Times are wall-clock values in the programme's zone. The panel's story titles and notes are
/// confidential (see ``Panellist``); `description` and mirrors of a Round never show them.
public struct Round: Sendable, Hashable {
    /// Permanent id, such as `R-0042`.
    public var id: RoundID
    /// Start, wall clock in the programme's zone.
    public var start: LocalDateTime
    /// End, wall clock in the programme's zone.
    public var end: LocalDateTime
    /// Slug of the venue; nil means the programme's default venue.
    public var venue: String?
    /// Slug of the theme; nil until one is chosen.
    public var theme: String?
    /// The co-facilitators: two when staffed, fewer while unstaffed.
    public var facilitators: [EmailAddress]
    /// The panel in speaking order.
    public var panel: [Panellist]
    /// The preparation meeting; nil until scheduled.
    public var prepMeeting: PrepMeeting?
    /// Planned, confirmed, held or cancelled.
    public var status: RoundStatus
    /// True when planning must not touch the Round at all, whatever its status.
    public var locked: Bool
    /// True when someone set the date by hand (`rounds move`); planning keeps it.
    public var datePinned: Bool
    /// True when someone chose the facilitators by hand (`rounds assign`); planning keeps them.
    public var facilitatorsPinned: Bool

    /// A Round; lists default to empty, status to planned, flags to false.
    public init(
        id: RoundID, start: LocalDateTime, end: LocalDateTime, venue: String? = nil,
        theme: String? = nil, facilitators: [EmailAddress] = [], panel: [Panellist] = [],
        prepMeeting: PrepMeeting? = nil, status: RoundStatus = .planned, locked: Bool = false,
        datePinned: Bool = false, facilitatorsPinned: Bool = false
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.venue = venue
        self.theme = theme
        self.facilitators = facilitators
        self.panel = panel
        self.prepMeeting = prepMeeting
        self.status = status
        self.locked = locked
        self.datePinned = datePinned
        self.facilitatorsPinned = facilitatorsPinned
    }

    /// The day of the Round.
    public var date: LocalDate { start.date }

    /// Length in minutes.
    public var durationMinutes: Int { start.minutes(to: end) }

    /// True when planning may change the Round: planned and not locked.
    public var isOpenToPlanning: Bool { status.isOpenToPlanning && !locked }

    /// Panel members' addresses in speaking order.
    public var panelMembers: [EmailAddress] { panel.map(\.person) }

    /// Everyone invited: facilitators first, then the panel, without repeats.
    public var participants: [EmailAddress] {
        var seen: Set<EmailAddress> = []
        return (facilitators + panelMembers).filter { seen.insert($0).inserted }
    }

    /// The UID of this Round's calendar event, such as `R-0042@northbrook.nhs.uk`.
    public func calendarUID(domain: String) -> String { id.calendarUID(domain: domain) }

    /// The UID of its preparation meeting, such as `R-0042-prep@northbrook.nhs.uk`.
    public func prepMeetingCalendarUID(domain: String) -> String {
        id.prepMeetingCalendarUID(domain: domain)
    }

    /// A label for messages, such as `R-0042 (9 Mar 2027)`.
    public var label: String { "\(id) (\(date.displayText))" }
}

extension Round: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `R-0042 2027-03-09T12:00..13:00 planned`: no panel details.
    public var description: String {
        "\(id) \(start)..\(end.date == start.date ? end.time.description : end.description) "
            + status.rawValue
    }

    /// Same as ``description`` with the facilitators and panel size.
    public var debugDescription: String {
        "Round(\(description), facilitators: \(facilitators), panellists: \(panel.count))"
    }

    /// A mirror whose panel shows only addresses, so `dump` cannot print confidential text.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "id": id, "start": start, "end": end, "venue": venue as Any,
                "theme": theme as Any, "facilitators": facilitators, "panel": panelMembers,
                "prepMeeting": prepMeeting as Any, "status": status, "locked": locked,
            ], displayStyle: .struct)
    }
}

extension Round: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, start, end, venue, theme, facilitators, panel, prepMeeting, status, locked
        case datePinned, facilitatorsPinned
    }

    /// Decodes a Round; lists, status and flags may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(RoundID.self, forKey: .id),
            start: try c.decode(LocalDateTime.self, forKey: .start),
            end: try c.decode(LocalDateTime.self, forKey: .end),
            venue: try c.decodeIfPresent(String.self, forKey: .venue),
            theme: try c.decodeIfPresent(String.self, forKey: .theme),
            facilitators: try c.decodeIfPresent([EmailAddress].self, forKey: .facilitators)
                ?? [],
            panel: try c.decodeIfPresent([Panellist].self, forKey: .panel) ?? [],
            prepMeeting: try c.decodeIfPresent(PrepMeeting.self, forKey: .prepMeeting),
            status: try c.decodeIfPresent(RoundStatus.self, forKey: .status) ?? .planned,
            locked: try c.decodeIfPresent(Bool.self, forKey: .locked) ?? false,
            datePinned: try c.decodeIfPresent(Bool.self, forKey: .datePinned) ?? false,
            facilitatorsPinned: try c.decodeIfPresent(Bool.self, forKey: .facilitatorsPinned)
                ?? false)
        guard start < end else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: RoundsCoreError.roundEndsBeforeStart(id).description,
                    underlyingError: RoundsCoreError.roundEndsBeforeStart(id)))
        }
    }
}
