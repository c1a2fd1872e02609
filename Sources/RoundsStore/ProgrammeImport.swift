package import Foundation
import RoundsCore

extension ProgrammeStore {
    /// Imports a programme file in one transaction: adds and updates records matched by email,
    /// slug and Round id; with `prune`, removes the people (with their leave), venues, themes
    /// and excerpts that the file's own sections do not list (Rounds are never removed).
    ///
    /// - Parameter name: how to name the file in messages, usually as the user typed it.
    package func importProgramme(at url: URL, name: String, prune: Bool = false) throws
        -> ImportReport
    {
        let text = try Self.readText(at: url, name: name)
        return try update { data in
            let file = try ProgrammeFile.read(text, file: name, existing: data)
            return try Self.merge(file, into: &data, prune: prune)
        }
    }

    static func readText(at url: URL, name: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RoundsStoreError.unreadable(path: name)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw RoundsStoreError.programmeFile(
                file: name, line: 1, column: 1,
                message: "The file is not UTF-8 text. Save it as UTF-8 and import it again.")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Merges what a file says into `data` and reports the difference.
    static func merge(_ file: ProgrammeFile, into data: inout ProgrammeData, prune: Bool) throws
        -> ImportReport
    {
        let before = data
        var report = ImportReport()

        // --prune only empties the sections the file actually has.
        func pruning(_ section: String) -> Bool { prune && file.sections.contains(section) }
        var venues = file.venues
        let fileVenueSlugs = Set(file.venues.map(\.slug))
        if !pruning("venues") {
            venues += (data.programme?.venues ?? []).filter { !fileVenueSlugs.contains($0.slug) }
        }
        if var programme = file.programme ?? data.programme {
            programme.venues = venues
            data.programme = programme
        }

        data.people = merged(data.people, file.people, key: \.email, prune: pruning("people"))
        let keptEmails = Set(data.people.map(\.email))
        let fileLeave = Set(file.leave.map(LeaveKey.init))
        data.leave =
            file.leave
            + data.leave.filter {
                !fileLeave.contains(LeaveKey($0)) && !pruning("people")
                    && keptEmails.contains($0.person)
            }
        data.excerpts = merged(
            data.excerpts, file.excerpts, key: \.id, prune: pruning("excerpts"))
        data.themes = merged(data.themes, file.themes, key: \.slug, prune: pruning("themes"))

        var rounds = Dictionary(uniqueKeysWithValues: data.rounds.map { ($0.id, $0) })
        for entry in file.rounds {
            rounds[entry.round.id] = apply(entry, to: rounds[entry.round.id])
        }
        data.rounds = Array(rounds.values)
        data.normalise()

        if before.programme == nil, data.programme != nil {
            report.settingsAdded = true
        } else if let old = before.programme, let new = data.programme {
            var oldSettings = old
            var newSettings = new
            oldSettings.venues = []
            newSettings.venues = []
            report.settingsChanged = oldSettings != newSettings
        }
        report.record(
            .venue, old: keyed(before.programme?.venues ?? [], \.slug),
            new: keyed(data.programme?.venues ?? [], \.slug), label: { $0 })
        report.record(
            .person, old: keyed(before.people, \.email), new: keyed(data.people, \.email),
            label: \.value)
        report.record(
            .leave, old: keyed(before.leave, LeaveKey.init), new: keyed(data.leave, LeaveKey.init),
            label: \.label)
        report.record(
            .excerpt, old: keyed(before.excerpts, \.id), new: keyed(data.excerpts, \.id),
            label: { $0 })
        report.record(
            .theme, old: keyed(before.themes, \.slug), new: keyed(data.themes, \.slug),
            label: { $0 })
        report.record(
            .round, old: keyed(before.rounds, \.id), new: keyed(data.rounds, \.id),
            label: \.description)
        if prune, let broken = data.brokenReference() {
            throw RoundsStoreError.refused(
                "--prune would leave the programme inconsistent, so nothing was changed. "
                    + broken)
        }
        return report
    }

    /// A Round from the file over the stored one: keys the file gives win, others are kept.
    private static func apply(_ entry: ProgrammeFile.RoundEntry, to stored: Round?) -> Round {
        guard var round = stored else { return entry.round }
        let new = entry.round
        let keys = entry.keys
        let duration = round.durationMinutes
        round.start = new.start
        round.end = keys.contains("end") ? new.end : new.start.adding(minutes: duration)
        if keys.contains("venue") { round.venue = new.venue }
        if keys.contains("theme") { round.theme = new.theme }
        if keys.contains("status") { round.status = new.status }
        if keys.contains("locked") { round.locked = new.locked }
        if keys.contains("date_pinned") { round.datePinned = new.datePinned }
        if keys.contains("facilitators_pinned") {
            round.facilitatorsPinned = new.facilitatorsPinned
        }
        if keys.contains("facilitators") { round.facilitators = new.facilitators }
        if keys.contains("panel") { round.panel = new.panel }
        if keys.contains("prep_meeting") { round.prepMeeting = new.prepMeeting }
        return round
    }

    private static func merged<Record, Key: Hashable>(
        _ stored: [Record], _ incoming: [Record], key: (Record) -> Key, prune: Bool
    ) -> [Record] {
        let incomingKeys = Set(incoming.map(key))
        return incoming + (prune ? [] : stored.filter { !incomingKeys.contains(key($0)) })
    }

    private static func keyed<Record, Key: Hashable>(_ records: [Record], _ key: (Record) -> Key)
        -> [Key: Record]
    {
        Dictionary(records.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Leave is identified by whose it is and which days it covers.
struct LeaveKey: Hashable {
    let person: EmailAddress
    let range: DateRange

    init(_ leave: Leave) {
        person = leave.person
        range = leave.range
    }

    var label: String { "\(person) \(range)" }
}
