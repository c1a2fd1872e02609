internal import Foundation

/// The summary `rounds ics check` gives for one file: what is in it and what is wrong with it.
///
/// A file is usable when it holds at least one calendar and no diagnostic is an error; warnings
/// describe things that were skipped or assumed but leave the rest of the calendar sound.
public struct CalendarCheck: Sendable, Hashable, Codable {
    /// The file as named by the user.
    public var file: String
    /// Whether the file can be used (see the type's summary for the rule).
    public var usable: Bool
    /// Calendar names (NAME or X-WR-CALNAME) found in the file.
    public var calendarNames: [String]
    /// How many components of each kind the file holds, keyed by iCalendar name (`VEVENT`).
    public var components: [String: Int]
    /// Events read successfully, including changed occurrences.
    public var events: Int
    /// Events that repeat (RRULE or RDATE).
    public var recurringEvents: Int
    /// Events that change one occurrence of a repeating event (RECURRENCE-ID).
    public var changedOccurrences: Int
    /// Busy periods read from VFREEBUSY components.
    public var busyPeriods: Int
    /// Each time zone the file's times use, described for people.
    public var timeZones: [String]
    /// Every problem found.
    public var diagnostics: [CalendarDiagnostic]

    /// The summaries of `files`, each read with `reader`; files are named as given.
    public static func check(_ files: [String], with reader: CalendarReader) -> [CalendarCheck] {
        files.map { file in
            CalendarCheck(reader.read(contentsOf: URL(fileURLWithPath: file), fileName: file))
        }
    }

    /// The summary of a read.
    public init(_ result: CalendarReadResult) {
        file = result.fileName
        usable = result.isUsable
        calendarNames = result.documents.compactMap(\.name)
        components = result.componentCounts
        let events = result.events
        self.events = events.count
        recurringEvents = events.filter { $0.recurrenceID == nil && !$0.recurrence.isEmpty }.count
        changedOccurrences = events.filter { $0.recurrenceID != nil }.count
        busyPeriods = result.documents.reduce(0) { $0 + $1.busyPeriods.count }
        var zones = result.timeZones.map(Self.describe)
        if result.usesFloatingTime { zones.append("floating local time (no zone given)") }
        timeZones = zones
        diagnostics = result.diagnostics
    }

    private static func describe(_ use: CalendarZoneUse) -> String {
        switch use.origin {
        case .known:
            return use.tzid
        case .windows:
            return "\(use.tzid) (Windows name for \(use.ianaName ?? "?"))"
        case .prefixed:
            return "\(use.tzid) (read as \(use.ianaName ?? "?"))"
        case .definedInFile:
            return "\(use.tzid) (defined in the file; its times were converted to UTC)"
        case .unknown:
            return "\(use.tzid) (unknown zone)"
        }
    }

    private var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    private var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// The summary as lines of plain text, ending with a newline.
    public var text: String {
        var lines: [String] = []
        let counts = [
            Self.count(errorCount, "error"), Self.count(warningCount, "warning"),
        ].compactMap { $0 }
        if usable {
            lines.append(
                "\(file): usable" + (counts.isEmpty ? "" : ", with " + SourceScan.list(counts)))
        } else {
            lines.append(
                "\(file): NOT usable" + (counts.isEmpty ? "" : " (" + SourceScan.list(counts) + ")")
            )
        }
        for name in calendarNames { lines.append("  Calendar: \(name)") }
        let contents = contentsText
        if !contents.isEmpty { lines.append("  Contents: \(contents)") }
        if components["VEVENT"] != nil || events > 0 {
            var detail: [String] = []
            if recurringEvents > 0 { detail.append("\(recurringEvents) repeating") }
            if changedOccurrences > 0 {
                detail.append(Self.count(changedOccurrences, "changed occurrence") ?? "")
            }
            lines.append(
                "  Events read: \(events)"
                    + (detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")"))
        }
        if busyPeriods > 0 { lines.append("  Busy periods: \(busyPeriods)") }
        if events > 0 || busyPeriods > 0 || !timeZones.isEmpty {
            lines.append(
                "  Time zones: "
                    + (timeZones.isEmpty
                        ? "none (all times are in UTC or all-day)"
                        : timeZones.joined(separator: ", ")))
        }
        if diagnostics.isEmpty, usable { lines.append("  No problems found.") }
        for diagnostic in diagnostics { lines.append("  " + diagnostic.description) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Plain words for the components: `1 calendar, 6 events, 1 time-zone definition`.
    private var contentsText: String {
        let known: [(String, String)] = [
            ("VCALENDAR", "calendar"), ("VEVENT", "event"), ("VTODO", "task"),
            ("VJOURNAL", "journal entry"), ("VFREEBUSY", "free/busy block"),
            ("VALARM", "reminder"), ("VTIMEZONE", "time-zone definition"),
        ]
        // STANDARD and DAYLIGHT are the parts of a time-zone definition, not separate things.
        let hidden: Set<String> = ["STANDARD", "DAYLIGHT"]
        var parts = known.compactMap { key, noun in
            components[key].flatMap { Self.count($0, noun) }
        }
        let others = components.keys
            .filter { key in !hidden.contains(key) && !known.contains { $0.0 == key } }
            .sorted()
        for key in others {
            if let count = components[key] {
                parts.append("\(count) \(key) component" + (count == 1 ? "" : "s"))
            }
        }
        return parts.joined(separator: ", ")
    }

    /// `1 error`, `2 errors`; nil for zero.
    private static func count(_ value: Int, _ noun: String) -> String? {
        guard value > 0 else { return nil }
        if value == 1 { return "1 \(noun)" }
        let plural = noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
        return "\(value) \(plural)"
    }

    /// Several checks as a JSON array, keys sorted, ending with a newline.
    public static func json(_ checks: [CalendarCheck]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(checks), as: UTF8.self) + "\n"
    }
}
