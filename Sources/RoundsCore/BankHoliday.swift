/// One bank holiday: the day it is taken and the name GOV.UK gives it.
///
/// The one holiday record: the scheduler's rules make them, holiday files are read into them
/// and the store keeps imported ones by region (`[HolidayRegion: [BankHoliday]]`).
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
