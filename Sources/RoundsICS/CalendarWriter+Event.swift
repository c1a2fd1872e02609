internal import CLibical
import Foundation

extension CalendarWriter {
    /// Adds one VEVENT, built property by property (libical's variadic constructors are not
    /// available from Swift).
    func addEvent(_ prepared: WritePlan.PreparedEvent, stamp: Date, to root: OpaquePointer) throws {
        guard let component = icalcomponent_new(ICAL_VEVENT_COMPONENT) else {
            throw RoundsICSError.serialisationFailed
        }
        // Owned by the calendar from here on, so a throw below leaks nothing.
        icalcomponent_add_component(root, component)
        let event = prepared.event
        func add(_ property: OpaquePointer?) {
            if let property { icalcomponent_add_property(component, property) }
        }

        add(event.uid.withCString { icalproperty_new_uid($0) })
        add(icalproperty_new_dtstamp(TimeZones.utcTime(TimeZones.timeT(stamp))))
        add(try timeProperty(event.start, icalproperty_new_dtstart))
        if let end = event.end {
            add(try timeProperty(end, icalproperty_new_dtend))
        } else if let seconds = event.durationSeconds {
            add(icalproperty_new_duration(icaldurationtype_from_int(Int32(seconds))))
        }
        if let recurrenceID = event.recurrenceID {
            add(try timeProperty(recurrenceID, icalproperty_new_recurrenceid))
        }
        for rule in prepared.rules {
            add(icalproperty_new_rrule(rule.recurrence))
        }
        for date in event.recurrence.additionalDates {
            add(
                try timeProperty(date) { time in
                    icalproperty_new_rdate(
                        icaldatetimeperiodtype(time: time, period: icalperiodtype_null_period()))
                })
        }
        for date in event.recurrence.exceptionDates {
            add(try timeProperty(date, icalproperty_new_exdate))
        }
        add(icalproperty_new_sequence(Int32(event.sequence)))
        if let status = event.status { add(icalproperty_new_status(status.libicalValue)) }
        if let classification = event.classification {
            add(icalproperty_new_class(classification.libicalValue))
        }
        if let summary = event.summary { add(summary.withCString { icalproperty_new_summary($0) }) }
        if let description = event.description {
            add(description.withCString { icalproperty_new_description($0) })
        }
        if let location = event.location {
            add(location.withCString { icalproperty_new_location($0) })
        }
        if let url = event.url { add(url.withCString { icalproperty_new_url($0) }) }
        for conference in event.conferences {
            let property = conference.uri.withCString { icalproperty_new_conference($0) }
            // RFC 7986 5.11 requires VALUE=URI on CONFERENCE.
            icalproperty_add_parameter(property, icalparameter_new_value(ICAL_VALUE_URI))
            icalproperty_add_parameter(property, icalparameter_new_feature(ICAL_FEATURE_VIDEO))
            if let label = conference.label {
                icalproperty_add_parameter(
                    property, label.withCString { icalparameter_new_label($0) })
            }
            add(property)
        }
        if !event.categories.isEmpty {
            add(
                event.categories.joined(separator: ",").withCString {
                    icalproperty_new_categories($0)
                })
        }
        if let organizer = event.organizer {
            let property = Self.withMailto(organizer.email) { icalproperty_new_organizer($0) }
            if let name = organizer.name {
                icalproperty_add_parameter(property, name.withCString { icalparameter_new_cn($0) })
            }
            add(property)
        }
        for attendee in event.attendees {
            add(attendeeProperty(attendee))
        }
        for reminder in event.reminders {
            addReminder(reminder, to: component)
        }
    }

    private func attendeeProperty(_ attendee: Attendee) -> OpaquePointer? {
        let property = Self.withMailto(attendee.email) { icalproperty_new_attendee($0) }
        if let name = attendee.name {
            icalproperty_add_parameter(property, name.withCString { icalparameter_new_cn($0) })
        }
        icalproperty_add_parameter(property, icalparameter_new_role(attendee.role.libicalValue))
        icalproperty_add_parameter(
            property, icalparameter_new_partstat(attendee.participation.libicalValue))
        icalproperty_add_parameter(
            property, icalparameter_new_rsvp(attendee.rsvp ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE))
        icalproperty_add_parameter(
            property, icalparameter_new_cutype(attendee.userType.libicalValue))
        return property
    }

