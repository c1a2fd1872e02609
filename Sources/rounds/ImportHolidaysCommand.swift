import ArgumentParser
import Foundation
import RoundsOperations

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

    func validate() throws {
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard ext == "json" || ext == "ics" else {
            throw ValidationError(
                "\(file) is neither a .json nor a .ics file. Give GOV.UK's bank-holidays.json "
                    + "or an iCalendar file of holidays.")
        }
    }

    func run() throws {
        say(try store.operations.importHolidays(file: file))
    }
}
