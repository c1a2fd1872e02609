public import Foundation

/// A calendar date without a time, as in `VALUE=DATE`.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, `2027-03-09`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// A wall-clock date and time with no zone attached.
public struct WallClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var day: CalendarDay
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(day: CalendarDay, hour: Int, minute: Int, second: Int = 0) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        self.init(
            day: CalendarDay(year: year, month: month, day: day),
            hour: hour, minute: minute, second: second)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.day, lhs.hour, lhs.minute, lhs.second) < (rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    /// ISO 8601 without offset, `2027-03-09T12:00:00`.
    public var description: String {
        day.description + String(format: "T%02d:%02d:%02d", hour, minute, second)
    }
}

/// A DATE or DATE-TIME value as iCalendar knows it (RFC 5545 3.3.4, 3.3.5).
public enum CalendarTime: Sendable, Hashable, Codable {
    /// An all-day value (`VALUE=DATE`).
    case allDay(CalendarDay)
    /// A UTC time (`...Z`).
    case utc(WallClockTime)
    /// A local time in a named zone (`TZID=...`); the zone is an IANA name.
    case zoned(WallClockTime, zone: String)
    /// A floating time, the same wall clock in every zone.
    case floating(WallClockTime)
}

/// The iCalendar METHOD of a calendar object (RFC 5546).
public enum CalendarMethod: String, Sendable, Hashable, Codable, CaseIterable {
    case publish = "PUBLISH"
    case request = "REQUEST"
    case reply = "REPLY"
    case add = "ADD"
    case cancel = "CANCEL"
    case refresh = "REFRESH"
    case counter = "COUNTER"
    case declineCounter = "DECLINECOUNTER"
}

/// The STATUS of an event.
public enum EventStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case tentative = "TENTATIVE"
    case confirmed = "CONFIRMED"
    case cancelled = "CANCELLED"
}

/// The CLASS of an event.
public enum EventClassification: String, Sendable, Hashable, Codable, CaseIterable {
    case `public` = "PUBLIC"
    case `private` = "PRIVATE"
    case confidential = "CONFIDENTIAL"
}

/// The ROLE parameter of an attendee.
public enum AttendeeRole: String, Sendable, Hashable, Codable, CaseIterable {
    case chair = "CHAIR"
    case requiredParticipant = "REQ-PARTICIPANT"
    case optionalParticipant = "OPT-PARTICIPANT"
    case nonParticipant = "NON-PARTICIPANT"
}

/// The PARTSTAT parameter of an attendee.
public enum ParticipationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case needsAction = "NEEDS-ACTION"
    case accepted = "ACCEPTED"
    case declined = "DECLINED"
    case tentative = "TENTATIVE"
    case delegated = "DELEGATED"
}

/// The CUTYPE parameter of an attendee.
public enum CalendarUserType: String, Sendable, Hashable, Codable, CaseIterable {
    case individual = "INDIVIDUAL"
    case group = "GROUP"
    case resource = "RESOURCE"
    case room = "ROOM"
    case unknown = "UNKNOWN"
}

/// The ORGANIZER of an event: an email address and an optional common name.
public struct Organizer: Sendable, Hashable, Codable {
    public var email: String
    public var name: String?

    public init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }
}

/// An ATTENDEE of an event with its parameters.
public struct Attendee: Sendable, Hashable, Codable {
    public var email: String
    public var name: String?
    public var role: AttendeeRole
    public var participation: ParticipationStatus
    public var rsvp: Bool
    public var userType: CalendarUserType

    public init(
        email: String,
        name: String? = nil,
        role: AttendeeRole = .requiredParticipant,
        participation: ParticipationStatus = .needsAction,
        rsvp: Bool = true,
        userType: CalendarUserType = .individual
    ) {
        self.email = email
        self.name = name
        self.role = role
        self.participation = participation
        self.rsvp = rsvp
        self.userType = userType
    }
}

/// A CONFERENCE property (RFC 7986 5.11): a link to join a video call.
public struct Conference: Sendable, Hashable, Codable {
    public var uri: String
    public var label: String?

    public init(uri: String, label: String? = nil) {
        self.uri = uri
        self.label = label
    }
}

