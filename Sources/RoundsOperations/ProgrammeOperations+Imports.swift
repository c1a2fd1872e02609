package import Foundation
package import RoundsCore
import RoundsICS
import RoundsInvitations
import RoundsScheduling
import RoundsStore

extension ProgrammeOperations {
    /// `init`: creates the store, filled from `programmeFile` when given; a store whose first
    /// import fails is removed again. Returns the import's lines (none without a file).
    package func initialise(from programmeFile: String?) throws -> [String] {
        let created = try location.create(storePath)
        guard let programmeFile else { return [] }
        do {
            let report = try created.importProgramme(
                at: URL(fileURLWithPath: programmeFile), name: programmeFile, prune: false)
            try created.checkpoint()
            return report.lines
        } catch {
            // A store that failed its first import is useless; leave nothing behind.
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: storePath + suffix)
            }
            throw error
        }
    }

    /// `import FILE.yaml`: a programme file, matched record by record; `prune` removes what
    /// the file's sections leave out.
    package func importProgramme(file: String, prune: Bool) throws -> [String] {
        try store().importProgramme(at: URL(fileURLWithPath: file), name: file, prune: prune)
            .lines
    }

    /// `import FILE.csv`: people from a spreadsheet.
    package func importPeople(file: String) throws -> [String] {
        try store().importPeople(at: URL(fileURLWithPath: file), name: file).lines
    }

    /// `import holidays FILE [--region NAME]`: GOV.UK's JSON (every UK nation) or an
    /// iCalendar holiday feed for `region` (default: the programme's); returns the file's
    /// notes and the summary.
    package func importHolidays(file: String, region: HolidayRegion? = nil) throws -> [String] {
        try store().update(loading: .settings) { stored, calendars in
            let programme = try stored.existingProgramme()
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
                throw OperationFailure("\(file) could not be read. Check the name and try again.")
            }
            let read = try HolidayImport(
                data: data, fileName: file, region: region,
                programmeRegion: programme.holidayRegion)
            let changed = try calendars.replaceHolidays(read.holidays)
            return read.lines + read.summary(changed: changed)
        }
    }

    /// `import availability FILE.ics --person EMAIL`: the person's busy times from `from`
    /// (default: the first month of the earliest Round, else today by `now`) for `months`.
    package func importAvailability(
        file: String, person email: EmailAddress, from: LocalDate?, months: Int,
        now: () throws -> Date
    ) throws -> [String] {
        try store().update(loading: [.people, .rounds]) { data, calendars in
            try Self.importAvailability(
                file: file, person: email, from: from, months: months, now: now, data: data,
                calendars: calendars)
        }
    }

    /// The work of `importAvailability` inside its transaction.
    private static func importAvailability(
        file: String, person email: EmailAddress, from: LocalDate?, months: Int,
        now: () throws -> Date, data: ProgrammeData, calendars: any CalendarEditor
    ) throws -> [String] {
        let programme = try data.existingProgramme()
        let owner = try data.requirePerson(email)
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
            throw OperationFailure("\(file) could not be read. Check the name and try again.")
        }
        let first: LocalDate
        if let from {
            first = from
        } else if let earliest = data.rounds.map(\.date).min() {
            first = LocalDate(year: earliest.year, month: earliest.month, day: 1) ?? earliest
        } else {
            first = today(in: programme.timeZone, at: try now())
        }
        let through = first.adding(months: months).adding(days: -1)
        let result = AvailabilityImport(timeZone: programme.timeZone, from: first, through: through)
            .read(bytes, fileName: file, person: email)
        var lines = result.diagnostics.map(\.description)
        guard result.isUsable else {
            // The verdict first, so "Error:" starts a sentence naming the file; then each
            // problem indented, as `rounds ics check` prints them.
            throw OperationFailure(
                ([
                    "\(file) has errors, so \(owner.name)'s busy times were not changed. Fix "
                        + "the file or export it again."
                ] + lines.map { "  " + $0 }).joined(separator: "\n"))
        }
        let times = result.busy
        try calendars.replaceBusyTimes(times, for: email)
        var skipped: [String] = []
        if result.cancelledOccurrences > 0 {
            skipped.append("\(result.cancelledOccurrences) cancelled")
        }
        if result.declinedOccurrences > 0 {
            skipped.append("\(result.declinedOccurrences) declined")
        }
        if result.freePeriods > 0 { skipped.append("\(result.freePeriods) free") }
        lines.append(
            "Imported \(times.count == 1 ? "1 busy time" : "\(times.count) busy times") for "
                + "\(owner.name) from \(first.displayText) to \(through.displayText)"
                + (skipped.isEmpty ? "" : " (left out: \(skipped.joined(separator: ", ")))")
                + ". Run `rounds plan` again to apply them.")
        return lines
    }
}
