internal import CLibical
internal import Foundation

extension ReadSession {
    /// The text of a property's value, unescaped; text that is not UTF-8 is repaired and
    /// reported once per line.
    mutating func textValue(_ located: LocatedProperty) -> String? {
        guard let value = icalproperty_get_value(located.property) else { return nil }
        let kind = icalvalue_isa(value)
        let pointer: UnsafePointer<CChar>?
        if kind == ICAL_TEXT_VALUE {
            pointer = icalvalue_get_text(value)
        } else if kind == ICAL_X_VALUE {
            pointer = icalvalue_get_x(value)
        } else if kind == ICAL_CALADDRESS_VALUE {
            // libical gives CAL-ADDRESS and URI values back as a plain copy of what it stores,
            // so the stored text is the same without the copy.
            pointer = icalvalue_get_caladdress(value)
        } else if kind == ICAL_URI_VALUE {
            pointer = icalvalue_get_uri(value)
        } else {
            pointer = nil
        }
        if let pointer { return checkedText(pointer, line: located.line) }
        guard let allocated = icalproperty_get_value_as_string_r(located.property) else {
            return nil
        }
        defer { free(allocated) }
        return checkedText(allocated, line: located.line)
    }

    /// An ORGANIZER's or ATTENDEE's address without its `mailto:` scheme; the same as
    /// `email(from:)` applied to `textValue`, without making the longer string first.
    mutating func emailValue(_ located: LocatedProperty) -> String? {
        guard let value = icalproperty_get_value(located.property),
            icalvalue_isa(value) == ICAL_CALADDRESS_VALUE,
            let pointer = icalvalue_get_caladdress(value), Self.hasMailtoPrefix(pointer)
        else { return textValue(located).map(Self.email(from:)) }
        // The scheme is ASCII, so the rest is valid UTF-8 exactly when the whole is.
        return checkedText(pointer + MailtoScheme.length, line: located.line)
    }

    /// Whether `text` starts with `mailto:` in any case and goes on with an ASCII byte or ends
    /// (a combining mark after the colon would join it: `email(from:)` handles that).
    static func hasMailtoPrefix(_ text: UnsafePointer<CChar>) -> Bool {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        // Stops at the first byte that differs, so the NUL of a shorter text is never passed.
        for index in 0..<MailtoScheme.length {
            guard MailtoScheme.matches(bytes[index], at: index) else { return false }
        }
        return bytes[MailtoScheme.length] < 0x80
    }

    /// A parameter's value, such as `CN`, or nil when it is absent.
    func parameter(_ located: LocatedProperty, _ name: String) -> String? {
        owned(icalproperty_get_parameter_as_string_r(located.property, name))
            .map(Self.decodeCaretEscapes)
    }

    /// A text parameter (`CN`, `TZID`) found by kind; the same value as `parameter(_:_:)` by
    /// `name`, which it falls back to for any value libical would re-encode.
    ///
    /// The look-up by name has libical serialise the parameter, copy it twice and strip quotes
    /// (three allocations and a name comparison per parameter: most of the time spent reading
    /// attendees). The raw value is what that returns whenever libical writes it back
    /// unchanged, that is when every byte is one libical's writer keeps as it is in both quoted
    /// and unquoted values (space, `!`, `#` to `~`, and non-ASCII bytes up to F8), and there is
    /// no `^` for `decodeCaretEscapes` to act on.
    func textParameter(
        _ located: LocatedProperty, _ kind: icalparameter_kind, _ name: String,
        _ read: (OpaquePointer) -> UnsafePointer<CChar>?
    ) -> String? {
        guard let found = icalproperty_get_first_parameter(located.property, kind) else {
            return nil
        }
        guard let raw = read(found), Self.isKeptAsWritten(raw) else {
            return parameter(located, name)
        }
        return String(validatingCString: raw) ?? String(cString: raw)
    }

