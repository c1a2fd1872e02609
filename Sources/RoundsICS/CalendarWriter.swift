internal import CLibical
public import Foundation

/// Turns `CalendarDocument` values into iCalendar text, through libical.
///
/// What it writes, and why, is in docs/ics.md ("Writing"). In short: VERSION, PRODID, METHOD,
/// NAME and X-WR-CALNAME; one VTIMEZONE per zone the events use, cloned from libical's built-in
/// zone without the rules that ended before the events that use it; then the events in the order
/// given. Lines end in CRLF; folding at 75 octets and escaping are libical's. The same document
/// and clock give the same bytes.
public struct CalendarWriter: Sendable {
    /// The line ending of everything the writer returns (libical's, as RFC 5545 requires).
    public static let lineEnding = "\r\n"

    /// Supplies DTSTAMP for events whose `stamp` is nil.
    let clock: @Sendable () -> Date

    /// A writer that stamps events without a `stamp` with the time `clock` returns.
    public init(clock: @escaping @Sendable () -> Date) {
        self.clock = clock
    }

    /// The document as iCalendar text; throws `RoundsICSError` for input that cannot be written.
    public func write(_ document: CalendarDocument) throws -> String {
        let plan = try WritePlan(document: document)
        guard let calendar = LibicalComponent(kind: ICAL_VCALENDAR_COMPONENT) else {
            throw RoundsICSError.serialisationFailed
        }
        let root = calendar.pointer
        icalcomponent_add_property(root, icalproperty_new_prodid(document.productID))
        icalcomponent_add_property(root, icalproperty_new_version("2.0"))
        icalcomponent_add_property(root, icalproperty_new_calscale("GREGORIAN"))
        if let method = document.method {
            icalcomponent_add_property(root, icalproperty_new_method(method.libicalValue))
        }
        if let name = document.name {
            icalcomponent_add_property(root, icalproperty_new_name(name))
            let legacy = icalproperty_new_x(name)
            icalproperty_set_x_name(legacy, "X-WR-CALNAME")
            icalcomponent_add_property(root, legacy)
        }
        // libical puts each VTIMEZONE it is given before the others, so adding them in
        // reverse leaves them in name order in the text.
        for zone in plan.zones.reversed() {
            try addTimeZone(zone, to: root)
        }
        let fallbackStamp = clock()
        for prepared in plan.events {
            try addEvent(prepared, stamp: prepared.event.stamp ?? fallbackStamp, to: root)
        }
        return try calendar.serialised()
    }

    /// Adds a clone of libical's VTIMEZONE for `zone`, without the rules that ended before
    /// `zone.span` starts, named by the IANA name rather than libical's
    /// `/freeassociation.sourceforge.net/` TZID.
    private func addTimeZone(_ zone: WritePlan.ZoneUse, to root: OpaquePointer) throws {
        try TimeZones.withLibicalZones {
            let builtin = try TimeZones.builtinZone(named: zone.name)
            guard let original = icaltimezone_get_component(builtin),
                let clone = icalcomponent_new_clone(original)
            else { throw RoundsICSError.unknownTimeZone(zone.name) }
            // Added first so that the calendar owns (and frees) it whatever happens next.
            icalcomponent_add_component(root, clone)
            // Outlook-compatible truncation (ms_compatible 1) and no end: every observance
            // keeps its yearly RRULE from its first year, no RDATE is added, and no TZUNTIL.
            // libical's other forms write RDATEs in UTC (RFC 5545 3.6.5 asks for local time)
            // and, with an end, can cut a rule a year short; docs/ics.md "VTIMEZONE".
            let start = icaltime_from_timet_with_zone(
                TimeZones.timeT(zone.span.start), 0, TimeZones.utcZone)
            icaltimezone_truncate_vtimezone(clone, start, icaltime_null_time(), 1)
            Self.widenTransitionUntils(in: clone)
            if let tzid = icalcomponent_get_first_property(clone, ICAL_TZID_PROPERTY) {
                icalproperty_set_tzid(tzid, zone.name)
            } else {
                icalcomponent_add_property(clone, icalproperty_new_tzid(zone.name))
            }
        }
    }
}

