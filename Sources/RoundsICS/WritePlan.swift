internal import CLibical
import Foundation

/// A document checked for writing: its events with parsed rules, and the zones they use with
/// the span each VTIMEZONE must cover.
struct WritePlan {
    struct PreparedEvent {
        var event: CalendarEvent
        var rules: [RecurrenceRule]
    }

    /// The instants a VTIMEZONE must cover; `end` is nil when a rule never ends.
    struct Span {
        var start: Date
        var end: Date?

        func union(_ other: Span) -> Span {
            let end: Date? =
                if let mine = self.end, let theirs = other.end { max(mine, theirs) } else { nil }
            return Span(start: min(start, other.start), end: end)
        }
    }

    struct ZoneUse {
        var name: String
        var span: Span
    }

    var events: [PreparedEvent] = []
    /// Sorted by name, so output is byte-stable.
    var zones: [ZoneUse] = []

    /// The margin kept on either side of the events' span, so that alarms and clients that look
    /// a little before or after an event still find the zone's rules.
    static let margin: TimeInterval = 86_400

    init(document: CalendarDocument) throws {
        try Self.checkText(document.productID, field: "product identifier (PRODID)") {
            RoundsICSError.invalidCalendar(problem: $0)
        }
        if document.productID.isEmpty {
            throw RoundsICSError.invalidCalendar(
                problem: "its product identifier (PRODID) is empty. Name the program that made it.")
        }
        if let name = document.name {
            try Self.checkText(name, field: "name", allowingLineBreaks: false) {
                RoundsICSError.invalidCalendar(problem: $0)
            }
        }
        var seen = Set<String>()
        var spans: [String: Span] = [:]
        for event in document.events {
            let prepared = try Self.prepare(event)
            let key = event.uid + "\u{0}" + (event.recurrenceID.map { "\($0)" } ?? "master")
            guard seen.insert(key).inserted else {
                throw RoundsICSError.invalidEvent(
                    uid: event.uid,
                    problem: event.recurrenceID == nil
                        ? "the calendar holds two events with this UID. Give each event its own."
                        : "the calendar holds two changes to the same occurrence of this event.")
            }
            events.append(prepared)
            let zoneNames = Set(Self.times(of: event).compactMap(\.zoneName))
            guard !zoneNames.isEmpty else { continue }
            let span = try Self.span(of: prepared)
            for zone in zoneNames {
                spans[zone] = spans[zone].map { $0.union(span) } ?? span
            }
        }
        zones = spans.keys.sorted().compactMap { name in
            spans[name].map { ZoneUse(name: name, span: Self.widened($0)) }
        }
    }

    /// Every date or time an event mentions.
    static func times(of event: CalendarEvent) -> [CalendarTime] {
        [event.start] + [event.end, event.recurrenceID].compactMap { $0 }
            + event.recurrence.additionalDates + event.recurrence.exceptionDates
    }

    /// The span rounded out to whole UTC days plus the margin, so that small changes to an
    /// event do not change the VTIMEZONE.
    static func widened(_ span: Span) -> Span {
        let day = 86_400.0
        let start = ((span.start.timeIntervalSince1970 - margin) / day).rounded(.down) * day
        let end = span.end.map { (($0.timeIntervalSince1970 + margin) / day).rounded(.up) * day }
        return Span(
            start: Date(timeIntervalSince1970: start),
            end: end.map { Date(timeIntervalSince1970: $0) })
    }

    /// From the earliest time the event mentions to the end of its last occurrence; open-ended
    /// when a rule has neither COUNT nor UNTIL or runs past the expansion limit.
    static func span(of prepared: PreparedEvent) throws -> Span {
        let event = prepared.event
        let instants = try times(of: event).map { try TimeZones.instant(of: $0, floatingIn: "UTC") }
        let start = try TimeZones.instant(of: event.start, floatingIn: "UTC")
        let length = try EventLength(event).seconds(from: start)
        var latest = instants.max() ?? start
        latest = max(latest, start + length)
        for date in event.recurrence.additionalDates {
            latest = max(latest, try TimeZones.instant(of: date, floatingIn: "UTC") + length)
        }
        for rule in prepared.rules {
            guard rule.isBounded, rule.isWalkable else {
                return Span(start: instants.min() ?? start, end: nil)
            }
            var last: icaltimetype?
            let walk = try rule.forEach(
                from: event.start, uid: event.uid, limit: RecurrenceRule.expansionLimit
            ) { time in
                last = time
                return true
            }
            guard walk.ended else { return Span(start: instants.min() ?? start, end: nil) }
            if let last {
                let occurrence = event.start.replacingValue(with: last)
                latest = max(
                    latest, try TimeZones.instant(of: occurrence, floatingIn: "UTC") + length)
            }
        }
        return Span(start: instants.min() ?? start, end: latest)
    }
}

