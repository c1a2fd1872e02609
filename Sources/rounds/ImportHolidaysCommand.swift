import ArgumentParser
import Foundation
import RoundsCore
import RoundsICS
import RoundsScheduling
import RoundsStore

/// `rounds import holidays FILE`: bank holidays from the government's JSON or iCalendar file.
struct ImportHolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "Refresh bank holidays from the government's published JSON or iCalendar file.",
        discussion: """
            A .json file is GOV.UK's bank-holidays.json, with all three nations. A .ics file \
            (such as england-and-wales.ics) gives the holidays of the programme's nation: \
            every all-day event is a holiday. For each nation and year the file covers, its \
            list replaces the built-in rules; `rounds plan` and `rounds check` use it. \
            Importing the same file again changes nothing.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "The holidays file: GOV.UK's .json, or an iCalendar .ics file.", valueName: "file"))
    var file: String

    var isCalendar: Bool { URL(fileURLWithPath: file).pathExtension.lowercased() == "ics" }

    func validate() throws {
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard ext == "json" || ext == "ics" else {
            throw ValidationError(
                "\(file) is neither a .json nor a .ics file. Give GOV.UK's bank-holidays.json "
                    + "or an iCalendar file of holidays.")
        }
    }

    func run() throws {
        let opened = try store.open()
        let programme = try opened.load().existingProgramme()
        let url = URL(fileURLWithPath: file)
        guard let data = try? Data(contentsOf: url) else {
            throw CommandFailure("\(file) could not be read. Check the name and try again.")
        }
        var lines: [String] = []
        var holidays: [ImportedHoliday] = []
        if isCalendar {
            let read = CalendarReader().read(data, fileName: file)
            lines += read.diagnostics.map(\.description)
            guard read.isUsable else {
                throw CommandFailure(
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
                        region: programme.holidayRegion, date: date,
                        name: name.isEmpty ? "Bank holiday" : name))
            }
        } else {
            let feed = try BankHolidayFeed(data: data, fileName: file)
            for (nation, list) in feed.holidays {
                holidays += list.map {
                    ImportedHoliday(region: HolidayRegion(nation), date: $0.date, name: $0.name)
                }
            }
        }
        guard !holidays.isEmpty else {
            throw CommandFailure(
                "\(file) holds no holidays (no all-day events), so nothing was imported.")
        }
        let changed = try opened.replaceHolidays(holidays)
        let nations = Set(holidays.map(\.region)).map(\.displayName).sorted()
        let years = holidays.map(\.date.year)
        let span = "\(years.min() ?? 0)-\(years.max() ?? 0)"
        let count = holidays.count == 1 ? "1 holiday" : "\(holidays.count) holidays"
        let days = changed == 1 ? "1 day" : "\(changed) days"
        lines.append(
            "Imported \(count) for \(nations.joined(separator: ", ")), \(span): "
                + (changed == 0 ? "no change." : "\(days) added, removed or renamed."))
        lines.append("Run `rounds plan` again to apply them to planned Rounds.")
        say(lines)
    }
}
