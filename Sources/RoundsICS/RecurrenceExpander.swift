internal import CLibical
public import Foundation

/// One occurrence of an event: its own times, and the override that replaced it, if any.
public struct Occurrence: Sendable, Hashable {
    /// The UID of the event this occurrence belongs to.
    public var uid: String
    /// The start as the calendar states it: in the event's zone, UTC, floating or all-day.
    public var start: CalendarTime
    /// The end, of the same kind as `start`.
    public var end: CalendarTime
    /// The instant the occurrence starts.
    public var startDate: Date
    /// The instant the occurrence ends.
    public var endDate: Date
    /// The start the rule gave this occurrence, which identifies it (its RECURRENCE-ID).
    public var recurrenceID: CalendarTime
    /// The event that replaces this occurrence (same UID, with RECURRENCE-ID), if any.
    public var override: CalendarEvent?

    /// Whether an override moved or changed this occurrence.
    public var isOverridden: Bool { override != nil }
}

/// The occurrences of one or more events within a window, in order of start.
public struct RecurrenceExpansion: Sendable, Hashable {
    /// Occurrences that overlap the window, sorted by start instant (then UID).
    public var occurrences: [Occurrence]
    /// Whether a rule was cut off at the limit before reaching the end of the window.
    public var isCutOff: Bool
    /// Plain sentences about what was cut off or ignored.
    public var warnings: [String]

    /// An expansion with these occurrences.
    public init(occurrences: [Occurrence] = [], isCutOff: Bool = false, warnings: [String] = []) {
        self.occurrences = occurrences
        self.isCutOff = isCutOff
        self.warnings = warnings
    }

    /// The start instants of all occurrences, in order.
    public var startDates: [Date] { occurrences.map(\.startDate) }
}

/// Expands RRULE, RDATE, EXDATE and RECURRENCE-ID overrides within a window, through libical.
///
/// Rules:
/// - The window is `[from, to)`: an occurrence is in it when it overlaps it (starts before `to`
///   and ends after `from`; an occurrence with no length counts when it starts in the window).
/// - DTSTART is always the first occurrence (RFC 5545 3.8.5.3), even when it does not match
///   the rule; libical's iterator alone would skip it.
/// - Each rule is walked from DTSTART for at most `limit` occurrences (10,000 by default). A
///   rule that would go on past that before the window ends (no COUNT or UNTIL and a long
///   window, or FREQ=SECONDLY) is cut off there, with `isCutOff` set and a warning.
/// - A rule that repeats every second, minute or hour on chosen days only (such as
///   `FREQ=MINUTELY;BYMONTH=2`) is not walked at all, because libical would step through every
///   minute in between; only DTSTART and RDATEs are used, with `isCutOff` set and a warning.
/// - Local times are kept in the event's zone, so 12:00 in London stays 12:00 across daylight
///   saving changes while the UTC instant moves; floating and all-day times are placed in
///   `floatingZone`.
/// - Every occurrence of a timed event lasts as long as DTEND minus DTSTART (or DURATION);
///   every occurrence of an all-day event lasts as many days.
public struct RecurrenceExpander: Sendable {
    /// The most occurrences one rule is walked for before it is cut off.
    public static let defaultLimit = RecurrenceRule.expansionLimit

    /// The most occurrences one rule is walked for, from DTSTART.
    public var limit: Int
    /// The zone floating and all-day times are placed in.
    public var floatingZone: String

    /// An expander with the given limit and zone for floating and all-day times.
    public init(limit: Int = RecurrenceExpander.defaultLimit, floatingZone: String = "UTC") {
        self.limit = max(1, limit)
        self.floatingZone = floatingZone
    }

    /// The occurrences of every event in `document` within `[from, to)`, overrides applied.
    public func expand(_ document: CalendarDocument, from: Date, to: Date) throws
        -> RecurrenceExpansion
    {
        var result = RecurrenceExpansion()
        for part in document.splitByUID() {
            let masters = part.events.filter { $0.recurrenceID == nil }
            let overrides = part.events.filter { $0.recurrenceID != nil }
            if let master = masters.first {
                result.merge(try expand(master, overrides: overrides, from: from, to: to))
            } else {
                // Changes to occurrences of a series this calendar does not hold still happen.
                for change in overrides {
                    let occurrence = try occurrenceOfOverride(change, masterLength: nil)
                    if overlaps(occurrence, from: from, to: to) {
                        result.occurrences.append(occurrence)
                    }
                }
            }
        }
        result.occurrences.sort(by: Self.order)
        return result
    }

