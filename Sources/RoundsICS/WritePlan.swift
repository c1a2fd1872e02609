internal import CLibical
import Foundation

/// A document checked for writing: its events with parsed rules, and the zones they use with
/// the span each VTIMEZONE must cover.
struct WritePlan {
    struct PreparedEvent {
        var event: CalendarEvent
        var rules: [RecurrenceRule]
    }

    /// The first instant a VTIMEZONE must cover. (Only the start: the writer keeps each zone's
    /// rules open-ended, docs/ics.md "VTIMEZONE".)
    struct Span {
        var start: Date

        func union(_ other: Span) -> Span {
            Span(start: min(start, other.start))
        }
    }

    struct ZoneUse {
        var name: String
        var span: Span
    }

    var events: [PreparedEvent] = []
    /// Sorted by name, so output is byte-stable.
    var zones: [ZoneUse] = []

    /// The margin kept before the events' first time, so that alarms and clients that look a
    /// little before an event still find the zone's rules.
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
        var seen = Set<EventKey>(minimumCapacity: document.events.count)
        // Few zones per calendar: a list searched in order costs less than hashing each name.
        var spans: [ZoneUse] = []
        var instants = InstantCache()
        events.reserveCapacity(document.events.count)
        for event in document.events {
            let prepared = try Self.prepare(event, instants: &instants)
            if let method = document.method, [.request, .add, .cancel].contains(method),
                event.organizer == nil || event.attendees.isEmpty
            {
                throw RoundsICSError.invalidEvent(
                    uid: event.uid,
                    problem: "an invitation, update or cancellation (METHOD:\(method.rawValue)) "
                        + "needs an organizer and at least one attendee on every event.")
            }
            guard seen.insert(EventKey(uid: event.uid, recurrenceID: event.recurrenceID)).inserted
            else {
                throw RoundsICSError.invalidEvent(
                    uid: event.uid,
                    problem: event.recurrenceID == nil
                        ? "the calendar holds two events with this UID. Give each event its own."
                        : "the calendar holds two changes to the same occurrence of this event.")
            }
            events.append(prepared)
            var usesZone = false
            Self.forEachTime(of: event) { usesZone = usesZone || $0.zoneName != nil }
            guard usesZone else { continue }
            let span = try Self.span(of: prepared, instants: &instants)
            // A zone met twice takes the same union twice, which changes nothing.
            Self.forEachTime(of: event) { time in
                guard let zone = time.zoneName else { return }
                if let index = spans.firstIndex(where: { $0.name == zone }) {
                    spans[index].span = spans[index].span.union(span)
                } else {
                    spans.append(ZoneUse(name: zone, span: span))
                }
            }
        }
        zones = spans.sorted { $0.name < $1.name }.map { use in
            ZoneUse(name: use.name, span: Self.widened(use.span))
        }
    }

    /// Every date or time an event mentions.
    static func times(of event: CalendarEvent) -> [CalendarTime] {
        [event.start] + [event.end, event.recurrenceID].compactMap { $0 }
            + event.recurrence.additionalDates + event.recurrence.exceptionDates
    }

    /// Calls `body` with each of `times(of: event)`, in the same order, without building the
    /// array (the writer looks at every event's times three times).
    static func forEachTime(
        of event: CalendarEvent, _ body: (CalendarTime) throws -> Void
    ) rethrows {
        try body(event.start)
        if let end = event.end { try body(end) }
        if let recurrenceID = event.recurrenceID { try body(recurrenceID) }
        for date in event.recurrence.additionalDates { try body(date) }
        for date in event.recurrence.exceptionDates { try body(date) }
    }

    /// What makes two events the same event to a calendar program: the UID and which
    /// occurrence (nil for the event itself) it changes.
    struct EventKey: Hashable {
        var uid: String
        var recurrenceID: CalendarTime?
    }

    /// The span's start rounded down to a whole UTC day, less the margin, so that small changes
    /// to an event do not change the VTIMEZONE.
    static func widened(_ span: Span) -> Span {
        let day = 86_400.0
        let start = ((span.start.timeIntervalSince1970 - margin) / day).rounded(.down) * day
        return Span(start: Date(timeIntervalSince1970: start))
    }

    /// From the earliest time the event mentions.
    static func span(of prepared: PreparedEvent, instants cache: inout InstantCache) throws
        -> Span
    {
        let event = prepared.event
        var earliest = try cache.instant(of: event.start)
        try forEachTime(of: event) { time in
            earliest = min(earliest, try cache.instant(of: time))
        }
        return Span(start: earliest)
    }
}
