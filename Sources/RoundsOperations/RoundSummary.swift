import Foundation
package import RoundsCore
import RoundsICS

/// One Round as `rounds list --json` prints it: times with their UTC offset, names resolved.
///
/// Panellists' story titles and private notes are left out: the JSON is meant for scripts
/// and dashboards, not for the panel.
struct RoundSummary: Encodable {
    struct PersonRef: Encodable {
        var name: String
        var email: String
    }

    struct Span: Encodable {
        var start: String
        var end: String
    }

    struct VenueRef: Encodable {
        var slug: String
        var name: String
        var location: String
    }

    var id: String
    var date: String
    var start: String
    var end: String
    var timeZone: String
    var status: String
    var locked: Bool
    var theme: String?
    var themeSlug: String?
    var venue: VenueRef?
    var facilitators: [PersonRef]
    var panel: [PersonRef]
    var prepMeeting: Span?

    init(_ round: Round, in data: ProgrammeData) throws {
        let zone = data.programme?.timeZone ?? "Europe/London"
        func person(_ email: EmailAddress) -> PersonRef {
            PersonRef(name: data.person(email)?.name ?? email.value, email: email.value)
        }
        id = round.id.description
        date = round.date.description
        start = try isoWithOffset(round.start, zone: zone)
        end = try isoWithOffset(round.end, zone: zone)
        timeZone = zone
        status = round.status.rawValue
        locked = round.locked
        theme = round.theme.map { data.theme($0)?.title ?? $0 }
        themeSlug = round.theme
        venue = data.programme?.venue(for: round).map {
            VenueRef(slug: $0.slug, name: $0.name, location: $0.locationText)
        }
        facilitators = round.facilitators.map(person)
        panel = round.panelMembers.map(person)
        prepMeeting = try round.prepMeeting.map {
            Span(
                start: try isoWithOffset($0.start, zone: zone),
                end: try isoWithOffset($0.end, zone: zone))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, date, start, end, timeZone, status, locked, theme, themeSlug, venue
        case facilitators, panel, prepMeeting
    }

    // Absent values are written as null so every Round has the same keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(status, forKey: .status)
        try container.encode(locked, forKey: .locked)
        try container.encode(theme, forKey: .theme)
        try container.encode(themeSlug, forKey: .themeSlug)
        try container.encode(venue, forKey: .venue)
        try container.encode(facilitators, forKey: .facilitators)
        try container.encode(panel, forKey: .panel)
        try container.encode(prepMeeting, forKey: .prepMeeting)
    }

    /// Every Round, in date order, as JSON text.
    static func json(_ data: ProgrammeData) throws -> String {
        let summaries = try data.rounds.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map {
            try RoundSummary($0, in: data)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summaries), as: UTF8.self)
    }
}

/// `2027-01-12T12:00:00+00:00`: a wall-clock time in `zone` with the offset then in force.
func isoWithOffset(_ time: LocalDateTime, zone: String) throws -> String {
    let wall = WallClockTime(
        year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute)
    let instant = try TimeZones.instant(of: wall, in: zone)
    let offset = try TimeZones.utcOffsetSeconds(at: instant, in: zone)
    let sign = offset < 0 ? "-" : "+"
    let hours = abs(offset) / 3600
    let minutes = abs(offset) % 3600 / 60
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(time.date)T\(time.time):00\(sign)\(two(hours)):\(two(minutes))"
}

extension Round {
    /// `Tue 13 Oct 2026 12:00-13:00`.
    package var whenText: String {
        let weekday = String(date.weekday.displayName.prefix(3))
        let endText = end.date == start.date ? end.time.description : end.description
        return "\(weekday) \(date.displayText) \(start.time)-\(endText)"
    }

    /// `held, locked`.
    package var statusText: String { locked ? "\(status.rawValue), locked" : status.rawValue }
}
