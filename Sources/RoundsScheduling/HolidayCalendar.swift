package import Foundation
package import RoundsCore
internal import RoundsICS

/// Holidays read from any iCalendar holiday feed: GOV.UK's per-nation files, Google's
/// public-holiday calendars, a government's or a trust's own closure days.
///
/// Every all-day event is a holiday named by its SUMMARY, on each day it spans (DTEND is the
/// day after the last, as RFC 5545 says for dates). Left out, and counted in ``notes``: events
/// with a time of day, cancelled events, Google's observances (DESCRIPTION "Observance ...",
/// such as Valentine's Day, which are not days off), and repeating events, whose years a feed
/// does not bound.
package struct HolidayCalendar: Sendable {
    /// Longest span one event may cover, in days.
    package static let maximumEventDays = 31

    /// The reader's diagnostics, one sentence each.
    package let diagnostics: [String]
    /// False when the file has errors: then nothing should be imported.
    package let isUsable: Bool
    /// The holidays in date order, one per day (the first event's name when two share a day).
    package let holidays: [BankHoliday]
    /// What was left out, one sentence each.
    package let notes: [String]

    /// Reads `data`; `fileName` is used in messages, `defaultName` names an event without a
    /// SUMMARY.
    package init(data: Data, fileName: String, defaultName: String = "Holiday") {
        let read = CalendarReader().read(data, fileName: fileName)
        diagnostics = read.diagnostics.map(\.description)
        isUsable = read.isUsable
        var byDay: [LocalDate: BankHoliday] = [:]
        var timed = 0
        var cancelled = 0
        var observances = 0
        var repeating = 0
        var tooLong: [String] = []
        for event in read.events {
            guard case .allDay(let first) = event.start,
                let start = LocalDate(year: first.year, month: first.month, day: first.day)
            else {
                timed += 1
                continue
            }
            if event.status == .cancelled {
                cancelled += 1
                continue
            }
            let description = event.description?.trimmingCharacters(in: .whitespacesAndNewlines)
            if description?.lowercased().hasPrefix("observance") == true {
                observances += 1
                continue
            }
            if !event.recurrence.isEmpty {
                repeating += 1
                continue
            }
            let title =
                (event.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\u{2019}", with: "'")
            var name = title.isEmpty ? defaultName : title
            if description?.lowercased() == "substitute day" { name += " (substitute day)" }
            var days = 1
            if case .allDay(let last) = event.end,
                let end = LocalDate(year: last.year, month: last.month, day: last.day)
            {
                days = max(1, start.days(to: end))
            }
            guard days <= Self.maximumEventDays else {
                tooLong.append("\(name) (\(start), \(days) days)")
                continue
            }
            for offset in 0..<days {
                let day = start.adding(days: offset)
                if byDay[day] == nil { byDay[day] = BankHoliday(date: day, name: name) }
            }
        }
        holidays = byDay.values.sorted { $0.date < $1.date }
        var notes: [String] = []
        func count(_ number: Int, _ one: String, _ many: String) -> String {
            number == 1 ? "1 \(one)" : "\(number) \(many)"
        }
        if timed > 0 {
            notes.append(
                "Left out \(count(timed, "event", "events")) with a time of day: "
                    + "only all-day events are holidays.")
        }
        if cancelled > 0 {
            notes.append("Left out \(count(cancelled, "cancelled event", "cancelled events")).")
        }
        if observances > 0 {
            notes.append(
                "Left out \(count(observances, "observance", "observances")) (not days off).")
        }
        if repeating > 0 {
            notes.append(
                "Left out \(count(repeating, "repeating event", "repeating events")): a feed "
                    + "should list each year's days as events of their own.")
        }
        if !tooLong.isEmpty {
            notes.append(
                "Left out events longer than \(Self.maximumEventDays) days: "
                    + tooLong.joined(separator: ", ") + ".")
        }
        self.notes = notes
    }
}
