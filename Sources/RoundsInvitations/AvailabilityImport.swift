package import Foundation
package import RoundsCore
package import RoundsICS

/// What reading one person's calendar export gave.
package struct AvailabilityImportResult: Sendable, Hashable {
    /// The person the times belong to.
    package var person: EmailAddress
    /// Busy times within the window, sorted, overlapping and touching ones merged.
    package var busy: [BusyInterval]
    /// The reader's diagnostics, then problems found while expanding repeats.
    package var diagnostics: [CalendarDiagnostic]
    /// Occurrences left out because the event or that occurrence was cancelled.
    package var cancelledOccurrences: Int
    /// Occurrences left out because the person declined the event.
    package var declinedOccurrences: Int
    /// Occurrences left out because the event is shown as free.
    package var freeOccurrences: Int = 0
    /// VFREEBUSY periods marked FREE, left out.
    package var freePeriods: Int

    /// True when the file could be read (no diagnostic is an error).
    package var isUsable: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// Turns an Outlook, Google or Apple export, or a VFREEBUSY, into busy times for one person.
///
/// - Repeating events are expanded within the window (RRULE, RDATE, EXDATE, moved or changed
///   occurrences) by `RecurrenceExpander`.
/// - All-day events are busy from midnight to midnight in the programme's zone; so are
///   floating times read in that zone.
/// - Left out: events and occurrences with STATUS:CANCELLED, events the person declined,
///   events shown as free (TRANSP:TRANSPARENT or Outlook's busy status FREE), and VFREEBUSY
///   periods marked FREE. BUSY-TENTATIVE and BUSY-UNAVAILABLE count as busy.
package struct AvailabilityImport: Sendable {
    /// The programme's IANA zone.
    package var timeZone: String
    /// First day of the window, in the programme's zone.
    package var from: LocalDate
    /// Last day of the window (inclusive), in the programme's zone.
    package var through: LocalDate

    /// An import for the days `from` through `through` in `timeZone`.
    package init(timeZone: String, from: LocalDate, through: LocalDate) {
        self.timeZone = timeZone
        self.from = from
        self.through = through
    }

    /// Reads `data` (named `fileName` in messages) as `person`'s calendar.
    package func read(_ data: Data, fileName: String, person: EmailAddress)
        -> AvailabilityImportResult
    {
        busyTimes(in: CalendarReader().read(data, fileName: fileName), person: person)
    }

    /// The busy times in a calendar already read.
    package func busyTimes(in read: CalendarReadResult, person: EmailAddress)
        -> AvailabilityImportResult
    {
        var result = AvailabilityImportResult(
            person: person, busy: [], diagnostics: read.diagnostics, cancelledOccurrences: 0,
            declinedOccurrences: 0, freePeriods: 0)
        guard read.isUsable else { return result }
        guard let window = instants() else {
            result.diagnostics.append(
                CalendarDiagnostic(
                    .error, .unknownTimeZone,
                    "The programme's time zone \"\(timeZone)\" is not known, so the times could "
                        + "not be placed. Fix the programme's time zone and import again."))
            return result
        }
        var spans: [(start: Date, end: Date)] = []
        let expander = RecurrenceExpander(floatingZone: timeZone)
        for document in read.documents {
            for part in document.splitByUID() {
                spans += busySpans(of: part, expander: expander, window: window, into: &result)
            }
            for period in document.busyPeriods {
                if period.kind.uppercased() == "FREE" {
                    result.freePeriods += 1
                } else if period.start < window.end && period.end > window.start {
                    spans.append((period.start, period.end))
                }
            }
        }
        result.busy = merged(spans, window: window).compactMap { busyTime($0, person: person) }
        return result
    }

    private func busySpans(
        of part: CalendarDocument, expander: RecurrenceExpander,
        window: (start: Date, end: Date), into result: inout AvailabilityImportResult
    ) -> [(start: Date, end: Date)] {
        guard let uid = part.events.first?.uid else { return [] }
        let master = part.events.first { $0.recurrenceID == nil }
        let expansion: RecurrenceExpansion
        do {
            expansion = try expander.expand(part, from: window.start, to: window.end)
        } catch {
            result.diagnostics.append(
                CalendarDiagnostic(
                    .warning, .badRepeatRule,
                    "The event's dates could not be worked out, so it was left out: \(error)",
                    component: "VEVENT", uid: uid))
            return []
        }
        for warning in expansion.warnings {
            result.diagnostics.append(
                CalendarDiagnostic(.warning, .badRepeatRule, warning, component: "VEVENT", uid: uid)
            )
        }
        var spans: [(start: Date, end: Date)] = []
        for occurrence in expansion.occurrences {
            guard let event = occurrence.override ?? master else { continue }
            if event.status == .cancelled {
                result.cancelledOccurrences += 1
                continue
            }
            if declined(event, person: result.person) {
                result.declinedOccurrences += 1
                continue
            }
            if event.showsAsFree {
                result.freeOccurrences += 1
                continue
            }
            spans.append((occurrence.startDate, max(occurrence.startDate, occurrence.endDate)))
        }
        return spans
    }

    private func declined(_ event: CalendarEvent, person: EmailAddress) -> Bool {
        event.attendees.contains { attendee in
            let email = attendee.email.lowercased()
            let bare = email.hasPrefix("mailto:") ? String(email.dropFirst(7)) : email
            return bare == person.value && attendee.participation == .declined
        }
    }

    /// Midnight at the start of `from` to midnight after `through`, in the programme's zone.
    private func instants() -> (start: Date, end: Date)? {
        let after = through.adding(days: 1)
        func midnight(_ date: LocalDate) -> Date? {
            try? TimeZones.instant(
                of: WallClockTime(
                    year: date.year, month: date.month, day: date.day, hour: 0, minute: 0),
                in: timeZone)
        }
        guard let start = midnight(from), let end = midnight(after), end > start else { return nil }
        return (start, end)
    }

    /// The spans sorted, clipped to the window, with overlapping and touching ones joined.
    private func merged(
        _ spans: [(start: Date, end: Date)], window: (start: Date, end: Date)
    ) -> [(start: Date, end: Date)] {
        var result: [(start: Date, end: Date)] = []
        let clipped = spans.map { (max($0.start, window.start), min($0.end, window.end)) }
            .filter { $0.0 < $0.1 || ($0.0 == $0.1 && $0.0 >= window.start && $0.0 < window.end) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        for span in clipped {
            if let last = result.last, span.0 <= last.end {
                result[result.count - 1].end = max(last.end, span.1)
            } else {
                result.append((span.0, span.1))
            }
        }
        return result
    }

    private func busyTime(_ span: (start: Date, end: Date), person: EmailAddress)
        -> BusyInterval?
    {
        guard let start = try? TimeZones.wallClock(of: span.start, in: timeZone),
            let end = try? TimeZones.wallClock(of: span.end, in: timeZone),
            let localStart = LocalDateTime(
                year: start.day.year, month: start.day.month, day: start.day.day,
                hour: start.hour, minute: start.minute),
            let localEnd = LocalDateTime(
                year: end.day.year, month: end.day.month, day: end.day.day, hour: end.hour,
                minute: end.minute)
        else { return nil }
        // On the programme's wall clock, which the rota compares with Rounds: the start
        // rounded down, and a busy time ending part-way through a minute keeps that minute.
        return BusyInterval(
            person: person, start: localStart,
            end: end.second > 0 ? localEnd.adding(minutes: 1) : localEnd)
    }
}