    /// Whether libical writes this parameter text back byte for byte, quoted or not, with no
    /// `^` in it (see `textParameter`).
    static func isKeptAsWritten(_ text: UnsafePointer<CChar>) -> Bool {
        var cursor = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        while true {
            let byte = cursor.pointee
            if byte == 0 { return true }
            // Refused: controls, `"`, `^`, DEL and F9 to FF; the ranges kept, as comparisons.
            if byte < 0x20 || byte == 0x22 || byte == 0x5E || byte == 0x7F || byte > 0xF8 {
                return false
            }
            cursor += 1
        }
    }

    /// Undoes RFC 6868's `^'`, `^n` and `^^` in a parameter value. libical 3.0 writes them (a
    /// `"` in a CN or LABEL comes out as `^'`) but does not decode them when reading.
    static func decodeCaretEscapes(_ value: String) -> String {
        // Bytes, not `contains("^")`: Foundation's substring search ran for every parameter read
        // and was a fifth of the time spent reading a large calendar. A `^` inside a longer
        // grapheme is no escape either way: the loop below leaves such a character alone.
        guard value.utf8.contains(UInt8(ascii: "^")) else { return value }
        var decoded = ""
        var pending = false
        for character in value {
            if pending {
                switch character {
                case "'": decoded.append("\"")
                case "n", "N": decoded.append("\n")
                case "^": decoded.append("^")
                default: decoded.append("^"); decoded.append(character)
                }
                pending = false
            } else if character == "^" {
                pending = true
            } else {
                decoded.append(character)
            }
        }
        if pending { decoded.append("^") }
        return decoded
    }

    private mutating func checkedText(_ pointer: UnsafePointer<CChar>, line: Int?) -> String {
        if let valid = String(validatingCString: pointer) { return valid }
        if let line, invalidTextLines.insert(line).inserted {
            diagnostics.append(
                CalendarDiagnostic(
                    .warning, .invalidText,
                    "Some text here is not valid UTF-8; the unreadable characters were replaced "
                        + "with �.", line: line))
        }
        return String(cString: pointer)
    }

    /// A DATE or DATE-TIME as a `CalendarTime`; nil (reported) when the date is impossible.
    mutating func time(
        _ value: icaltimetype, _ located: LocatedProperty, _ context: ReadContext
    ) -> CalendarTime? {
        if let problem = Self.impossibility(of: value) {
            report(
                .error, .impossibleDate,
                "\(located.name) holds an impossible date, \(problem).", located, context)
            return nil
        }
        if value.is_date != 0 { return .allDay(Self.day(value)) }
        if icaltime_is_utc(value) != 0 { return .utc(Self.wallClock(value)) }
        guard
            let tzid = textParameter(located, ICAL_TZID_PARAMETER, "TZID", icalparameter_get_tzid),
            !tzid.isEmpty
        else {
            usesFloatingTime = true
            return .floating(Self.wallClock(value))
        }
        let use = zoneUse(for: tzid, located, context)
        switch use.origin {
        case .known, .windows, .prefixed:
            return .zoned(Self.wallClock(value), zone: use.ianaName ?? tzid)
        case .definedInFile:
            // Only the file knows this zone's rules: convert with them, through libical.
            guard let zone = icalcomponent_get_timezone(context.calendar, tzid) else {
                usesFloatingTime = true
                return .floating(Self.wallClock(value))
            }
            var local = value
            local.zone = zone
            let utc = icaltime_convert_to_zone(local, TimeZones.utcZone)
            return .utc(Self.wallClock(utc))
        case .unknown:
            return .floating(Self.wallClock(value))
        }
    }

    /// A UTC DATE-TIME as an instant; nil (reported) when the date is impossible.
    mutating func instant(
        _ value: icaltimetype, _ located: LocatedProperty, _ context: ReadContext,
        severity: CalendarDiagnostic.Severity
    ) -> Date? {
        if let problem = Self.impossibility(of: value) {
            report(
                severity, .impossibleDate,
                "\(located.name) holds an impossible date, \(problem).", located, context)
            return nil
        }
        // Both values read here are UTC by definition (RFC 5545 3.8.7.2, 3.8.2.6).
        return Date(timeIntervalSince1970: TimeInterval(icaltime_as_timet(value)))
    }

