import Foundation

/// What the writer refuses, each with a plain sentence (docs/ics.md, "What the writer refuses").
extension WritePlan {
    static func prepare(_ event: CalendarEvent, instants: inout InstantCache) throws
        -> PreparedEvent
    {
        let uid = event.uid
        func problem(_ text: String) -> RoundsICSError {
            RoundsICSError.invalidEvent(uid: uid, problem: text)
        }
        if uid.isEmpty {
            throw problem("its UID is empty. Give every event a unique identifier.")
        }
        if containsControl(uid) {
            throw problem(
                "its UID contains a line break or another control character. "
                    + "Use letters, digits and punctuation only.")
        }
        guard (0...Int(Int32.max)).contains(event.sequence) else {
            throw problem("its sequence number \(event.sequence) is out of range (0 or more).")
        }
        try forEachTime(of: event) { _ = try RecurrenceRule.icalTime($0) }
        try checkEnd(of: event, instants: &instants, problem: problem)
        // One call each rather than a list of (text, field) pairs: a list is an allocation for
        // every event written.
        if let summary = event.summary { try checkText(summary, field: "summary", make: problem) }
        if let description = event.description {
            try checkText(description, field: "description", make: problem)
        }
        if let location = event.location {
            try checkText(location, field: "location", make: problem)
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
            if category.isEmpty || containsComma(category) {
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
        let isAllDay = event.start.isAllDay
        let othersDiffer =
            event.recurrence.additionalDates.contains { $0.isAllDay != isAllDay }
            || event.recurrence.exceptionDates.contains { $0.isAllDay != isAllDay }
            || event.recurrenceID.map { $0.isAllDay != isAllDay } ?? false
        if othersDiffer {
            throw problem(
                "its extra dates, excluded dates and occurrence it changes must all be "
                    + (event.start.isAllDay ? "dates, like its start." : "times, like its start."))
        }
        return PreparedEvent(event: event, rules: rules)
    }

    static func checkEnd(
        of event: CalendarEvent, instants: inout InstantCache,
        problem: (String) -> RoundsICSError
    ) throws {
        if let end = event.end {
            guard end.isAllDay == event.start.isAllDay else {
                throw problem("its start and end must both be dates or both be times of day.")
            }
            let start = try instants.instant(of: event.start)
            let finish = try instants.instant(of: end)
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
        if containsControl(value, allowingLineBreaks: allowingLineBreaks) {
            throw make(
                "its \(field) contains a control character"
                    + (allowingLineBreaks ? "." : " or line break, which it cannot hold."))
        }
    }

    static func checkURI(_ value: String, field: String, make: (String) -> RoundsICSError) throws {
        // As in `hasLocalPartAndDomain`: bytes for ASCII text, characters otherwise.
        let hasScheme =
            isASCII(value)
            ? (value.utf8.firstIndex(of: UInt8(ascii: ":")).map { $0 > value.utf8.startIndex }
                ?? false)
            : (value.firstIndex(of: ":").map { $0 > value.startIndex } ?? false)
        let clean = !containsControl(value, alsoRefusing: [UInt8(ascii: " ")])
        guard hasScheme, clean, URL(string: value) != nil else {
            throw make("its \(field) is not a valid address; it must look like https://...")
        }
    }

    static func checkPerson(
        email: String, name: String?, make: (String) -> RoundsICSError
    ) throws {
        // The common case, a clean ASCII address with a name, in one pass over the bytes; any
        // other address takes the general path below, which gives the same answer.
        if isCleanASCIIAddress(email) {
            if let name, containsControl(name, allowingLineBreaks: false) {
                throw make(
                    "its name of \(withoutMailto(email)) contains a control character or line "
                        + "break, which it cannot hold.")
            }
            return
        }
        let address = withoutMailto(email)
        let clean = !containsControl(
            address, alsoRefusing: [UInt8(ascii: " "), UInt8(ascii: ":")])
        guard clean, hasLocalPartAndDomain(address) else {
            throw make("the email address \"\(address)\" is not valid.")
        }
        // `checkText` with its field named only when the check fails: every attendee passes here.
        if let name, containsControl(name, allowingLineBreaks: false) {
            throw make(
                "its name of \(address) contains a control character or line break, which it "
                    + "cannot hold.")
        }
    }

    /// The address without a leading `mailto:` (seven characters, in any case).
    static func withoutMailto(_ email: String) -> String {
        var address = email
        if hasMailtoPrefix(address) { address.removeFirst(7) }
        return address
    }

    /// Whether `email`, less any `mailto:`, is ASCII with no control character, space or colon
    /// and has something before and after its first `@`: what `checkPerson` accepts, for the
    /// ASCII addresses nearly every calendar holds. False means only "not decided here".
    static func isCleanASCIIAddress(_ email: String) -> Bool {
        var email = email
        return email.withUTF8 { bytes in
            var start = 0
            if hasMailtoPrefix(bytes) {
                // Seven bytes are seven characters when the next one is ASCII.
                guard bytes.count == 7 || bytes[7] < 0x80 else { return false }
                start = 7
            }
            var at = -1
            var index = start
            // Eight bytes at a time while they are all allowed (`Bytes8`), then byte by byte.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if Bytes8.hasLess(word, than: 0x21) | Bytes8.hasMore(word, than: 0x7E)
                        | Bytes8.has(word, 0x3A) != 0
                    {
                        return false
                    }
                    if at < 0 {
                        let ats = Bytes8.has(word, 0x40)
                        if ats != 0 { at = index + ats.trailingZeroBitCount / 8 }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                // Controls and space (below 0x21), colon, DEL and anything not ASCII.
                if byte < 0x21 || byte == 0x3A || byte >= 0x7F { return false }
                if byte == 0x40, at < 0 { at = index }
                index += 1
            }
            return at > start && at + 1 < bytes.count
        }
    }

    /// Whether the first `@` of `address` has something before and after it.
    static func hasLocalPartAndDomain(_ address: String) -> Bool {
        // In ASCII text every byte is a character, so the byte search answers the same as the
        // character search below, without Unicode segmentation (a third of the writer's checks).
        if isASCII(address) {
            guard let at = address.utf8.firstIndex(of: UInt8(ascii: "@")) else { return false }
            let offset = address.utf8.distance(from: address.utf8.startIndex, to: at)
            return offset > 0 && offset + 1 < address.utf8.count
        }
        guard let at = address.firstIndex(of: "@") else { return false }
        return at > address.startIndex && address.index(after: at) < address.endIndex
    }

    /// Whether `value` contains a comma, as Foundation's `contains(",")` answers.
    static func containsComma(_ value: String) -> Bool {
        // Bytes for ASCII text, where a comma cannot be part of a longer character.
        if isASCII(value) {
            var value = value
            return value.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return false }
                return memchr(base, 0x2C, bytes.count) != nil
            }
        }
        return value.contains(",")
    }

    /// Whether every byte of `value` is ASCII; eight bytes at a time (`utf8.allSatisfy` went
    /// through the generic iterator byte by byte, for every text of every event written).
    static func isASCII(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var index = 0
            var seen: UInt64 = 0
            while index + 8 <= bytes.count {
                seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            while index < bytes.count {
                seen |= UInt64(bytes[index])
                index += 1
            }
            return seen & 0x8080_8080_8080_8080 == 0
        }
    }

    /// Whether `value` holds a control character (Unicode category Cc: U+0000 to U+001F and
    /// U+007F to U+009F), tab and line breaks excepted when `allowingLineBreaks`, or one of
    /// the ASCII bytes in `alsoRefusing`.
    ///
    /// Works on UTF-8 bytes: every event's every text passes through here, and asking each
    /// scalar for its general category was most of the time spent writing a large calendar.
    static func containsControl(
        _ value: String, allowingLineBreaks: Bool = false, alsoRefusing extra: [UInt8] = []
    ) -> Bool {
        var text = value
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time past words with none of the bytes looked at below
                // (below 0x20, 0x7F, the 0xC2 that starts U+0080 to U+009F, `extra`).
                if index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    var flagged =
                        Bytes8.hasLess(word, than: 0x20) | Bytes8.has(word, 0x7F)
                        | Bytes8.has(word, 0xC2)
                    for byte in extra { flagged |= Bytes8.has(word, byte) }
                    if flagged == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x20 {
                    let isBreak = byte == 0x09 || byte == 0x0A || byte == 0x0D
                    if !(allowingLineBreaks && isBreak) { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2, index + 1 < bytes.count,
                    (0x80...0x9F).contains(bytes[index + 1])
                {
                    // U+0080 to U+009F are encoded as C2 80 to C2 9F.
                    return true
                } else if !extra.isEmpty, extra.contains(byte) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Whether `bytes` start with `mailto:` in any case.
    static func hasMailtoPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= MailtoScheme.length else { return false }
        for index in 0..<MailtoScheme.length {
            guard MailtoScheme.matches(bytes[index], at: index) else { return false }
        }
        return true
    }

    /// Whether `address` starts with `mailto:` in any case.
    static func hasMailtoPrefix(_ address: String) -> Bool {
        // A plain loop: this runs for every address read or written.
        var index = 0
        for byte in address.utf8 {
            if index == MailtoScheme.length { return true }
            guard MailtoScheme.matches(byte, at: index) else { return false }
            index += 1
        }
        return index == MailtoScheme.length
    }
}