/// A VALARM that shows a message some minutes before the event starts.
public struct Reminder: Sendable, Hashable, Codable {
    public var minutesBefore: Int
    public var message: String

    public init(minutesBefore: Int, message: String) {
        self.minutesBefore = minutesBefore
        self.message = message
    }
}

/// The recurrence of an event: RRULE values as RFC 5545 text, RDATEs and EXDATEs.
public struct Recurrence: Sendable, Hashable, Codable {
    /// Each rule in RFC 5545 RECUR syntax without the `RRULE:` prefix, such as
    /// `FREQ=MONTHLY;BYDAY=2TU`.
    public var rules: [String]
    public var additionalDates: [CalendarTime]
    public var exceptionDates: [CalendarTime]

    public init(
        rules: [String] = [], additionalDates: [CalendarTime] = [],
        exceptionDates: [CalendarTime] = []
    ) {
        self.rules = rules
        self.additionalDates = additionalDates
        self.exceptionDates = exceptionDates
    }

    public var isEmpty: Bool { rules.isEmpty && additionalDates.isEmpty }
}

/// One VEVENT.
public struct CalendarEvent: Sendable, Hashable, Codable {
    public var uid: String
    public var sequence: Int
    /// DTSTAMP; when building, the writer uses the injected clock if this is nil.
    public var stamp: Date?
    public var start: CalendarTime
    public var end: CalendarTime?
    /// DURATION in seconds, used only when `end` is nil.
    public var durationSeconds: Int?
    public var summary: String?
    public var description: String?
    public var location: String?
    public var url: String?
    public var conferences: [Conference]
    public var status: EventStatus?
    public var classification: EventClassification?
    public var categories: [String]
    public var organizer: Organizer?
    public var attendees: [Attendee]
    public var reminders: [Reminder]
    public var recurrence: Recurrence
    /// RECURRENCE-ID: set on an override of one occurrence of a recurring event.
    public var recurrenceID: CalendarTime?
    /// Whether the event leaves its owner free: TRANSP:TRANSPARENT, or Outlook's
    /// X-MICROSOFT-CDO-BUSYSTATUS:FREE ("show as free"). Read side only.
    public var showsAsFree: Bool = false

    public init(
        uid: String,
        start: CalendarTime,
        end: CalendarTime? = nil,
        sequence: Int = 0,
        stamp: Date? = nil,
        durationSeconds: Int? = nil,
        summary: String? = nil,
        description: String? = nil,
        location: String? = nil,
        url: String? = nil,
        conferences: [Conference] = [],
        status: EventStatus? = nil,
        classification: EventClassification? = nil,
        categories: [String] = [],
        organizer: Organizer? = nil,
        attendees: [Attendee] = [],
        reminders: [Reminder] = [],
        recurrence: Recurrence = Recurrence(),
        recurrenceID: CalendarTime? = nil
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.sequence = sequence
        self.stamp = stamp
        self.durationSeconds = durationSeconds
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.conferences = conferences
        self.status = status
        self.classification = classification
        self.categories = categories
        self.organizer = organizer
        self.attendees = attendees
        self.reminders = reminders
        self.recurrence = recurrence
        self.recurrenceID = recurrenceID
    }
}

/// A busy period from a VFREEBUSY component.
public struct BusyPeriod: Sendable, Hashable, Codable {
    public var start: Date
    public var end: Date
    /// FBTYPE: BUSY, BUSY-TENTATIVE, BUSY-UNAVAILABLE or FREE.
    public var kind: String

    public init(start: Date, end: Date, kind: String = "BUSY") {
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// One VCALENDAR object.
public struct CalendarDocument: Sendable, Hashable, Codable {
    public var method: CalendarMethod?
    public var productID: String
    /// The calendar's display name, written as NAME (RFC 7986) and X-WR-CALNAME.
    public var name: String?
    public var events: [CalendarEvent]
    /// Busy periods read from VFREEBUSY components (read side only).
    public var busyPeriods: [BusyPeriod]

    public init(
        productID: String,
        method: CalendarMethod? = nil,
        name: String? = nil,
        events: [CalendarEvent] = [],
        busyPeriods: [BusyPeriod] = []
    ) {
        self.productID = productID
        self.method = method
        self.name = name
        self.events = events
        self.busyPeriods = busyPeriods
    }
}
