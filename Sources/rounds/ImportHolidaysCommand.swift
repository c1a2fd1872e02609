import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds import holidays FILE`: bank holidays from the government's JSON or iCalendar file.
struct ImportHolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "Import holidays: GOV.UK's JSON file or any iCalendar holiday feed.",
        discussion: """
            A .json file is GOV.UK's bank-holidays.json, with all three UK nations. A .ics file \
            (GOV.UK's england-and-wales.ics, Google's public-holiday calendars, a state's or a \
            trust's own closure days) gives the holidays of one region: the programme's, or \
            the one named by --region. Every all-day event is a holiday; observances, timed, \
            cancelled and repeating events are left out and counted. For each region and year \
            the file covers, its list replaces the built-in rules; `rounds plan` and \
            `rounds check` use it. Importing the same file again changes nothing.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "The holidays file: GOV.UK's .json, or an iCalendar .ics file.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The region an iCalendar file's days belong to: GB-EAW, GB-SCT, GB-NIR, IE, US or "
                + "any name, such as US-MA or trust-closures. Default: the programme's region.",
            valueName: "name"))
    var region: String?

    func validate() throws {
        _ = try regionArgument()
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard ext == "json" || ext == "ics" else {
            throw ValidationError(
                "\(file) is neither a .json nor a .ics file. Give GOV.UK's bank-holidays.json "
                    + "or an iCalendar file of holidays.")
        }
    }

    func run() throws {
        say(try store.operations.importHolidays(file: file, region: try regionArgument()))
    }

    /// The `--region` value as a region, or nil when none was given.
    func regionArgument() throws -> HolidayRegion? {
        guard let region else { return nil }
        guard let parsed = HolidayRegion(region) else {
            throw ValidationError(
                "\(region) cannot name a holiday region. Use GB-EAW, GB-SCT, GB-NIR, IE, US or "
                    + "a name of letters, digits, - and _ (at most "
                    + "\(HolidayRegion.maximumNameLength)).")
        }
        return parsed
    }
}
