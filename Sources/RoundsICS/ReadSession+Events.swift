internal import CLibical
internal import Foundation

extension ReadSession {
    /// Reads one VEVENT into `events`; nothing is added when it lacks what an event needs (the
    /// reason is reported).
    ///
    /// Appends rather than returns the event: handing it back as an optional cost a copy.
    mutating func readEvent(
        _ component: OpaquePointer, block: Int?, calendar: OpaquePointer,
        into events: inout [CalendarEvent]
    ) {
        eventCount += 1
        let uid = text(icalcomponent_get_uid(component)).flatMap { $0.isEmpty ? nil : $0 }
        let context = ReadContext(
            component: "VEVENT", uid: uid, calendar: calendar,
            beginLine: block.map { scan.blocks[$0].beginLine })
        let (found, failed) = properties(of: component, block: block, context: context)
        // UID and start are set once known to be present; the event is dropped otherwise.
        var event = CalendarEvent(uid: "", start: .allDay(CalendarDay(year: 1, month: 1, day: 1)))
        var start: CalendarTime?
        var startUnusable = failed.contains("DTSTART")
        event.attendees.reserveCapacity(
            Int(icalcomponent_count_properties(component, ICAL_ATTENDEE_PROPERTY)))
        for located in found {
            let property = located.property
            // By libical's kind: each kind has one name, so this is the switch on names it replaced
            // without comparing strings; properties libical has no kind for go by name.
            switch located.kind {
            case ICAL_ATTENDEE_PROPERTY:
                // First: most of an invitation's lines are attendees.
                if let attendee = attendee(located, context) { event.attendees.append(attendee) }
            case ICAL_DTSTART_PROPERTY:
                start = time(icalproperty_get_dtstart(property), located, context)
                if start == nil { startUnusable = true }
            case ICAL_DTEND_PROPERTY:
                event.end = time(icalproperty_get_dtend(property), located, context)
            case ICAL_DURATION_PROPERTY:
                event.durationSeconds = Int(
                    icaldurationtype_as_int(icalproperty_get_duration(property)))
            case ICAL_DTSTAMP_PROPERTY:
                event.stamp = instant(
                    icalproperty_get_dtstamp(property), located, context, severity: .warning)
            case ICAL_SEQUENCE_PROPERTY:
                event.sequence = Int(icalproperty_get_sequence(property))
            case ICAL_SUMMARY_PROPERTY:
                event.summary = textValue(located)
            case ICAL_DESCRIPTION_PROPERTY:
                event.description = textValue(located)
            case ICAL_LOCATION_PROPERTY:
                event.location = textValue(located)
            case ICAL_URL_PROPERTY:
                event.url = textValue(located)
            case ICAL_CONFERENCE_PROPERTY:
                if let uri = textValue(located) {
                    event.conferences.append(
                        Conference(uri: uri, label: parameter(located, "LABEL")))
                }
            case ICAL_STATUS_PROPERTY:
                // libical's own value when it is one of Rounds' cases (as text it would be that
                // case's name); anything else goes by text, which reports it.
                event.status =
                    EventStatus(libicalValue: icalproperty_get_status(property))
                    ?? enumeration(located, context, default: nil)
            case ICAL_CLASS_PROPERTY:
                event.classification =
                    EventClassification(libicalValue: icalproperty_get_class(property))
                    ?? enumeration(located, context, default: nil)
            case ICAL_TRANSP_PROPERTY:
                event.showsAsFree = textValue(located)?.uppercased() == "TRANSPARENT"
            case ICAL_CATEGORIES_PROPERTY:
                if let category = textValue(located), !category.isEmpty {
                    event.categories.append(category)
                }
            case ICAL_ORGANIZER_PROPERTY:
                if let email = emailValue(located) {
                    event.organizer = Organizer(email: email, name: commonName(located))
                }
            case ICAL_RRULE_PROPERTY:
                if let rule = repeatRule(located, context) { event.recurrence.rules.append(rule) }
            case ICAL_RDATE_PROPERTY:
                let value = icalproperty_get_rdate(property)
                let moment =
                    icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
                if let date = time(moment, located, context) {
                    event.recurrence.additionalDates.append(date)
                }
            case ICAL_EXDATE_PROPERTY:
                if let date = time(icalproperty_get_exdate(property), located, context) {
                    event.recurrence.exceptionDates.append(date)
                }
            case ICAL_RECURRENCEID_PROPERTY:
                event.recurrenceID = time(icalproperty_get_recurrenceid(property), located, context)
            default:
                // Only a name without a kind of its own can be one of these, so libical is asked
                // for the name of those alone.
                guard located.knownName == nil else { break }
                switch located.name {
                case "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL":
                    // Google and Teams put the video link in their own property; it is the same
                    // thing as an RFC 7986 CONFERENCE.
                    if let uri = textValue(located) {
                        event.conferences.append(Conference(uri: uri))
                    }
                case "X-MICROSOFT-CDO-BUSYSTATUS":
                    // Outlook's "show as" setting; FREE means the same as TRANSP:TRANSPARENT.
                    if textValue(located)?.uppercased() == "FREE" { event.showsAsFree = true }
                default:
                    break
                }
            }
        }
        readAlarms(of: component, block: block, context: context, into: &event)
        guard let uid else {
            add(
                .error, .missingUID,
                "This event has no UID, so calendar programs cannot tell it apart from others "
                    + "or update it later. It was skipped.", (context.beginLine, context))
            return
        }
        guard let start else {
            if !startUnusable {
                add(
                    .error, .missingStart,
                    "This event has no start (DTSTART), so it cannot be placed in a calendar. "
                        + "It was skipped.", (context.beginLine, context))
            }
            return
        }
        event.uid = uid
        event.start = start
        if let end = event.end, Self.isBefore(end, start) {
            add(
                .warning, .endBeforeStart,
                "This event ends (DTEND) before it starts (DTSTART).",
                (context.beginLine, context))
        }
        events.append(event)
    }