    /// The occurrences of `event` within `[from, to)`, with `overrides` (events with the same
    /// UID and a RECURRENCE-ID) replacing the occurrences they name.
    public func expand(
        _ event: CalendarEvent, overrides: [CalendarEvent] = [], from: Date, to: Date
    ) throws -> RecurrenceExpansion {
        guard to > from else {
            throw RoundsICSError.invalidWindow(
                start: MessageText.utc(from), end: MessageText.utc(to))
        }
        for time in WritePlan.times(of: event) {
            _ = try RecurrenceRule.icalTime(time)
        }
        if let end = event.end, end.isAllDay != event.start.isAllDay {
            throw RoundsICSError.invalidEvent(
                uid: event.uid,
                problem: "its start and end must both be dates or both be times of day.")
        }
        let rules = try event.recurrence.rules.map {
            try RecurrenceRule.parse($0, uid: event.uid)
        }
        let length = try EventLength(event)
        let changes = overrides.filter { $0.uid == event.uid && $0.recurrenceID != nil }
        var replaced = Set<Date>()
        for change in changes {
            if let id = change.recurrenceID { replaced.insert(try key(id)) }
        }
        let excluded = Set(try event.recurrence.exceptionDates.map { try key($0) })

        var result = RecurrenceExpansion()
        var starts: [CalendarTime] = [event.start] + event.recurrence.additionalDates
        for rule in rules {
            guard rule.isWalkable else {
                result.isCutOff = true
                result.warnings.append(
                    "The repeat rule \"\(RoundsICSError.printable(rule.text))\" of the event "
                        + "\"\(RoundsICSError.printable(event.uid))\" repeats within a day but "
                        + "only on chosen days, which is too slow to work out, so only the start "
                        + "and any extra dates were used.")
                continue
            }
            var lastStart: Date?
            let walk = try rule.forEach(from: event.start, uid: event.uid, limit: limit) { next in
                let start = event.start.replacingValue(with: next)
                guard let instant = try? key(start), instant < to else { return false }
                lastStart = instant
                starts.append(start)
                return true
            }
            if !walk.ended && walk.produced >= limit, let lastStart, lastStart < to {
                result.isCutOff = true
                result.warnings.append(
                    "The repeat rule \"\(RoundsICSError.printable(rule.text))\" of the event "
                        + "\"\(RoundsICSError.printable(event.uid))\" goes on past \(limit) "
                        + "occurrences before the end of the window, so only the first \(limit) "
                        + "were used.")
            }
        }

        var seen = Set<Date>()
        for start in starts {
            let id = try key(start)
            guard seen.insert(id).inserted, !excluded.contains(id), !replaced.contains(id) else {
                continue
            }
            let occurrence = try makeOccurrence(
                uid: event.uid, start: start, recurrenceID: start, length: length,
                endTemplate: event.end)
            if overlaps(occurrence, from: from, to: to) { result.occurrences.append(occurrence) }
        }
        for change in changes {
            let occurrence = try occurrenceOfOverride(change, masterLength: length)
            if overlaps(occurrence, from: from, to: to) { result.occurrences.append(occurrence) }
        }
        result.occurrences.sort(by: Self.order)
        return result
    }

    /// The occurrences of a cadence such as `FREQ=MONTHLY;BYDAY=2TU` from `start`, each lasting
    /// `durationSeconds`, within `[from, to)`.
    public func occurrences(
        of rule: String, startingAt start: CalendarTime, durationSeconds: Int = 0,
        from: Date, to: Date
    ) throws -> RecurrenceExpansion {
        let event = CalendarEvent(
            uid: "cadence", start: start,
            durationSeconds: durationSeconds > 0 ? durationSeconds : nil,
            recurrence: Recurrence(rules: [rule]))
        return try expand(event, from: from, to: to)
    }
}

// MARK: - Helpers

extension RecurrenceExpander {
    static func order(_ lhs: Occurrence, _ rhs: Occurrence) -> Bool {
        (lhs.startDate, lhs.uid) < (rhs.startDate, rhs.uid)
    }

    /// The instant that identifies a time within its series.
    func key(_ time: CalendarTime) throws -> Date {
        try TimeZones.instant(of: time, floatingIn: floatingZone)
    }

    func overlaps(_ occurrence: Occurrence, from: Date, to: Date) -> Bool {
        guard occurrence.startDate < to else { return false }
        if occurrence.endDate > occurrence.startDate { return occurrence.endDate > from }
        return occurrence.startDate >= from
    }

    func makeOccurrence(
        uid: String, start: CalendarTime, recurrenceID: CalendarTime, length: EventLength,
        endTemplate: CalendarTime?, override: CalendarEvent? = nil
    ) throws -> Occurrence {
        let startDate = try key(start)
        let end: CalendarTime
        switch start {
        case .allDay(let day):
            end = .allDay(Self.adding(days: length.days ?? 1, to: day))
        case .utc:
            end = .utc(TimeZones.utcWallClock(of: startDate + TimeInterval(length.seconds)))
        case .zoned(_, let zone):
            let endZone = endTemplate?.zoneName ?? zone
            end = .zoned(
                try TimeZones.wallClock(
                    of: startDate + TimeInterval(length.seconds), in: endZone),
                zone: endZone)
        case .floating(let wall):
            let shifted = try TimeZones.instant(of: .utc(wall)) + TimeInterval(length.seconds)
            end = .floating(TimeZones.utcWallClock(of: shifted))
        }
        return Occurrence(
            uid: uid, start: start, end: end, startDate: startDate, endDate: try key(end),
            recurrenceID: recurrenceID, override: override)
    }

    func occurrenceOfOverride(_ change: CalendarEvent, masterLength: EventLength?) throws
        -> Occurrence
    {
        for time in WritePlan.times(of: change) {
            _ = try RecurrenceRule.icalTime(time)
        }
        // An override without DTEND or DURATION keeps the series' length.
        let ownLength = change.end != nil || change.durationSeconds != nil
        let length: EventLength
        if !ownLength, let masterLength {
            length = masterLength
        } else {
            length = try EventLength(change)
        }
        return try makeOccurrence(
            uid: change.uid, start: change.start, recurrenceID: change.recurrenceID ?? change.start,
            length: length, endTemplate: change.end, override: change)
    }

    static func adding(days: Int, to day: CalendarDay) -> CalendarDay {
        var time = TimeZones.icalDate(day)
        icaltime_adjust(&time, Int32(days), 0, 0, 0)
        return TimeZones.wallClock(time).day
    }
}

extension RecurrenceExpansion {
    mutating func merge(_ other: RecurrenceExpansion) {
        occurrences += other.occurrences
        isCutOff = isCutOff || other.isCutOff
        warnings += other.warnings
    }
}

/// ISO 8601 UTC text for messages.
enum MessageText {
    static func utc(_ date: Date) -> String {
        TimeZones.utcWallClock(of: date).description + "Z"
    }
}
