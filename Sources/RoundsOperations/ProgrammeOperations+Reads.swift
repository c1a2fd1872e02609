import Foundation
package import RoundsCore
import RoundsICS
import RoundsScheduling
import RoundsStore

extension ProgrammeOperations {
    /// The whole programme, read in one read-only transaction, for `list`, `show` and the
    /// other listings to render.
    package func snapshot() throws -> ProgrammeData {
        try reader().load()
    }

    /// The fidelity and consistency warnings of the programme and its Rounds: the model's
    /// rules, with the holidays of the programme's region (rules, one-off changes and
    /// `imported` files) over the years the Rounds span.
    static func fidelityWarnings(
        _ data: ProgrammeData, programme: Programme, imported: [HolidayRegion: [BankHoliday]]
    ) -> [FidelityWarning] {
        let holidays = Self.holidays(from: imported)
        let years = data.rounds.map(\.date.year)
        var named: [LocalDate: String] = [:]
        if let first = years.min(), let last = years.max() {
            for holiday in holidays.holidays(from: first, to: last, for: programme.holidayRegion) {
                named[holiday.date] = holiday.name
            }
        }
        let checker = FidelityChecker(
            programme: programme, people: data.people, leave: data.leave, themes: data.themes,
            namedHolidays: named)
        return checker.check(data.rounds)
    }

    /// `list --json`: every Round in date order as JSON text, without stories or notes.
    package func roundsJSON() throws -> String {
        try RoundSummary.json(try reader().load())
    }
}
