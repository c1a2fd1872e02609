package import Foundation
package import RoundsCore

/// One holiday file read for `rounds import holidays`: GOV.UK's JSON (the three UK nations) or
/// any iCalendar holiday feed, whose days belong to one region.
///
/// The command (or the application layer) stores ``holidays`` and prints ``lines`` and then
/// ``summary(changed:)``; everything it says is decided here.
package struct HolidayImport: Sendable {
    /// The holidays read, by region.
    package let holidays: [HolidayRegion: [BankHoliday]]
    /// The calendar reader's warnings and what was left out, one sentence each.
    package let lines: [String]
    /// The programme's region, when the file's days were imported for another one.
    private let programmeRegion: HolidayRegion

    /// Reads `data`. An `.ics` file's days go to `region`, or to `programmeRegion` when no
    /// region is given; `region` is refused for a JSON file, whose divisions name their own.
    package init(
        data: Data, fileName: String, region: HolidayRegion?, programmeRegion: HolidayRegion
    ) throws(RoundsSchedulingError) {
        self.programmeRegion = programmeRegion
        let isCalendar = URL(fileURLWithPath: fileName).pathExtension.lowercased() == "ics"
        guard isCalendar else {
            if region != nil { throw .holidayRegionForJSON(file: fileName) }
            let feed = try BankHolidayFeed(data: data, fileName: fileName)
            var byRegion: [HolidayRegion: [BankHoliday]] = [:]
            for (nation, list) in feed.holidays { byRegion[HolidayRegion(nation)] = list }
            holidays = byRegion
            lines = []
            try Self.requireDays(byRegion, fileName: fileName)
            return
        }
        let target = region ?? programmeRegion
        let read = HolidayCalendar(
            data: data, fileName: fileName,
            defaultName: target.nation == nil ? "Holiday" : "Bank holiday")
        guard read.isUsable else {
            throw .holidayCalendarUnusable(file: fileName, problems: read.diagnostics)
        }
        holidays = read.holidays.isEmpty ? [:] : [target: read.holidays]
        lines = read.diagnostics + read.notes
        try Self.requireDays(holidays, fileName: fileName)
    }

    private static func requireDays(
        _ holidays: [HolidayRegion: [BankHoliday]], fileName: String
    ) throws(RoundsSchedulingError) {
        if holidays.values.allSatisfy(\.isEmpty) { throw .holidayFileEmpty(file: fileName) }
    }

    /// What to print once the days are stored and `changed` stored days differ.
    package func summary(changed: Int) -> [String] {
        let all = holidays.values.flatMap { $0 }
        let regions = holidays.keys.map(\.displayName).sorted()
        let years = all.map(\.date.year)
        let span = "\(years.min() ?? 0)-\(years.max() ?? 0)"
        let count = all.count == 1 ? "1 holiday" : "\(all.count) holidays"
        let days = changed == 1 ? "1 day" : "\(changed) days"
        var result = [
            "Imported \(count) for \(regions.joined(separator: ", ")), \(span): "
                + (changed == 0 ? "no change." : "\(days) added, removed or renamed.")
        ]
        let others = holidays.keys.filter { $0 != programmeRegion && $0.nation == nil }
        if let other = others.first {
            result.append(
                "The programme uses the holidays of \(programmeRegion.code); set `holidays: "
                    + "\(other.code)` in the programme file to use these instead.")
        }
        result.append("Run `rounds plan` again to apply them to planned Rounds.")
        return result
    }
}
