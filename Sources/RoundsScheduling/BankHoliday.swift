public import RoundsCore

/// One bank holiday: the day it is taken and the name GOV.UK gives it.
public struct BankHoliday: Sendable, Hashable {
    /// The day the holiday is taken (a substitute day when the holiday falls on a weekend).
    public let date: LocalDate
    /// The holiday's name, for example "Summer bank holiday" or "Boxing Day (substitute day)".
    public let name: String

    /// Creates a holiday.
    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
