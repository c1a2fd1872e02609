internal import CLibical
import Foundation

/// The instants of the last few times converted (floating times taken as UTC), so that the
/// writer's checks and span, which each need an event's start and end, convert them once.
struct InstantCache {
    private var recent: [(time: CalendarTime, instant: Date)] = []
    private var next = 0
    private static let size = 4

    /// `TimeZones.instant(of: time, floatingIn: "UTC")`, remembered.
    mutating func instant(of time: CalendarTime) throws -> Date {
        for entry in recent where entry.time == time { return entry.instant }
        let instant = try TimeZones.instant(of: time, floatingIn: "UTC")
        if recent.count < Self.size {
            recent.append((time, instant))
        } else {
            recent[next] = (time, instant)
            next = (next + 1) % Self.size
        }
        return instant
    }
}

/// How long each occurrence of an event lasts.
struct EventLength {
    /// Whole days for all-day events (nominal, RFC 5545 3.3.6), otherwise exact seconds.
    var days: Int?
    var seconds: Int

    init(_ event: CalendarEvent) throws {
        try self.init(event) { try TimeZones.instant(of: $0, floatingIn: "UTC") }
    }

    /// The length, with times converted by `instant` (as `TimeZones.instant(of:floatingIn:)`
    /// with UTC for floating times).
    init(_ event: CalendarEvent, instant: (CalendarTime) throws -> Date) throws {
        switch (event.start, event.end) {
        case (.allDay(let start), .allDay(let end)?):
            days = Self.dayNumber(end) - Self.dayNumber(start)
            seconds = 0
        case (_, let end?):
            days = nil
            seconds = Int(try instant(end).timeIntervalSince(try instant(event.start)))
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
