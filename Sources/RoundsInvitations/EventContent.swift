import RoundsCore
import RoundsICS

/// The wording and calendar fields shared by the feed and the invitations.
///
/// Only public facts live here (titles, times, places, theme). Panel names are added by the
/// invitation builder alone; story titles and notes are never read anywhere in this module.
struct EventContent {
    /// PRODID of every calendar this module writes. No version number, so that upgrading Rounds
    /// does not change the bytes of an invitation that has not changed.
    static let productID = "-//Rounds//Schwartz Rounds toolkit//EN"

    let source: InvitationSource

    var programme: Programme { source.programme }

    /// `Schwartz Round`, or `Team Time` for a Team Time programme.
    var kindName: String {
        programme.format.preset == .teamTime ? "Team Time" : "Schwartz Round"
    }

    /// `Schwartz Round: When things go wrong`, or the kind alone when no theme is chosen.
    func title(of round: Round) -> String {
        guard let theme = source.theme(for: round), !theme.title.isEmpty else { return kindName }
        return "\(kindName): \(theme.title)"
    }

    /// `Panel preparation: Schwartz Round: When things go wrong`.
    func prepTitle(of round: Round) -> String { "Panel preparation: \(title(of: round))" }

    /// The feed's calendar name, `<organisation> Schwartz Rounds`.
    var calendarName: String { "\(programme.organisation) \(kindName)s" }

    /// The wall-clock time in the programme's zone.
    func time(_ value: LocalDateTime) -> CalendarTime {
        .zoned(
            WallClockTime(
                year: value.year, month: value.month, day: value.day, hour: value.hour,
                minute: value.minute),
            zone: programme.timeZone)
    }

    /// LOCATION, URL and CONFERENCE for a venue: the room and address, or for a video call the
    /// link in all three so that every client shows something it can open.
    func place(_ venue: Venue?) -> (location: String?, url: String?, conferences: [Conference]) {
        guard let venue else { return (nil, nil, []) }
        let location = venue.locationText.isEmpty ? nil : venue.locationText
        guard venue.kind == .video, let link = venue.videoLink, !link.isEmpty else {
            return (location, nil, [])
        }
        return (location, link, [Conference(uri: link, label: venue.name)])
    }

    /// How people read dates and times in this programme's locale.
    var dates: DateWriter { DateWriter(locale: programme.locale) }

    /// `Tuesday 9 March 2027, 12:00 to 13:00 (Europe/London time)` in en-GB; in the
    /// programme's locale otherwise.
    func whenText(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        "\(dates.span(start, end)) (\(programme.timeZone) time)"
    }

    /// `Where: ...` text for a venue, or nil when the Round has none.
    func whereText(_ venue: Venue?) -> String? {
        guard let venue else { return nil }
        switch venue.kind {
        case .room: return venue.locationText
        case .video:
            guard let link = venue.videoLink, !link.isEmpty else { return venue.name }
            return "online (\(venue.name)): \(link)"
        }
    }
}
