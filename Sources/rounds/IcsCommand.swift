import ArgumentParser

/// `rounds ics`: commands that work on iCalendar (.ics) files.
struct IcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Work with iCalendar (.ics) files.",
        subcommands: [IcsCheckCommand.self]
    )
}
