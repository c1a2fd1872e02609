import ArgumentParser
import Foundation
import RoundsCore
import RoundsInvitations
import RoundsPacks
import RoundsScheduling
import RoundsStore

/// `rounds demo --out DIR`: the whole main job on the bundled sample programme.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole job on the sample programme in a fresh folder.",
        discussion: """
            Creates a store in the folder, imports the bundled sample programme, plans twelve \
            months from the month after its last fixed Round, and writes the staff feed and \
            every invitation and a facilitator pack for every Round, then prints a summary. The run is the same every time: the \
            planning and the time stamped in the files come from the sample, not the clock. \
            The folder is created when missing; one that already holds a demo store is \
            refused, so delete it first.
            """)

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The folder to work in; it is created when missing.", valueName: "folder"))
    var output: String

    /// The store's file name inside the folder.
    static let storeName = "rounds.sqlite"

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("The --out path is empty. Give a folder name.")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let storeURL = folder.appendingPathComponent(Self.storeName)
        let storePath = (output as NSString).appendingPathComponent(Self.storeName)
        if FileManager.default.fileExists(atPath: storeURL.path) {
            throw CommandFailure(
                "\(output) already holds a store (\(storePath)). Delete the folder or choose "
                    + "another one for a fresh demo.")
        }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("The folder \(output) could not be created. Check the path.")
        }
        let sample = try SampleLocator.programmeFile()
        let store = try ProgrammeStore.create(at: storeURL)
        _ = try store.importProgramme(at: sample, name: "Samples/programme.yaml")

        let imported = try store.load()
        let lastFixed = imported.rounds.map(\.date).max()
        let first: YearMonth =
            lastFixed.map { YearMonth($0).adding(months: 1) }
            ?? YearMonth(year: 2027, month: 1) ?? YearMonth(LocalDate(dayNumber: 0))
        let report = try PlanRun.plan(store: store, from: first, months: 12)

        // A fixed stamp: 09:00 UTC on the first day of the month before the plan.
        let stampMonth = first.adding(months: -1)
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour) = (stampMonth.year, stampMonth.month, 1, 9)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let stamp = utc.date(from: parts) ?? Date(timeIntervalSince1970: 0)

        let feedPath = (output as NSString).appendingPathComponent("feed.ics")
        _ = try FeedExport.write(store: store, to: feedPath, now: stamp)
        let invitesPath = (output as NSString).appendingPathComponent("invites")
        let invites = try InvitationExport.run(
            store: store, folder: invitesPath, mail: true, now: stamp)
        let packsPath = (output as NSString).appendingPathComponent("packs")
        let packCount = try writePacks(store: store, to: packsPath)

        let data = try store.load()
        let planned = data.rounds.filter {
            let month = YearMonth($0.date)
            return month >= first && month <= first.adding(months: 11)
                && $0.status != .cancelled
        }
        let staffed = planned.filter { $0.facilitators.count == 2 }.count
        let icsCount = invites.files.filter { $0.name.hasSuffix(".ics") }.count
        let emlCount = invites.files.count - icsCount
        var lines = [
            "Demo of \(data.programme?.organisation ?? "the sample programme") in \(output):",
            "  Planned \(planned.count) Rounds from \(first.displayText) to "
                + "\(first.adding(months: 11).displayText): \(staffed) staffed, "
                + "\(planned.count - staffed) unstaffed.",
            "  Wrote the staff feed (\(feedPath)), \(icsCount) invitation files and "
                + "\(emlCount) e-mail messages (\(invitesPath)).",
            "  Wrote \(packCount) facilitator packs in HTML and Markdown (\(packsPath)).",
        ]
        lines += try DemoRecords.run(
            store: store, output: output, today: stampMonth.firstDay,
            last: first.adding(months: 11))
        lines += report.dateNotices.map { "  \($0)" }
        lines += report.unstaffed.map { "  Unstaffed: \($0)" }
        // The way this run was started, so the suggested commands work as typed (under
        // `swift run` the binary is not on the PATH).
        let program =
            CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil } ?? "rounds"
        lines += [
            "Look at:",
            "  \(program) list --store \(storePath)",
            "  \(program) check --store \(storePath)",
            "  \(feedPath) (subscribe to it in a calendar program)",
            "  \(invitesPath)/R-0003.ics and R-0003.eml (an invitation)",
            "  \(packsPath) (open a pack in a browser and print it)",
            "  \((output as NSString).appendingPathComponent("report")) (the report: open report.html)",
        ]
        say(lines)
    }

    /// A pack, in HTML and Markdown, for every Round that is not cancelled; returns how many.
    private func writePacks(store: ProgrammeStore, to path: String) throws -> Int {
        let data = try store.load()
        guard let programme = data.programme else { return 0 }
        let rounds = data.rounds.filter { $0.status != .cancelled }.sorted { $0.id < $1.id }
        let formats: [PackFormat] = [.html, .markdown]
        let renderer = try PackRenderer(locator: .standard(), formats: Set(formats))
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("The folder \(path) could not be created. Check the path.")
        }
        for input in PackInput.inputs(
            programme: programme, rounds: rounds, people: data.people, themes: data.themes,
            excerpts: data.excerpts)
        {
            _ = try renderer.write(input, formats: formats, to: folder, printer: nil)
        }
        return rounds.count
    }
}
