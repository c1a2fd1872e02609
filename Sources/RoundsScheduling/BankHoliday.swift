package import RoundsCore

/// One bank holiday: the day it is taken and the name GOV.UK gives it.
package struct BankHoliday: Sendable, Hashable {
    /// The day the holiday is taken (a substitute day when the holiday falls on a weekend).
    package let date: LocalDate
    /// The holiday's name, for example "Summer bank holiday" or "Boxing Day (substitute day)".
    package let name: String

    /// Creates a holiday.
    package init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