// MARK: - Checks

extension WritePlan {
    static func prepare(_ event: CalendarEvent) throws -> PreparedEvent {
        let uid = event.uid
        func problem(_ text: String) -> RoundsICSError {
            RoundsICSError.invalidEvent(uid: uid, problem: text)
        }
        if uid.isEmpty {
            throw problem("its UID is empty. Give every event a unique identifier.")
        }
        if uid.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw problem(
                "its UID contains a line break or another control character. "
                    + "Use letters, digits and punctuation only.")
        }
        guard (0...Int(Int32.max)).contains(event.sequence) else {
            throw problem("its sequence number \(event.sequence) is out of range (0 or more).")
        }
        for time in times(of: event) {
            _ = try RecurrenceRule.icalTime(time)
        }
        try checkEnd(of: event, problem: problem)
        let texts: [(String?, String)] = [
            (event.summary, "summary"), (event.description, "description"),
            (event.location, "location"),
        ]
        for (value, field) in texts {
            if let value { try checkText(value, field: field, make: problem) }
        }
        if let url = event.url { try checkURI(url, field: "link (URL)", make: problem) }
        for conference in event.conferences {
            try checkURI(conference.uri, field: "video call link", make: problem)
            if let label = conference.label {
                try checkText(
                    label, field: "video call label", allowingLineBreaks: false,
                    make: problem)
            }
        }
        for category in event.categories {
            try checkText(category, field: "category", allowingLineBreaks: false, make: problem)
            if category.isEmpty || category.contains(",") {
                throw problem("a category is empty or contains a comma, which would split it.")
            }
        }
        if let organizer = event.organizer {
            try checkPerson(email: organizer.email, name: organizer.name, make: problem)
        }
        for attendee in event.attendees {
            try checkPerson(email: attendee.email, name: attendee.name, make: problem)
        }
        for reminder in event.reminders {
            guard (0...527_040).contains(reminder.minutesBefore) else {
                throw problem("a reminder must come between 0 minutes and a year before the start.")
            }
            try checkText(reminder.message, field: "reminder message", make: problem)
            if reminder.message.isEmpty { throw problem("a reminder has no message.") }
        }
        let rules = try event.recurrence.rules.map { try RecurrenceRule.parse($0, uid: uid) }
        for rule in rules where !rule.untilMatches(event.start) {
            throw problem(
                "the end (UNTIL) of its repeat rule \"\(rule.text)\" must be "
                    + (event.start.isAllDay
                        ? "a date, because the event lasts all day."
                        : "a UTC time ending in Z, because the event has a time of day."))
        }
        for rule in rules where rule.isWalkable {
            // libical refuses some rules only once it has a start to iterate from.
            _ = try rule.forEach(from: event.start, uid: uid, limit: 1) { _ in false }
        }
        let others =
            event.recurrence.additionalDates + event.recurrence.exceptionDates
            + [event.recurrenceID].compactMap { $0 }
        if others.contains(where: { $0.isAllDay != event.start.isAllDay }) {
            throw problem(
                "its extra dates, excluded dates and occurrence it changes must all be "
                    + (event.start.isAllDay ? "dates, like its start." : "times, like its start."))
        }
        return PreparedEvent(event: event, rules: rules)
    }

    static func checkEnd(of event: CalendarEvent, problem: (String) -> RoundsICSError) throws {
        if let end = event.end {
            guard end.isAllDay == event.start.isAllDay else {
                throw problem("its start and end must both be dates or both be times of day.")
            }
            let start = try TimeZones.instant(of: event.start, floatingIn: "UTC")
            let finish = try TimeZones.instant(of: end, floatingIn: "UTC")
            guard finish > start else {
                throw problem(
                    "it ends at \(end.text), which is not after its start at "
                        + "\(event.start.text).")
            }
        } else if let seconds = event.durationSeconds {
            guard seconds > 0, seconds <= Int(Int32.max) else {
                throw problem("its duration must be more than zero seconds.")
            }
            if event.start.isAllDay && seconds % 86_400 != 0 {
                throw problem("an all-day event must last a whole number of days.")
            }
        }
    }

    /// Refuses NUL (which would cut the text short in C) and control characters other than
    /// tab and line breaks, which RFC 5545 does not allow in text.
    static func checkText(
        _ value: String, field: String, allowingLineBreaks: Bool = true,
        make: (String) -> RoundsICSError
    ) throws {
        let allowed: Set<Unicode.Scalar> = allowingLineBreaks ? ["\t", "\n", "\r"] : []
        let bad = value.unicodeScalars.contains {
            $0.properties.generalCategory == .control && !allowed.contains($0)
        }
        if bad {
            throw make(
                "its \(field) contains a control character"
                    + (allowingLineBreaks ? "." : " or line break, which it cannot hold."))
        }
    }

    static func checkURI(_ value: String, field: String, make: (String) -> RoundsICSError) throws {
        let hasScheme = value.firstIndex(of: ":").map { $0 > value.startIndex } ?? false
        let clean = !value.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0 == " "
        }
        guard hasScheme, clean, URL(string: value) != nil else {
            throw make("its \(field) is not a valid address; it must look like https://...")
        }
    }

    static func checkPerson(
        email: String, name: String?, make: (String) -> RoundsICSError
    ) throws {
        var address = email
        if address.lowercased().hasPrefix("mailto:") { address.removeFirst(7) }
        let clean = !address.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0 == " " || $0 == ":"
        }
        guard clean, let at = address.firstIndex(of: "@"), at > address.startIndex,
            address.index(after: at) < address.endIndex
        else {
            throw make("the email address \"\(address)\" is not valid.")
        }
        if let name {
            try checkText(name, field: "name of \(address)", allowingLineBreaks: false, make: make)
        }
    }
}

