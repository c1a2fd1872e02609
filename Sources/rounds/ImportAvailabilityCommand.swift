import ArgumentParser
import Foundation
import RoundsOperations

/// `rounds import availability FILE.ics --person EMAIL`: a person's busy times.
struct ImportAvailabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "availability",
        abstract: "Import a person's calendar export so the rota avoids their busy times.",
        discussion: """
            Reads an Outlook, Google or Apple calendar export, or a free/busy file. Repeating \
            events are expanded, all-day events make the whole day busy, and cancelled or \
            declined events are left out. The busy times replace the ones imported for that \
            person before; `rounds plan` respects them. Problems in the file are printed; a \
            file with errors changes nothing. Only times are kept, never event titles.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The calendar export, an .ics file.", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("person"),
        help: ArgumentHelp("Whose calendar it is: their email address.", valueName: "email"))
    var person: String

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "The first day to read, as YYYY-MM-DD. The default is the first day of the "
                + "earliest Round, or today when there are none.", valueName: "date"))
    var from: String?

    @Option(
        help: ArgumentHelp(
            "How many months to read from the first day. The default is 24.",
            valueName: "count"))
    var months: Int = 24

    func validate() throws {
        _ = try emailArgument(person)
        if let from { _ = try dateArgument(from) }
        guard (1...60).contains(months) else {
            throw ValidationError("--months must be from 1 to 60; \(months) is not.")
        }
    }

    func run() throws {
        say(
            try store.operations.importAvailability(
                file: file, person: try emailArgument(person),
                from: try from.map(dateArgument), months: months, now: { try CommandClock.now() }))
    }
}