    private func addReminder(_ reminder: Reminder, to event: OpaquePointer) {
        guard let alarm = icalcomponent_new(ICAL_VALARM_COMPONENT) else { return }
        icalcomponent_add_component(event, alarm)
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY))
        var trigger = icaltriggertype()
        trigger.time = icaltime_null_time()
        trigger.duration = icaldurationtype_from_int(Int32(-reminder.minutesBefore * 60))
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger))
        icalcomponent_add_property(
            alarm, reminder.message.withCString { icalproperty_new_description($0) })
    }

    /// A DATE, UTC, zoned (`TZID=` with the IANA name) or floating time property.
    func timeProperty(
        _ time: CalendarTime, _ make: (icaltimetype) -> OpaquePointer?
    ) throws -> OpaquePointer? {
        switch time {
        case .allDay(let day):
            // libical adds VALUE=DATE itself for a date value.
            return make(TimeZones.icalDate(day))
        case .utc(let wall):
            var value = TimeZones.icalTime(wall)
            value.zone = TimeZones.utcZone
            return make(value)
        case .zoned(let wall, let zone):
            // The zone is left off the value: libical would not write it, and the TZID
            // parameter must carry the IANA name that matches our VTIMEZONE.
            let property = make(TimeZones.icalTime(wall))
            icalproperty_add_parameter(property, zone.withCString { icalparameter_new_tzid($0) })
            return property
        case .floating(let wall):
            return make(TimeZones.icalTime(wall))
        }
    }

    static func mailto(_ email: String) -> String {
        WritePlan.hasMailtoPrefix(email) ? email : "mailto:" + email
    }

    /// Calls `body` with `mailto(email)` as a C string, built on the stack rather than as a
    /// new `String` (an allocation and a copy for every attendee written).
    static func withMailto<Result>(
        _ email: String, _ body: (UnsafePointer<CChar>) -> Result
    ) -> Result {
        if WritePlan.hasMailtoPrefix(email) { return email.withCString(body) }
        var email = email
        return email.withUTF8 { address in
            let scheme = MailtoScheme.text
            let schemeLength = MailtoScheme.length
            let length = schemeLength + address.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { text in
                guard let start = text.baseAddress else {
                    return ("mailto:" + String(decoding: address, as: UTF8.self)).withCString(body)
                }
                start.initialize(from: scheme.utf8Start, count: schemeLength)
                if let bytes = address.baseAddress {
                    (start + schemeLength).initialize(from: bytes, count: address.count)
                }
                start[length] = 0
                return UnsafeRawPointer(start).withMemoryRebound(
                    to: CChar.self, capacity: length + 1, body)
            }
        }
    }
}

extension EventStatus {
    /// The case for libical's value; nil for one Rounds has no case for.
    init?(libicalValue value: icalproperty_status) {
        switch value {
        case ICAL_STATUS_TENTATIVE: self = .tentative
        case ICAL_STATUS_CONFIRMED: self = .confirmed
        case ICAL_STATUS_CANCELLED: self = .cancelled
        default: return nil
        }
    }

    var libicalValue: icalproperty_status {
        switch self {
        case .tentative: ICAL_STATUS_TENTATIVE
        case .confirmed: ICAL_STATUS_CONFIRMED
        case .cancelled: ICAL_STATUS_CANCELLED
        }
    }
}

extension EventClassification {
    /// The case for libical's value; nil for one Rounds has no case for.
    init?(libicalValue value: icalproperty_class) {
        switch value {
        case ICAL_CLASS_PUBLIC: self = .public
        case ICAL_CLASS_PRIVATE: self = .private
        case ICAL_CLASS_CONFIDENTIAL: self = .confidential
        default: return nil
        }
    }

    var libicalValue: icalproperty_class {
        switch self {
        case .public: ICAL_CLASS_PUBLIC
        case .private: ICAL_CLASS_PRIVATE
        case .confidential: ICAL_CLASS_CONFIDENTIAL
        }
    }
}

extension AttendeeRole {
    /// The case for libical's value; nil for one Rounds has no case for.
    init?(libicalValue value: icalparameter_role) {
        guard let match = Self.allCases.first(where: { $0.libicalValue == value }) else {
            return nil
        }
        self = match
    }

    var libicalValue: icalparameter_role {
        switch self {
        case .chair: ICAL_ROLE_CHAIR
        case .requiredParticipant: ICAL_ROLE_REQPARTICIPANT
        case .optionalParticipant: ICAL_ROLE_OPTPARTICIPANT
        case .nonParticipant: ICAL_ROLE_NONPARTICIPANT
        }
    }
}

extension ParticipationStatus {
    /// The case for libical's value; nil for one Rounds has no case for.
    init?(libicalValue value: icalparameter_partstat) {
        guard let match = Self.allCases.first(where: { $0.libicalValue == value }) else {
            return nil
        }
        self = match
    }

    var libicalValue: icalparameter_partstat {
        switch self {
        case .needsAction: ICAL_PARTSTAT_NEEDSACTION
        case .accepted: ICAL_PARTSTAT_ACCEPTED
        case .declined: ICAL_PARTSTAT_DECLINED
        case .tentative: ICAL_PARTSTAT_TENTATIVE
        case .delegated: ICAL_PARTSTAT_DELEGATED
        }
    }
}

extension CalendarUserType {
    /// The case for libical's value; nil for one Rounds has no case for.
    init?(libicalValue value: icalparameter_cutype) {
        guard let match = Self.allCases.first(where: { $0.libicalValue == value }) else {
            return nil
        }
        self = match
    }

    var libicalValue: icalparameter_cutype {
        switch self {
        case .individual: ICAL_CUTYPE_INDIVIDUAL
        case .group: ICAL_CUTYPE_GROUP
        case .resource: ICAL_CUTYPE_RESOURCE
        case .room: ICAL_CUTYPE_ROOM
        case .unknown: ICAL_CUTYPE_UNKNOWN
        }
    }
}
