import Foundation
package import RoundsCore
import RoundsInvitations
import RoundsScheduling
import RoundsStore

/// What `demo` did, for the summary a front door prints.
package struct DemoResult: Sendable {
    /// The programme's organisation.
    package var organisation: String
    /// The first month planned, as "January 2027".
    package var firstMonth: String
    /// The last month planned.
    package var lastMonth: String
    /// Rounds planned in those months and not cancelled.
    package var planned: Int
    /// How many of them have two facilitators.
    package var staffed: Int
    /// Invitation files (.ics) written.
    package var invitations: Int
    /// E-mail messages written.
    package var messages: Int
    /// Facilitator packs written.
    package var packs: Int
    /// The planning run's date notices and unstaffed Rounds.
    package var plan: PlanReport
    /// The store file.
    package var storePath: String
    /// The feed file.
    package var feedPath: String
    /// The invitations folder.
    package var invitesPath: String
    /// The packs folder.
    package var packsPath: String
}

extension ProgrammeOperations {
    /// The store's file name inside a demo folder.
    package static let demoStoreName = "rounds.sqlite"

    /// `demo`: a fresh store in `folder` from the bundled sample, planned for twelve months
    /// after its last fixed Round, with the feed, invitations and packs written, all stamped
    /// with a time taken from the sample, not the clock. `sampleFile` is the programme file in
    /// Samples/ (`programme.yaml`, or `programme-us.yaml` for the US sample).
    package static func demo(
        in output: String, sampleFile: String = "programme.yaml",
        location: StoreLocation = .sqlite
    ) throws -> DemoResult {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let storePath = (output as NSString).appendingPathComponent(demoStoreName)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(demoStoreName).path)
        {
            throw OperationFailure(
                "\(output) already holds a store (\(storePath)). Delete the folder or choose "
                    + "another one for a fresh demo.")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OperationFailure("The folder \(output) could not be created. Check the path.")
        }
        let sample = try SampleLocator.programmeFile(named: sampleFile)
        let store = try location.create(folder.appendingPathComponent(demoStoreName).path)
        _ = try store.importProgramme(at: sample, name: "Samples/\(sampleFile)", prune: false)

        let lastFixed = try store.load().rounds.map(\.date).max()
        let first: YearMonth =
            lastFixed.map { YearMonth($0).adding(months: 1) }
            ?? YearMonth(year: 2027, month: 1) ?? YearMonth(LocalDate(dayNumber: 0))
        let report = try plan(store, from: first, months: 12)

        let stamp = demoStamp(first.adding(months: -1))
        let feedPath = (output as NSString).appendingPathComponent("feed.ics")
        _ = try exportFeed(from: store, to: feedPath, now: stamp)
        let invitesPath = (output as NSString).appendingPathComponent("invites")
        let invites = try exportInvitations(from: store, to: invitesPath, mail: true, now: stamp)
        let packsPath = (output as NSString).appendingPathComponent("packs")
        let packCount = try writeDemoPacks(from: store, to: packsPath)

        let data = try store.load()
        let last = first.adding(months: 11)
        let planned = data.rounds.filter {
            let month = YearMonth($0.date)
            return month >= first && month <= last && $0.status != .cancelled
        }
        let icsCount = invites.files.filter { $0.name.hasSuffix(".ics") }.count
        return DemoResult(
            organisation: data.programme?.organisation ?? "the sample programme",
            firstMonth: first.displayText, lastMonth: last.displayText,
            planned: planned.count, staffed: planned.filter { $0.facilitators.count == 2 }.count,
            invitations: icsCount, messages: invites.files.count - icsCount, packs: packCount,
            plan: report, storePath: storePath, feedPath: feedPath, invitesPath: invitesPath,
            packsPath: packsPath)
    }

    /// A fixed stamp: 09:00 UTC on the first day of `month`.
    static func demoStamp(_ month: YearMonth) -> Date {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour) = (month.year, month.month, 1, 9)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return utc.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }
}
