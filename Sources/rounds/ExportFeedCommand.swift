import ArgumentParser
import Foundation
import RoundsCore
import RoundsICS
import RoundsInvitations
import RoundsStore

/// `rounds export feed --out FILE.ics`: the all-staff subscription feed.
struct ExportFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write the all-staff calendar feed of every Round.",
        discussion: """
            One event per Round with its title, theme, time and place, and nothing \
            confidential: no facilitators, panellists, prep meetings or notes. Publish the file \
            at a stable address and let people subscribe to it. When nothing changed since the \
            file was last written, the file is left as it is. Set ROUNDS_CLOCK \
            (2027-01-04T09:00:00Z) to fix the time stamped in the file.
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
        say([try FeedExport.write(store: opened, to: output, now: try CommandClock.now())])
    }
}

/// Writes the feed; shared by `export feed` and `demo`.
enum FeedExport {
    /// Writes the feed to `path` unless it already holds the same events; returns the line
    /// to print.
    static func write(store: ProgrammeStore, to path: String, now: Date) throws -> String {
        let data = try store.load()
        let programme = try data.existingProgramme()
        let issued = try store.issuedInvitations()
        let feed = StaffFeed(
            source: InvitationSource(
                programme: programme, people: data.people, themes: data.themes,
                rounds: data.rounds),
            sequences: issued.mapValues(\.sequence))
        let url = URL(fileURLWithPath: path)
        // The stamp is the export time, so compare with the old file at its own stamp: the
        // same events give the same bytes, and the file is left alone.
        if let old = try? Data(contentsOf: url),
            let stamp = CalendarReader().read(old, fileName: path).events.first?.stamp,
            try feed.data(stamp: stamp) == old
        {
            return "Nothing changed in \(path)."
        }
        let bytes = try feed.data(stamp: now)
        let existed = FileManager.default.fileExists(atPath: path)
        try AtomicFile.write(bytes, to: url, name: path)
        let count = data.rounds.count
        let cancelled = data.rounds.filter { $0.status == .cancelled }.count
        return "\(existed ? "Updated" : "Wrote") \(path): "
            + (count == 1 ? "1 Round" : "\(count) Rounds")
            + (cancelled > 0 ? ", \(cancelled) cancelled." : ".")
    }
}
