import ArgumentParser
import RoundsCore
import RoundsOperations

/// `rounds leave`: record when people are away, so the rota leaves them out.
struct LeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record, remove and list people's leave.",
        discussion: """
            The rota never gives a Round to someone on leave. Notes are private: they are \
            kept in the store and the exported programme file, but never listed or shown in \
            messages.
            """,
        subcommands: [Add.self, Remove.self, List.self])

    struct Dates: ParsableArguments {
        @Argument(help: "The email address of the person.", transform: emailArgument)
        var email: EmailAddress

        @Option(
            help: ArgumentHelp("The first day away (YYYY-MM-DD).", valueName: "date"),
            transform: dateArgument)
        var from: LocalDate

        @Option(
            help: ArgumentHelp(
                "The last day away (YYYY-MM-DD); leave it out for a single day.",
                valueName: "date"),
            transform: dateArgument)
        var to: LocalDate?

        func validate() throws {
            if let to, to < from {
                throw ValidationError(
                    "--to \(to) is before --from \(from). Put the earlier date first.")
            }
        }

        var range: DateRange {
            guard let to, let range = try? DateRange(start: from, end: to) else {
                return DateRange(day: from)
            }
            return range
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record leave for a person.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var dates: Dates

        @Option(
            help: ArgumentHelp(
                "A private note, such as the kind of leave. Never shown in lists.",
                valueName: "text"))
        var note: String?

        func run() throws {
            let entry = Leave(person: dates.email, range: dates.range, note: note)
            try store.operations.addLeave(entry)
            say(["Recorded leave for \(dates.email): \(dates.range.displayText)."])
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person's leave, named by exactly the dates it was recorded with.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var dates: Dates

        func run() throws {
            try store.operations.removeLeave(person: dates.email, range: dates.range)
            say(["Removed leave for \(dates.email): \(dates.range.displayText)."])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List recorded leave, for everyone or for one person.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "Only this person's leave.", transform: emailArgument)
        var email: EmailAddress?

        func run() throws {
            let data = try store.operations.snapshot()
            let entries = data.leave.filter { email == nil || $0.person == email }
            if entries.isEmpty {
                say(["No leave recorded."])
                return
            }
            for entry in entries {
                let name = data.person(entry.person)?.name ?? entry.person.value
                say(["\(name) <\(entry.person)>  \(entry.range.displayText)"])
            }
        }
    }
}
