import ArgumentParser
import Foundation
import RoundsCore
import RoundsInvitations
import RoundsStore

/// `rounds export feed --out FILE.ics`: the all-staff subscription feed.
struct ExportFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write the all-staff calendar feed of every Round.",
        discussion: """
            One event per Round with its title, theme, time and place, for everyone to \
            subscribe to: publish the file at a fixed web address and re-export after each \
            change. It holds no names of facilitators or panellists, no prep meetings and no \
            notes. Cancelled Rounds stay in it, marked cancelled. See docs/invitations.md.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The .ics file to write. An existing file is replaced in one step.",
            valueName: "file"))
    var output: String

    func validate() throws {
        if output.isEmpty { throw ValidationError("The --out path is empty. Give a file name.") }
    }

    func run() throws {
        let opened = try store.open(readOnly: true)
        let data = try opened.load()
        let source = InvitationSource(
            programme: try data.existingProgramme(), people: data.people, themes: data.themes,
            rounds: data.rounds)
        let sequences = try opened.issuedInvitations().mapValues(\.sequence)
        let bytes = try StaffFeed(source: source, sequences: sequences).data(stamp: Date())
        try AtomicFile.write(bytes, to: URL(fileURLWithPath: output), name: output)
        let cancelled = data.rounds.filter { $0.status == .cancelled }.count
        let rounds = data.rounds.count == 1 ? "1 Round" : "\(data.rounds.count) Rounds"
        say(["Wrote \(output): \(rounds)" + (cancelled > 0 ? ", \(cancelled) cancelled." : ".")])
    }
}