    /// Whether `end` is before `start`, for values that can be compared without zone rules.
    private static func isBefore(_ end: CalendarTime, _ start: CalendarTime) -> Bool {
        switch (end, start) {
        case (.allDay(let end), .allDay(let start)): return end < start
        case (.utc(let end), .utc(let start)): return end < start
        case (.floating(let end), .floating(let start)): return end < start
        case (.zoned(let end, let endZone), .zoned(let start, let startZone)):
            return endZone == startZone && end < start
        default: return false
        }
    }

    /// The address without its `mailto:` scheme.
    static func email(from address: String) -> String {
        guard WritePlan.hasMailtoPrefix(address) else { return address }
        let rest = address.utf8.dropFirst(7)
        // Dropping seven bytes is dropping seven characters unless what follows the colon is
        // a combining mark (never ASCII) that joins it.
        guard rest.first.map({ $0 < 0x80 }) ?? true else { return String(address.dropFirst(7)) }
        return String(decoding: rest, as: UTF8.self)
    }

    private mutating func attendee(_ located: LocatedProperty, _ context: ReadContext)
        -> Attendee?
    {
        guard let email = emailValue(located) else { return nil }
        let name = commonName(located)
        // Each parameter by kind through libical's typed getters, as the C benchmark does; a
        // value libical or Rounds does not know goes the way of `choice`, which reports it. The
        // attendee is made once, from all its fields, rather than made and then changed.
        let property = located.property
        let role =
            icalproperty_get_first_parameter(property, ICAL_ROLE_PARAMETER).flatMap {
                AttendeeRole(libicalValue: icalparameter_get_role($0))
                    ?? choice(located, "ROLE", context)
            } ?? .requiredParticipant
        let participation =
            icalproperty_get_first_parameter(property, ICAL_PARTSTAT_PARAMETER).flatMap {
                ParticipationStatus(libicalValue: icalparameter_get_partstat($0))
                    ?? choice(located, "PARTSTAT", context)
            } ?? .needsAction
        let userType =
            icalproperty_get_first_parameter(property, ICAL_CUTYPE_PARAMETER).flatMap {
                CalendarUserType(libicalValue: icalparameter_get_cutype($0))
                    ?? choice(located, "CUTYPE", context)
            } ?? .individual
        // RFC 5545 3.2.17: RSVP is FALSE unless the parameter says TRUE.
        var rsvp = false
        if let parameter = icalproperty_get_first_parameter(property, ICAL_RSVP_PARAMETER) {
            switch icalparameter_get_rsvp(parameter) {
            case ICAL_RSVP_TRUE: rsvp = true
            case ICAL_RSVP_FALSE: break
            default: rsvp = self.parameter(located, "RSVP")?.uppercased() == "TRUE"
            }
        }
        return Attendee(
            email: email, name: name, role: role, participation: participation, rsvp: rsvp,
            userType: userType)
    }

    /// The CN parameter of an ATTENDEE or ORGANIZER.
    private func commonName(_ located: LocatedProperty) -> String? {
        textParameter(located, ICAL_CN_PARAMETER, "CN", icalparameter_get_cn)
    }

    /// A parameter value read as one of `Value`'s cases; an unknown value is reported.
    private mutating func choice<Value: RawRepresentable<String>>(
        _ located: LocatedProperty, _ name: String, _ context: ReadContext
    ) -> Value? {
        guard let raw = parameter(located, name) else { return nil }
        if let value = Value(rawValue: raw.uppercased()) { return value }
        report(
            .warning, .unknownValue,
            "\(located.name) has \(name)=\(raw), which is not a standard value; the usual "
                + "default was used instead.",
            located, context)
        return nil
    }

