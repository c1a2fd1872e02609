internal import CLibical
import Foundation

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
