import ArgumentParser
import Foundation
import RoundsCore
import RoundsICS
import RoundsInvitations
import RoundsStore

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
        let email = try emailArgument(person)
        let opened = try store.open()
        let data = try opened.load()
        let programme = try data.existingProgramme()
        let owner = try RoundEdit.person(email, in: data)
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
            throw CommandFailure("\(file) could not be read. Check the name and try again.")
        }
        let first: LocalDate
        if let from {
            first = try dateArgument(from)
        } else if let earliest = data.rounds.map(\.date).min() {
            first = LocalDate(year: earliest.year, month: earliest.month, day: 1) ?? earliest
        } else {
            let today = try CommandClock.now()
            let parts = Calendar(identifier: .gregorian).dateComponents(
                in: TimeZone(identifier: programme.timeZone) ?? .gmt, from: today)
            first =
                LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? LocalDate(dayNumber: 0)
        }
        let through = first.adding(months: months).adding(days: -1)
        let result = AvailabilityImport(timeZone: programme.timeZone, from: first, through: through)
            .read(bytes, fileName: file, person: email)
        var lines = result.diagnostics.map(\.description)
        guard result.isUsable else {
            // The verdict first, so "Error:" starts a sentence naming the file; then each
            // problem indented, as `rounds ics check` prints them.
            throw CommandFailure(
                ([
                    "\(file) has errors, so \(owner.name)'s busy times were not changed. Fix "
                        + "the file or export it again."
                ] + lines.map { "  " + $0 }).joined(separator: "\n"))
        }
        let times = result.busy.map {
            StoredBusyTime(person: email, start: $0.localStart, end: $0.localEnd)
        }
        try opened.replaceBusyTimes(times, for: email)
        var skipped: [String] = []
        if result.cancelledOccurrences > 0 {
            skipped.append("\(result.cancelledOccurrences) cancelled")
        }
        if result.declinedOccurrences > 0 {
            skipped.append("\(result.declinedOccurrences) declined")
        }
        if result.freePeriods > 0 { skipped.append("\(result.freePeriods) free") }
        lines.append(
            "Imported \(times.count == 1 ? "1 busy time" : "\(times.count) busy times") for "
                + "\(owner.name) from \(first.displayText) to \(through.displayText)"
                + (skipped.isEmpty ? "" : " (left out: \(skipped.joined(separator: ", ")))")
                + ". Run `rounds plan` again to apply them.")
        say(lines)
    }
}
