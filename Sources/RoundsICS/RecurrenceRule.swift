internal import CLibical
import Foundation

/// An RRULE parsed by libical and checked, held by value.
struct RecurrenceRule {
    /// The most occurrences one rule is walked for, from DTSTART, before it is cut off.
    static let expansionLimit = 10_000

    var recurrence: icalrecurrencetype
    var text: String

    /// Whether libical can walk the rule in reasonable time.
    ///
    /// A rule that repeats every second, minute or hour but only on selected days (BYMONTH,
    /// BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY) or positions (BYSETPOS) makes libical step through
    /// every second, minute or hour between matches, up to the year 2582 when nothing matches
    /// (`FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30` runs for hours). Such rules are written but never
    /// walked.
    var isWalkable: Bool {
        let subDaily = [ICAL_SECONDLY_RECURRENCE, ICAL_MINUTELY_RECURRENCE, ICAL_HOURLY_RECURRENCE]
        guard subDaily.contains(recurrence.freq) else { return true }
        let unused = Int16(truncatingIfNeeded: ICAL_RECURRENCE_ARRAY_MAX.rawValue)
        let firsts = [
            recurrence.by_month.0, recurrence.by_week_no.0, recurrence.by_year_day.0,
            recurrence.by_month_day.0, recurrence.by_day.0, recurrence.by_set_pos.0,
        ]
        return firsts.allSatisfy { $0 == unused }
    }

    /// Parses RFC 5545 RECUR text; throws `invalidRecurrenceRule` with the event's UID.
    static func parse(_ text: String, uid: String) throws -> RecurrenceRule {
        let invalid = RoundsICSError.invalidRecurrenceRule(uid: uid, rule: text)
        // RSCALE makes libical allocate a string inside the value that nothing frees, and
        // Rounds has no use for non-Gregorian calendars.
        guard !text.isEmpty, text.utf8.count <= 1024, !text.uppercased().contains("RSCALE"),
            text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F })
        else { throw invalid }
        let recurrence = TimeZones.withLibicalZones { () -> icalrecurrencetype? in
            rounds_ical_clear_errno()
            let parsed = icalrecurrencetype_from_string(text)
            guard rounds_ical_errno() == ICAL_NO_ERROR, parsed.freq != ICAL_NO_RECURRENCE else {
                rounds_ical_clear_errno()
                return nil
            }
            return parsed
        }
        guard let recurrence else { throw invalid }
        if icaltime_is_null_time(recurrence.until) == 0 {
            let until = recurrence.until
            let wall = TimeZones.wallClock(until)
            do {
                if until.is_date != 0 {
                    try TimeZones.validate(wall.day)
                } else {
                    try TimeZones.validate(wall)
                }
            } catch { throw invalid }
        }
        return RecurrenceRule(recurrence: recurrence, text: text)
    }

    /// Whether UNTIL has the value type RFC 5545 requires for this DTSTART.
    func untilMatches(_ start: CalendarTime) -> Bool {
        guard icaltime_is_null_time(recurrence.until) == 0 else { return true }
        let until = recurrence.until
        switch start {
        case .allDay: return until.is_date != 0
        case .floating: return until.is_date == 0 && icaltime_is_utc(until) == 0
        case .utc, .zoned: return until.is_date == 0 && icaltime_is_utc(until) != 0
        }
    }

    /// Calls `body` with each occurrence's local start, in order, from DTSTART on.
    ///
    /// Stops when `body` returns false, when the rule ends, or after `limit` occurrences.
    /// Returns how many occurrences were produced and whether the rule ended by itself.
    /// Throws `invalidRecurrenceRule` when libical will not iterate the rule from this start
    /// (such as BYMONTH=13 or a rule no date can satisfy).
    func forEach(
        from start: CalendarTime, uid: String, limit: Int, _ body: (icaltimetype) -> Bool
    ) throws -> (produced: Int, ended: Bool) {
        try TimeZones.withLibicalZones {
            // libical walks the rule on a plain wall clock: given a zone, it would carry the
            // shift of a daylight-saving gap (01:30 becoming 02:30) into every later occurrence.
            // So DTSTART goes in without its zone, and a UTC UNTIL is turned into the same wall
            // clock for libical to compare with.
            var dtstart = try RecurrenceRule.icalTime(start)
            dtstart.zone = nil
            var rule = recurrence
            if icaltime_is_null_time(rule.until) == 0, icaltime_is_utc(rule.until) != 0 {
                let until = TimeZones.date(icaltime_as_timet(rule.until))
                switch start {
                case .zoned(_, let zone):
                    rule.until = TimeZones.icalTime(try TimeZones.wallClock(of: until, in: zone))
                default:
                    rule.until.zone = nil
                }
            }
            guard let iterator = icalrecur_iterator_new(rule, dtstart) else {
                rounds_ical_clear_errno()
                throw RoundsICSError.invalidRecurrenceRule(uid: uid, rule: text)
            }
            defer { icalrecur_iterator_free(iterator) }
            var produced = 0
            while produced < limit {
                let next = icalrecur_iterator_next(iterator)
                if icaltime_is_null_time(next) != 0 { return (produced, true) }
                produced += 1
                if !body(next) { return (produced, false) }
            }
            return (produced, false)
        }
    }

    /// The libical value of a calendar time, with the built-in zone attached when zoned.
    static func icalTime(_ time: CalendarTime) throws -> icaltimetype {
        switch time {
        case .allDay(let day):
            try TimeZones.validate(day)
            return TimeZones.icalDate(day)
        case .utc(let wall):
            try TimeZones.validate(wall)
            var value = TimeZones.icalTime(wall)
            value.zone = TimeZones.utcZone
            return value
        case .zoned(let wall, let zone):
            try TimeZones.validate(wall)
            var value = TimeZones.icalTime(wall)
            value.zone = try TimeZones.withLibicalZones { try TimeZones.builtinZone(named: zone) }
            return value
        case .floating(let wall):
            try TimeZones.validate(wall)
            return TimeZones.icalTime(wall)
        }
    }
}
