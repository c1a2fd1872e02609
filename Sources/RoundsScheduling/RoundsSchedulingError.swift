/// Everything that can stop the scheduler, described for the person running it.
package enum RoundsSchedulingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bank-holiday file could not be read or is not in GOV.UK's JSON form.
    case holidayFeedUnreadable(file: String, reason: String)
    /// One entry of a bank-holiday file is wrong.
    case holidayFeedBadEntry(file: String, division: String, index: Int, reason: String)
    /// The recurrence rule of a programme's cadence could not be expanded.
    case cadenceUnusable(rule: String, reason: String)

    /// The sentence the user reads.
    package var description: String {
        switch self {
        case .holidayFeedUnreadable(let file, let reason):
            return "Cannot read the bank holidays in \(file): \(reason). "
                + "Download it again from https://www.gov.uk/bank-holidays.json."
        case .holidayFeedBadEntry(let file, let division, let index, let reason):
            return "Cannot read the bank holidays in \(file): event \(index + 1) of "
                + "\"\(division)\" \(reason). Fix that entry or download the file again from "
                + "https://www.gov.uk/bank-holidays.json."
        case .cadenceUnusable(let rule, let reason):
            return "The programme's cadence (\(rule)) cannot be expanded: \(reason). "
                + "Check the programme's cadence and time zone."
        }
    }
}