/// How long each occurrence of an event lasts.
struct EventLength {
    /// Whole days for all-day events (nominal, RFC 5545 3.3.6), otherwise exact seconds.
    var days: Int?
    var seconds: Int

    init(_ event: CalendarEvent) throws {
        switch (event.start, event.end) {
        case (.allDay(let start), .allDay(let end)?):
            days = Self.dayNumber(end) - Self.dayNumber(start)
            seconds = 0
        case (_, let end?):
            days = nil
            seconds = Int(
                try TimeZones.instant(of: end, floatingIn: "UTC").timeIntervalSince(
                    try TimeZones.instant(of: event.start, floatingIn: "UTC")))
        case (.allDay, nil):
            days = max(1, (event.durationSeconds ?? 86_400) / 86_400)
            seconds = 0
        default:
            days = nil
            seconds = event.durationSeconds ?? 0
        }
    }

    /// The length in seconds of an occurrence starting at `start` (whole days counted as 24h,
    /// which is enough for working out spans).
    func seconds(from start: Date) -> TimeInterval {
        TimeInterval(days.map { $0 * 86_400 } ?? seconds)
    }

    static func dayNumber(_ day: CalendarDay) -> Int {
        Int(icaltime_as_timet(TimeZones.icalDate(day)) / 86_400)
    }
}

extension CalendarTime {
    var isAllDay: Bool {
        if case .allDay = self { return true }
        return false
    }

    var zoneName: String? {
        if case .zoned(_, let zone) = self { return zone }
        return nil
    }

    /// ISO 8601 text for messages, with the zone when there is one.
    var text: String {
        switch self {
        case .allDay(let day): day.description
        case .utc(let wall): wall.description + "Z"
        case .zoned(let wall, let zone): wall.description + " " + zone
        case .floating(let wall): wall.description
        }
    }

    /// The same kind of time (zone, UTC, floating or date) at libical's `value`.
    func replacingValue(with value: icaltimetype) -> CalendarTime {
        let wall = TimeZones.wallClock(value)
        switch self {
        case .allDay: return .allDay(wall.day)
        case .utc: return .utc(wall)
        case .zoned(_, let zone): return .zoned(wall, zone: zone)
        case .floating: return .floating(wall)
        }
    }
}
