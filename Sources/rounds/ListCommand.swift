import ArgumentParser
import RoundsCore
import RoundsOperations

/// `rounds list [--json]`: the schedule.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the schedule of Rounds.",
        discussion: """
            Lists every Round in date order with its id, date and time, status, theme, \
            facilitators and panel size. With --json, prints an array of Rounds for scripts: \
            id, date, start and end (ISO 8601 with the UTC offset), timeZone, status, locked, \
            theme, themeSlug, venue, facilitators and panel (each with name and email) and \
            prepMeeting (start and end). Panellists' stories and notes are never included.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print the schedule as JSON instead of a table.")
    var json = false

    func run() throws {
        if json {
            print(try store.operations.roundsJSON())
            return
        }
        let data = try store.operations.snapshot()
        if data.rounds.isEmpty {
            say(["No Rounds yet. Plan some with `rounds plan --from YYYY-MM --months 12`."])
            return
        }
        for round in data.rounds.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            let theme = round.theme.map { data.theme($0)?.title ?? $0 } ?? "no theme yet"
            let names = round.facilitators.map { data.person($0)?.name ?? $0.value }
            let facilitators = names.isEmpty ? "no facilitators yet" : names.joined(separator: ", ")
            let panel = round.panel.count == 1 ? "1 panellist" : "\(round.panel.count) panellists"
            say([
                "\(round.id)  \(round.whenText)  \(round.statusText)  \(theme)  "
                    + "\(facilitators)  \(panel)"
            ])
        }
    }
}
