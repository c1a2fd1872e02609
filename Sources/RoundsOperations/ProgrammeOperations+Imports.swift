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

    /// `import holidays FILE`: GOV.UK's JSON (every nation) or an iCalendar file of the
    /// programme's nation; returns the file's diagnostics and the summary.
    package func importHolidays(file: String) throws -> [String] {
        let opened = try store()
        let programme = try opened.load().existingProgramme()
        let url = URL(fileURLWithPath: file)
        guard let data = try? Data(contentsOf: url) else {
            throw OperationFailure("\(file) could not be read. Check the name and try again.")
        }
        var lines: [String] = []
        var holidays: [ImportedHoliday] = []
        if url.pathExtension.lowercased() == "ics" {
            let read = CalendarReader().read(data, fileName: file)
            lines += read.diagnostics.map(\.description)
            guard read.isUsable else {
                throw OperationFailure(
                    "\(file) has errors, so no holidays were imported. Fix the problems above "
                        + "or download the file again.")
            }
            for event in read.events {
                guard case .allDay(let day) = event.start,
                    let date = LocalDate(year: day.year, month: day.month, day: day.day)
                else { continue }
                let name = event.summary?.trimmingCharacters(in: .whitespaces) ?? ""
                holidays.append(
                    ImportedHoliday(
                        nation: programme.nation, date: date,
                        name: name.isEmpty ? "Bank holiday" : name))
            }
        } else {
            let feed = try BankHolidayFeed(data: data, fileName: file)
            for (nation, list) in feed.holidays {
                holidays += list.map {
                    ImportedHoliday(nation: nation, date: $0.date, name: $0.name)
                }
            }
        }
        guard !holidays.isEmpty else {
            throw OperationFailure(
                "\(file) holds no holidays (no all-day events), so nothing was imported.")
        }
        let changed = try opened.replaceHolidays(holidays)
        let nations = Set(holidays.map(\.nation)).map(\.displayName).sorted()
        let years = holidays.map(\.date.year)
        let span = "\(years.min() ?? 0)-\(years.max() ?? 0)"
        let count = holidays.count == 1 ? "1 holiday" : "\(holidays.count) holidays"
        let days = changed == 1 ? "1 day" : "\(changed) days"
        lines.append(
            "Imported \(count) for \(nations.joined(separator: ", ")), \(span): "
                + (changed == 0 ? "no change." : "\(days) added, removed or renamed."))
        lines.append("Run `rounds plan` again to apply them to planned Rounds.")
        return lines
    }

    /// `import availability FILE.ics --person EMAIL`: the person's busy times from `from`
    /// (default: the first month of the earliest Round, else today by `now`) for `months`.
    package func importAvailability(
        file: String, person email: EmailAddress, from: LocalDate?, months: Int,
        now: () throws -> Date
    ) throws -> [String] {
        let opened = try store()
        let data = try opened.load()
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
            let today = try now()
            let parts = Calendar(identifier: .gregorian).dateComponents(
                in: TimeZone(identifier: programme.timeZone) ?? .gmt, from: today)
            first =
                LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? LocalDate(dayNumber: 0)
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
        let times = result.busy.map {
            StoredBusyTime(person: email, start: $0.localStart, end: $0.localEnd)
        }
        try opened.replaceBusyTimes(times, for: email)
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