extension CalendarWriter {
    /// Moves each UNTIL in a VTIMEZONE's rules to the local time of the last change it allows,
    /// written as UTC, whenever that is later than libical's value.
    ///
    /// libical writes UNTIL as the UTC instant of the last change (RFC 5545 3.3.10), such as
    /// `UNTIL=20361026T010000Z` for a change at 02:00 BST. Some readers (Python `icalendar`
    /// among them) compare UNTIL with the local DTSTART instead, and so drop that last change
    /// (a year of wrong offsets). The later UNTIL allows no further change (the next is a year
    /// on) and reads the same both ways.
    static func widenTransitionUntils(in vtimezone: OpaquePointer) {
        var child = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT)
        while let part = child {
            widenUntil(in: part)
            child = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)
        }
    }

    private static func widenUntil(in part: OpaquePointer) {
        guard let ruleProperty = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY),
            let startProperty = icalcomponent_get_first_property(part, ICAL_DTSTART_PROPERTY),
            let offsetProperty = icalcomponent_get_first_property(part, ICAL_TZOFFSETFROM_PROPERTY)
        else { return }
        var rule = icalproperty_get_rrule(ruleProperty)
        guard icaltime_is_null_time(rule.until) == 0, rule.until.is_date == 0 else { return }
        let until = icaltime_as_timet(rule.until)
        let offset = time_t(icalproperty_get_tzoffsetfrom(offsetProperty))
        var open = rule
        open.until = icaltime_null_time()
        open.count = 0
        var start = icalproperty_get_dtstart(startProperty)
        start.zone = nil
        // A zone's rule changes the offset once a year, so its last change before UNTIL falls in
        // UNTIL's year or the one before: iterating from two years before UNTIL finds the same
        // change as iterating from the rule's first year (often decades earlier, each step a
        // few ICU calendar calls inside libical). The iterator hands back its start first, even
        // when the rule does not produce it, so the shortcut counts only if it found a change
        // after that start; otherwise the whole walk decides.
        var later = start
        later.year = rule.until.year - 2
        later.month = 1
        later.day = 1
        let shortcut =
            rule.freq == ICAL_YEARLY_RECURRENCE && rule.interval <= 1
            && icaltime_compare(start, later) < 0
        var last: icaltimetype?
        if shortcut, let found = lastChange(open, from: later, offset: offset, until: until),
            icaltime_compare(found, later) != 0
        {
            last = found
        } else {
            last = lastChange(open, from: start, offset: offset, until: until)
        }
        guard var widened = last, icaltime_as_timet(widened) > until else { return }
        widened.zone = TimeZones.utcZone
        rule.until = widened
        icalproperty_set_rrule(ruleProperty, rule)
    }

    /// The last time `rule`, iterated from `start`, gives at or before `until` (a UTC instant,
    /// the times being local with `offset` before the change); nil when there is none.
    private static func lastChange(
        _ rule: icalrecurrencetype, from start: icaltimetype, offset: time_t, until: time_t
    ) -> icaltimetype? {
        guard let iterator = icalrecur_iterator_new(rule, start) else { return nil }
        defer { icalrecur_iterator_free(iterator) }
        var last: icaltimetype?
        // Zone rules are yearly: a few hundred steps cover any span.
        for _ in 0..<1_000 {
            let next = icalrecur_iterator_next(iterator)
            guard icaltime_is_null_time(next) == 0, icaltime_as_timet(next) - offset <= until
            else { break }
            last = next
        }
        return last
    }
}

extension CalendarDocument {
    /// One document per UID (the event and its overrides), in order of first appearance, with
    /// this document's METHOD, PRODID and name: the shape of an invitation or a CalDAV PUT.
    public func splitByUID() -> [CalendarDocument] {
        var order: [String] = []
        var groups: [String: [CalendarEvent]] = [:]
        for event in events {
            if groups[event.uid] == nil { order.append(event.uid) }
            groups[event.uid, default: []].append(event)
        }
        return order.map { uid in
            CalendarDocument(
                productID: productID, method: method, name: name, events: groups[uid] ?? [])
        }
    }
}

extension CalendarMethod {
    var libicalValue: icalproperty_method {
        switch self {
        case .publish: ICAL_METHOD_PUBLISH
        case .request: ICAL_METHOD_REQUEST
        case .reply: ICAL_METHOD_REPLY
        case .add: ICAL_METHOD_ADD
        case .cancel: ICAL_METHOD_CANCEL
        case .refresh: ICAL_METHOD_REFRESH
        case .counter: ICAL_METHOD_COUNTER
        case .declineCounter: ICAL_METHOD_DECLINECOUNTER
        }
    }
}
