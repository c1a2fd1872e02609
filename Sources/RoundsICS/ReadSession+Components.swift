internal import CLibical
internal import Foundation

/// A libical property with its name and the line it came from.
///
/// Holds no reference (so that the arrays of them cost no reference counting): the name is
/// looked up again when it is needed, which is for messages and for names libical has no
/// kind of its own for.
struct LocatedProperty {
    let property: OpaquePointer
    /// libical's kind, which the readers switch on rather than comparing names.
    let kind: icalproperty_kind
    let line: Int?

    /// The name in upper case, as libical gives it (the name its line was matched by).
    var name: String { knownName ?? ReadSession.libicalName(of: property) }

    /// The name when it is one of `ReadSession.standardName(of:)`'s, without asking libical.
    var knownName: String? { ReadSession.knownName(of: kind)?.name }
}

/// Where a diagnostic belongs: which component, which event, which calendar.
struct ReadContext {
    let component: String
    let uid: String?
    let calendar: OpaquePointer
    let beginLine: Int?
}

extension ReadSession {
    /// Reads one VCALENDAR and everything in it; with `events`, `calendar` is the skeleton
    /// and its events are read one at a time from there (`readChildren(of:block:events:into:)`).
    mutating func readCalendar(
        _ calendar: OpaquePointer, block: Int?, events: EventSource?
    ) -> CalendarDocument {
        componentCounts["VCALENDAR", default: 0] += 1
        let context = ReadContext(
            component: "VCALENDAR", uid: nil, calendar: calendar,
            beginLine: block.map { scan.blocks[$0].beginLine })
        var document = CalendarDocument(productID: "")
        var calendarName: String?
        for located in properties(of: calendar, block: block, context: context).found {
            switch located.name {
            case "PRODID":
                document.productID = textValue(located) ?? ""
            case "METHOD":
                let value = textValue(located) ?? ""
                document.method = CalendarMethod(rawValue: value.uppercased())
                if document.method == nil {
                    report(
                        .warning, .unknownValue,
                        "METHOD:\(value) is not a method calendar programs know; it was ignored.",
                        located, context)
                }
            case "NAME":
                document.name = textValue(located)
            case "X-WR-CALNAME":
                calendarName = textValue(located)
            default:
                break
            }
        }
        if document.name == nil { document.name = calendarName }
        if let events, let block {
            readChildren(of: calendar, block: block, events: events, into: &document)
            return document
        }
        let children = block.map { scan.blocks[$0].children } ?? []
        document.events.reserveCapacity(
            Int(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT)))
        var cursor = ChildCursor()
        var child = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT)
        while let component = child {
            let childBlock = cursor.next(named: kindName(component), among: children, in: scan)
            switch icalcomponent_isa(component) {
            case ICAL_VEVENT_COMPONENT:
                readEvent(
                    component, block: childBlock, calendar: calendar, into: &document.events)
                // The event is in Swift values now: free its part of libical's tree at once,
                // so that the tree and the values are not both held for the whole file.
                // Advance first; the removed event is then near the head of the list (those
                // before it were freed too), so removing it is quick.
                child = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)
                icalcomponent_remove_component(calendar, component)
                icalcomponent_free(component)
                continue
            default:
                readChild(component, block: childBlock, calendar: calendar, into: &document)
            }
            child = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)
        }
        return document
    }

    /// Reads a child of a calendar other than a VEVENT.
    mutating func readChild(
        _ component: OpaquePointer, block: Int?, calendar: OpaquePointer,
        into document: inout CalendarDocument
    ) {
        if icalcomponent_isa(component) == ICAL_VFREEBUSY_COMPONENT {
            document.busyPeriods += readFreeBusy(component, block: block, calendar: calendar)
        } else {
            readOther(component, block: block, calendar: calendar, uid: nil)
        }
    }

    /// Counts a component Rounds does not turn into values and reports what libical could not
    /// read inside it.
    mutating func readOther(
        _ component: OpaquePointer, block: Int?, calendar: OpaquePointer, uid: String?
    ) {
        let name = block.map { scan.blocks[$0].name } ?? kindName(component)
        componentCounts[name, default: 0] += 1
        let uid = text(icalcomponent_get_uid(component)) ?? uid
        let context = ReadContext(
            component: name, uid: uid, calendar: calendar,
            beginLine: block.map { scan.blocks[$0].beginLine })
        _ = properties(of: component, block: block, context: context)
        let children = block.map { scan.blocks[$0].children } ?? []
        var cursor = ChildCursor()
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let inner = child {
            let innerBlock = cursor.next(named: kindName(inner), among: children, in: scan)
            readOther(inner, block: innerBlock, calendar: calendar, uid: uid)
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
    }

    /// The properties of `component` with their lines; libical's error notes among them are
    /// reported in plain words and left out. `failed` names the properties libical dropped.
    mutating func properties(
        of component: OpaquePointer, block: Int?, context: ReadContext
    ) -> (found: [LocatedProperty], failed: Set<String>) {
        var locator = PropertyLocator(block: block, scan: scan)
        var found: [LocatedProperty] = []
        // Room for the block's lines and a few more (libical splits CATEGORIES:A,B in two),
        // without asking libical to count the properties.
        if let block {
            found.reserveCapacity(scan.blocks[block].propertyCount + 4)
        } else {
            found.reserveCapacity(
                Int(icalcomponent_count_properties(component, ICAL_ANY_PROPERTY)))
        }
        var failed: Set<String> = []
        let knownNames = Self.knownNames
        var next = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
        while let property = next {
            next = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
            let kind = icalproperty_isa(property)
            if kind == ICAL_XLICERROR_PROPERTY {
                let source = locator.lineOfError()
                if let name = reportParseError(property, source: source, context: context) {
                    failed.insert(name)
                }
                continue
            }
            let index = Int(kind.rawValue)
            let line: Int?
            if index < knownNames.count, let known = knownNames[index] {
                line = locator.line(of: known.name, packed: known.packed)
            } else {
                let name = Self.libicalName(of: property)
                line = locator.line(of: name, packed: SourceScan.PackedName(text: name))
            }
            found.append(LocatedProperty(property: property, kind: kind, line: line))
        }
        return (found, failed)
    }

    /// A property's name in upper case from libical's allocated copy.
    static func libicalName(of property: OpaquePointer) -> String {
        guard let pointer = icalproperty_get_property_name_r(property) else { return "" }
        defer { free(pointer) }
        return (String(validatingCString: pointer) ?? String(cString: pointer)).uppercased()
    }

    /// `knownNames` for `kind`, when it has an entry.
    static func knownName(of kind: icalproperty_kind) -> KnownName? {
        let index = Int(kind.rawValue)
        return index < knownNames.count ? knownNames[index] : nil
    }

    /// A standard name and its packed form, made once rather than for every property read.
    struct KnownName {
        let name: String
        let packed: SourceScan.PackedName?
    }

    /// `standardName(of:)` for every kind, indexed by the kind's raw value.
    static let knownNames: [KnownName?] = (0..<256).map { raw in
        standardName(of: icalproperty_kind(rawValue: UInt32(raw))).map {
            KnownName(name: $0, packed: SourceScan.PackedName(text: $0))
        }
    }

    /// The names of the properties calendars hold most, without asking libical for an
    /// allocated copy of each property's name (as `icalproperty_kind_to_string` spells them;
    /// `ReadSessionNameTests` checks every one).
    static func standardName(of kind: icalproperty_kind) -> String? {
        switch kind {
        case ICAL_ATTENDEE_PROPERTY: "ATTENDEE"
        case ICAL_UID_PROPERTY: "UID"
        case ICAL_DTSTAMP_PROPERTY: "DTSTAMP"
        case ICAL_DTSTART_PROPERTY: "DTSTART"
        case ICAL_DTEND_PROPERTY: "DTEND"
        case ICAL_DURATION_PROPERTY: "DURATION"
        case ICAL_SEQUENCE_PROPERTY: "SEQUENCE"
        case ICAL_SUMMARY_PROPERTY: "SUMMARY"
        case ICAL_DESCRIPTION_PROPERTY: "DESCRIPTION"
        case ICAL_LOCATION_PROPERTY: "LOCATION"
        case ICAL_URL_PROPERTY: "URL"
        case ICAL_STATUS_PROPERTY: "STATUS"
        case ICAL_CLASS_PROPERTY: "CLASS"
        case ICAL_TRANSP_PROPERTY: "TRANSP"
        case ICAL_CATEGORIES_PROPERTY: "CATEGORIES"
        case ICAL_ORGANIZER_PROPERTY: "ORGANIZER"
        case ICAL_RRULE_PROPERTY: "RRULE"
        case ICAL_RDATE_PROPERTY: "RDATE"
        case ICAL_EXDATE_PROPERTY: "EXDATE"
        case ICAL_RECURRENCEID_PROPERTY: "RECURRENCE-ID"
        case ICAL_CREATED_PROPERTY: "CREATED"
        case ICAL_LASTMODIFIED_PROPERTY: "LAST-MODIFIED"
        case ICAL_PRIORITY_PROPERTY: "PRIORITY"
        case ICAL_ACTION_PROPERTY: "ACTION"
        case ICAL_TRIGGER_PROPERTY: "TRIGGER"
        case ICAL_PRODID_PROPERTY: "PRODID"
        case ICAL_VERSION_PROPERTY: "VERSION"
        case ICAL_CALSCALE_PROPERTY: "CALSCALE"
        case ICAL_METHOD_PROPERTY: "METHOD"
        case ICAL_TZID_PROPERTY: "TZID"
        case ICAL_TZOFFSETFROM_PROPERTY: "TZOFFSETFROM"
        case ICAL_TZOFFSETTO_PROPERTY: "TZOFFSETTO"
        case ICAL_TZNAME_PROPERTY: "TZNAME"
        default: nil
        }
    }

    /// Properties whose loss makes an event wrong rather than merely poorer.
    static let essentialProperties: Set<String> = [
        "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
        "FREEBUSY", "TRIGGER",
    ]

    /// Puts one of libical's error notes into words; returns the name of the dropped property.
    private mutating func reportParseError(
        _ note: OpaquePointer, source: (name: String, line: Int)?, context: ReadContext
    ) -> String? {
        let kind = icalproperty_get_first_parameter(note, ICAL_XLICERRORTYPE_PARAMETER).map {
            icalparameter_get_xlicerrortype($0)
        }
        let line = source?.line ?? context.beginLine
        let name = source?.name ?? ""
        let located = (line: line, context: context)
        switch kind {
        case ICAL_XLICERRORTYPE_VALUEPARSEERROR:
            let shown = Self.rejectedValue(text(icalproperty_get_xlicerror(note)))
            // libical drops a property with an empty value; Google writes `LOCATION:` and
            // `DESCRIPTION:` for "none", so an empty text is no problem worth a word.
            if shown == nil, !Self.essentialProperties.contains(name) { return name }
            if shown == nil {
                add(
                    .error, .unreadableValue,
                    "\(name) has no value, so the property was ignored.", located)
                return name
            }
            let quoted = Self.essentialProperties.contains(name) ? shown : nil
            if name == "RRULE" || name == "EXRULE" {
                let rule = quoted.map { "“\($0)”" } ?? "(\(name))"
                add(
                    .error, .badRepeatRule,
                    "The repeat rule \(rule) could not be understood, so it was ignored and the "
                        + "event will not repeat as intended.", located)
            } else {
                let severity: CalendarDiagnostic.Severity =
                    Self.essentialProperties.contains(name) ? .error : .warning
                let subject = name.isEmpty ? "this property" : name
                let valuePart = quoted.map { ", “\($0)”," } ?? ""
                add(
                    severity, .unreadableValue,
                    "The value of \(subject)\(valuePart) could not be read, so the property was "
                        + "ignored.", located)
            }
            return name
        case ICAL_XLICERRORTYPE_PARAMETERNAMEPARSEERROR,
            ICAL_XLICERRORTYPE_PARAMETERVALUEPARSEERROR:
            add(
                .warning, .unreadableParameter,
                "A parameter of \(name.isEmpty ? "this property" : name) could not be read "
                    + "and was ignored.", located)
            return nil
        case ICAL_XLICERRORTYPE_PROPERTYPARSEERROR:
            add(
                .warning, .unreadableLine,
                "The property name on this line could not be read, so the line was ignored.",
                located)
            return name
        case ICAL_XLICERRORTYPE_COMPONENTPARSEERROR:
            add(
                .warning, .unreadableLine,
                "This line is neither a property nor a BEGIN or END line, so it was ignored.",
                located)
            return name
        default:
            add(
                .warning, .unreadableLine, "Part of this line could not be read and was ignored.",
                located)
            return name
        }
    }

    /// The value libical quotes at the end of its note, shortened for a message.
    private static func rejectedValue(_ note: String?) -> String? {
        guard let note, let marker = note.range(of: "property: ", options: .backwards) else {
            return nil
        }
        let value = String(note[marker.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        return value.count > 60 ? String(value.prefix(57)) + "..." : value
    }

    /// Records a diagnostic at `located`.
    mutating func add(
        _ severity: CalendarDiagnostic.Severity, _ kind: CalendarDiagnostic.Kind,
        _ message: String, _ located: (line: Int?, context: ReadContext)
    ) {
        diagnostics.append(
            CalendarDiagnostic(
                severity, kind, message, line: located.line,
                component: located.context.component, uid: located.context.uid))
    }

    /// Records a diagnostic about `property`.
    mutating func report(
        _ severity: CalendarDiagnostic.Severity, _ kind: CalendarDiagnostic.Kind,
        _ message: String, _ property: LocatedProperty, _ context: ReadContext
    ) {
        add(severity, kind, message, (property.line ?? context.beginLine, context))
    }

    /// A string libical allocated for us; frees it.
    func owned(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { free(pointer) }
        return String(validatingCString: pointer) ?? String(cString: pointer)
    }
}