    /// A property value read as one of `Value`'s cases; an unknown value is reported.
    private mutating func enumeration<Value: RawRepresentable<String>>(
        _ located: LocatedProperty, _ context: ReadContext, default fallback: Value?
    ) -> Value? {
        guard let raw = textValue(located) else { return fallback }
        if let value = Value(rawValue: raw.uppercased()) { return value }
        report(
            .warning, .unknownValue,
            "\(located.name):\(raw) is not a standard value; it was ignored.", located, context)
        return fallback
    }

    private mutating func repeatRule(_ located: LocatedProperty, _ context: ReadContext)
        -> String?
    {
        var rule = icalproperty_get_rrule(located.property)
        guard rule.freq != ICAL_NO_RECURRENCE else {
            report(
                .error, .badRepeatRule,
                "The repeat rule (RRULE) has no frequency (FREQ), so it was ignored and the event "
                    + "will not repeat as intended.", located, context)
            return nil
        }
        if icaltime_is_null_time(rule.until) == 0,
            let problem = Self.impossibility(of: rule.until)
        {
            report(
                .error, .impossibleDate,
                "The repeat rule (RRULE) ends on an impossible date, \(problem).", located, context)
            return nil
        }
        return owned(icalrecurrencetype_as_string_r(&rule))
    }

    private mutating func readAlarms(
        of event: OpaquePointer, block: Int?, context: ReadContext, into value: inout CalendarEvent
    ) {
        let children = block.map { scan.blocks[$0].children } ?? []
        var cursor = ChildCursor()
        var child = icalcomponent_get_first_component(event, ICAL_ANY_COMPONENT)
        while let component = child {
            child = icalcomponent_get_next_component(event, ICAL_ANY_COMPONENT)
            let name = kindName(component)
            let childBlock = cursor.next(named: name, among: children, in: scan)
            guard icalcomponent_isa(component) == ICAL_VALARM_COMPONENT else {
                readOther(
                    component, block: childBlock, calendar: context.calendar, uid: context.uid)
                continue
            }
            componentCounts[name, default: 0] += 1
            let alarmContext = ReadContext(
                component: name, uid: context.uid, calendar: context.calendar,
                beginLine: childBlock.map { scan.blocks[$0].beginLine })
            var trigger: LocatedProperty?
            var message: String?
            var summary: String?
            for located in properties(of: component, block: childBlock, context: alarmContext)
                .found
            {
                switch located.name {
                case "TRIGGER": trigger = located
                case "DESCRIPTION": message = textValue(located)
                case "SUMMARY": summary = textValue(located)
                default: break
                }
            }
            if let reminder = reminder(trigger, message ?? summary ?? "", alarmContext) {
                value.reminders.append(reminder)
            }
        }
    }

    private mutating func reminder(
        _ trigger: LocatedProperty?, _ message: String, _ context: ReadContext
    ) -> Reminder? {
        guard let trigger else {
            add(
                .warning, .unsupportedReminder,
                "This reminder (VALARM) has no TRIGGER saying when it goes off, so it was skipped.",
                (context.beginLine, context))
            return nil
        }
        let value = icalproperty_get_trigger(trigger.property)
        if icaltime_is_null_time(value.time) == 0 {
            report(
                .warning, .unsupportedReminder,
                "This reminder goes off at a fixed date and time rather than before the event; "
                    + "only reminders relative to the start are read, so it was skipped.",
                trigger, context)
            return nil
        }
        if parameter(trigger, "RELATED")?.uppercased() == "END" {
            report(
                .warning, .unsupportedReminder,
                "This reminder is timed from the end of the event; only reminders relative to "
                    + "the start are read, so it was skipped.", trigger, context)
            return nil
        }
        let seconds = Int(icaldurationtype_as_int(value.duration))
        return Reminder(minutesBefore: -seconds / 60, message: message)
    }

    /// Reads the busy periods of one VFREEBUSY.
    mutating func readFreeBusy(
        _ component: OpaquePointer, block: Int?, calendar: OpaquePointer
    ) -> [BusyPeriod] {
        componentCounts["VFREEBUSY", default: 0] += 1
        let context = ReadContext(
            component: "VFREEBUSY", uid: text(icalcomponent_get_uid(component)),
            calendar: calendar, beginLine: block.map { scan.blocks[$0].beginLine })
        var periods: [BusyPeriod] = []
        for located in properties(of: component, block: block, context: context).found
        where located.name == "FREEBUSY" {
            let period = icalproperty_get_freebusy(located.property)
            guard let start = instant(period.start, located, context, severity: .error) else {
                continue
            }
            let end: Date?
            if icaltime_is_null_time(period.end) == 0 {
                end = instant(period.end, located, context, severity: .error)
            } else {
                end = start.addingTimeInterval(
                    TimeInterval(icaldurationtype_as_int(period.duration)))
            }
            guard let end else { continue }
            periods.append(
                BusyPeriod(
                    start: start, end: end,
                    kind: parameter(located, "FBTYPE")?.uppercased() ?? "BUSY"))
        }
        return periods
    }
}
