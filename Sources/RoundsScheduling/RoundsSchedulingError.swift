import RoundsCore
/// Everything that can stop the scheduler, described for the person running it.
package enum RoundsSchedulingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bank-holiday file could not be read or is not in GOV.UK's JSON form.
    case holidayFeedUnreadable(file: String, reason: String)
    /// One entry of a bank-holiday file is wrong.
    case holidayFeedBadEntry(file: String, division: String, index: Int, reason: String)
    /// An iCalendar holiday file has errors (the reader's diagnostics, one sentence each).
    case holidayCalendarUnusable(file: String, problems: [String])
    /// A holiday file holds no holidays.
    case holidayFileEmpty(file: String)
    /// A region was given for GOV.UK's JSON file, whose divisions name their own nations.
    case holidayRegionForJSON(file: String)
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
        case .holidayCalendarUnusable(let file, let problems):
            // The verdict first, then each problem indented, as `rounds ics check` prints them.
            return
                ([
                    "\(file) has errors, so no holidays were imported. Fix the file or download it "
                        + "again."
                ] + problems.map { "  " + $0 }).joined(separator: "\n")
        case .holidayFileEmpty(let file):
            return "\(file) holds no holidays (no all-day events), so nothing was imported."
        case .holidayRegionForJSON(let file):
            return "\(file) is GOV.UK's JSON file, which names its own nations; --region is "
                + "only for an iCalendar (.ics) file."
        case .cadenceUnusable(let rule, let reason):
            return "The programme's cadence (\(rule)) cannot be expanded: \(reason). "
                + "Check the programme's cadence and time zone."
        }
    }
}