    /// How a TZID is understood, decided once per TZID and reported once if unknown.
    private mutating func zoneUse(
        for tzid: String, _ located: LocatedProperty, _ context: ReadContext
    ) -> CalendarZoneUse {
        // Most times of a file share one zone: the last answer is checked before hashing.
        if let last = lastZoneUse, last.tzid == tzid { return last }
        if let use = zoneUses[tzid] {
            lastZoneUse = use
            return use
        }
        let use: CalendarZoneUse
        if TimeZones.isKnown(tzid) {
            use = CalendarZoneUse(tzid: tzid, ianaName: tzid, origin: .known)
        } else if let iana = WindowsZoneNames.ianaIdentifier(for: tzid), TimeZones.isKnown(iana) {
            use = CalendarZoneUse(tzid: tzid, ianaName: iana, origin: .windows)
        } else if let iana = Self.zoneSuffix(of: tzid) {
            use = CalendarZoneUse(tzid: tzid, ianaName: iana, origin: .prefixed)
        } else if icalcomponent_get_timezone(context.calendar, tzid) != nil {
            use = CalendarZoneUse(tzid: tzid, ianaName: nil, origin: .definedInFile)
        } else {
            use = CalendarZoneUse(tzid: tzid, ianaName: nil, origin: .unknown)
            report(
                .error, .unknownTimeZone,
                "The time zone “\(tzid)” is not defined in the file and is not a known zone, so "
                    + "times in it would float: each reader would take them as their own local "
                    + "time. Add its VTIMEZONE or use a zone name such as Europe/London.",
                located, context)
        }
        zoneUses[tzid] = use
        lastZoneUse = use
        return use
    }

    /// The known IANA zone at the end of a prefixed TZID, such as
    /// `/mozilla.org/20070129_1/Europe/London` or `/freeassociation.sourceforge.net/Europe/London`.
    private static func zoneSuffix(of tzid: String) -> String? {
        let parts = tzid.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count > 2 else { return nil }
        for first in 1..<(parts.count - 1) {
            let candidate = parts[first...].joined(separator: "/")
            if TimeZones.isKnown(candidate) { return candidate }
        }
        return nil
    }

    static func day(_ value: icaltimetype) -> CalendarDay {
        CalendarDay(year: Int(value.year), month: Int(value.month), day: Int(value.day))
    }

    static func wallClock(_ value: icaltimetype) -> WallClockTime {
        WallClockTime(
            day: day(value), hour: Int(value.hour), minute: Int(value.minute),
            second: Int(value.second))
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// What makes a date impossible, as `2027-02-30 (February 2027 has 28 days)`; nil when
    /// the date is real. libical accepts month 13 and February 30 without complaint.
    static func impossibility(of value: icaltimetype) -> String? {
        let reason: String
        if value.year < 1 || value.year > 9999 {
            reason = "there is no year \(value.year)"
        } else if !(1...12).contains(value.month) {
            reason = "there is no month \(value.month)"
        } else if value.day < 1
            || value.day > icaltime_days_in_month(value.month, value.year)
        {
            let days = icaltime_days_in_month(value.month, value.year)
            let month = monthNames[Int(value.month) - 1]
            reason = "\(month) \(value.year) has \(days) days"
        } else if value.is_date == 0, !(0...23).contains(value.hour) {
            reason = "there is no hour \(value.hour)"
        } else if value.is_date == 0, !(0...59).contains(value.minute) {
            reason = "there is no minute \(value.minute)"
        } else if value.is_date == 0, !(0...60).contains(value.second) {
            reason = "there is no second \(value.second)"
        } else {
            // The common case: a real date costs no formatting (this runs on every date read).
            return nil
        }
        let shown: String
        if value.is_date != 0 {
            shown = String(format: "%04d-%02d-%02d", value.year, value.month, value.day)
        } else {
            shown = String(
                format: "%04d-%02d-%02d %02d:%02d:%02d", value.year, value.month, value.day,
                value.hour, value.minute, value.second)
        }
        return "\(shown) (\(reason))"
    }
}
