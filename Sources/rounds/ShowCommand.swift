import ArgumentParser
import RoundsCore
import RoundsOperations

/// `rounds show ID`: one Round in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one Round in full.",
        discussion: """
            Name the Round by its id (such as R-0042) or by its date (such as 2027-03-09) when \
            only one Round falls on that day. Panellists' private notes are not shown.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "The Round's id, such as R-0042, or its date, such as 2027-03-09.", valueName: "round"))
    var round: String

    func run() throws {
        let data = try store.operations.snapshot()
        let found = try data.round(round)
        let zone = data.programme?.timeZone ?? "Europe/London"
        func person(_ email: EmailAddress) -> String {
            data.person(email).map(\.description) ?? email.value
        }
        var lines = ["\(found.id)  \(found.whenText) (\(zone))", "Status: \(found.statusText)"]
        if let venue = data.programme?.venue(for: found) {
            lines.append("Venue: \(venue.locationText)")
        }
        lines.append(
            "Theme: " + (found.theme.map { data.theme($0)?.title ?? $0 } ?? "not chosen yet"))
        lines.append(
            "Facilitators: "
                + (found.facilitators.isEmpty
                    ? "not assigned yet" : found.facilitators.map(person).joined(separator: ", ")))
        if found.panel.isEmpty {
            lines.append("Panel: not chosen yet")
        } else {
            lines.append("Panel, in speaking order:")
            for (index, panellist) in found.panel.enumerated() {
                let story = panellist.storyTitle.map { " - \"\($0)\"" } ?? ""
                lines.append("  \(index + 1). \(person(panellist.person))\(story)")
            }
        }
        if let prep = found.prepMeeting {
            let endText =
                prep.end.date == prep.start.date ? prep.end.time.description : "\(prep.end)"
            lines.append(
                "Prep meeting: \(prep.start.date.weekday.displayName.prefix(3)) "
                    + "\(prep.start.date.displayText) \(prep.start.time)-\(endText)")
        } else {
            lines.append("Prep meeting: not arranged yet")
        }
        say(lines)
    }
}
