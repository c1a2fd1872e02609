import Foundation
import GRDB
import RoundsCore

/// Saving writes only what changed between the programme as loaded and as changed, so the
/// cost of an edit does not grow with the store and two writers touch only their own rows.
extension ProgrammeStore {
    /// Writes the difference between `before` and `data`; runs inside the caller's
    /// transaction, with foreign keys checked when it commits.
    static func save(_ data: ProgrammeData, replacing before: ProgrammeData, _ db: Database)
        throws
    {
        if let broken = data.brokenReference() { throw RoundsStoreError.refused(broken) }
        // Rows are written in the order of the records, not of their references; the
        // references are checked (and `brokenReference` has already checked them) at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        if data.programme != before.programme {
            try saveProgramme(data.programme, before: before.programme, db)
        }
        try sync(before.people, data.people, key: \.email.value) { email in
            try db.execute(sql: "DELETE FROM person WHERE email = ?", arguments: [email])
        } write: { person in
            try write(person, db)
        }
        try sync(before.leave, data.leave, key: LeaveRow.init) { key in
            try db.execute(
                sql: "DELETE FROM leave WHERE email = ? AND start_date = ? AND end_date = ?",
                arguments: [key.email, key.start, key.end])
        } write: { entry in
            try db.execute(
                sql: """
                    INSERT INTO leave (email, start_date, end_date, note) VALUES (?, ?, ?, ?)
                    ON CONFLICT (email, start_date, end_date) DO UPDATE SET note = excluded.note
                    """,
                arguments: [
                    entry.person.value, entry.range.start.description,
                    entry.range.end.description, entry.note,
                ])
        }
        try sync(before.excerpts, data.excerpts, key: \.id) { id in
            try db.execute(sql: "DELETE FROM excerpt WHERE id = ?", arguments: [id])
        } write: { excerpt in
            try db.execute(
                sql: """
                    INSERT INTO excerpt (id, quotation, citation, url, note, suggested_prompts)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET quotation = excluded.quotation,
                        citation = excluded.citation, url = excluded.url, note = excluded.note,
                        suggested_prompts = excluded.suggested_prompts
                    """,
                arguments: [
                    excerpt.id, excerpt.quotation, excerpt.citation, excerpt.url, excerpt.note,
                    try encodeList(excerpt.suggestedPrompts),
                ])
        }
        try sync(before.themes, data.themes, key: \.slug) { slug in
            try db.execute(sql: "DELETE FROM theme WHERE slug = ?", arguments: [slug])
        } write: { theme in
            try write(theme, db)
        }
        try sync(before.rounds, data.rounds, key: \.id.description) { id in
            try db.execute(sql: "DELETE FROM round WHERE id = ?", arguments: [id])
        } write: { round in
            try write(round, db)
        }
        if data.roundIDs.highestIssued != before.roundIDs.highestIssued {
            try db.execute(
                sql: "UPDATE round_counter SET last_issued = max(last_issued, ?)",
                arguments: [data.roundIDs.highestIssued])
        }
    }

    /// Deletes the records of `old` whose key `new` lacks, and writes those of `new` that are
    /// not in `old` exactly as they are.
    static func sync<Record: Equatable, Key: Hashable>(
        _ old: [Record], _ new: [Record], key: (Record) -> Key,
        delete: (Key) throws -> Void, write: (Record) throws -> Void
    ) throws {
        var oldByKey: [Key: Record] = [:]
        for record in old { oldByKey[key(record)] = record }
        let newKeys = Set(new.map(key))
        for record in old where !newKeys.contains(key(record)) { try delete(key(record)) }
        for record in new where oldByKey[key(record)] != record { try write(record) }
    }

    /// Leave is keyed by person and dates.
    private struct LeaveRow: Hashable {
        var email: String
        var start: String
        var end: String

        init(_ entry: Leave) {
            email = entry.person.value
            start = entry.range.start.description
            end = entry.range.end.description
        }
    }

    private static func saveProgramme(
        _ programme: Programme?, before: Programme?, _ db: Database
    ) throws {
        guard let programme else {
            for table in ["venue", "blackout", "programme"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            return
        }
        var settings = programme
        settings.venues = []
        settings.blackouts = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO programme (id, settings) VALUES (1, ?)
                ON CONFLICT (id) DO UPDATE SET settings = excluded.settings
                """,
            arguments: [json])
        let placed = { (venues: [Venue]) in
            venues.enumerated().map { VenueRow(venue: $1, position: $0) }
        }
        try sync(placed(before?.venues ?? []), placed(programme.venues), key: \.venue.slug) {
            slug in
            try db.execute(sql: "DELETE FROM venue WHERE slug = ?", arguments: [slug])
        } write: { row in
            try db.execute(
                sql: """
                    INSERT INTO venue (slug, name, position, kind, address, video_link)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (slug) DO UPDATE SET name = excluded.name,
                        position = excluded.position, kind = excluded.kind,
                        address = excluded.address, video_link = excluded.video_link
                    """,
                arguments: [
                    row.venue.slug, row.venue.name, row.position, row.venue.kind.rawValue,
                    row.venue.address, row.venue.videoLink,
                ])
        }
        if programme.blackouts != before?.blackouts {
            try db.execute(sql: "DELETE FROM blackout")
            for (position, blackout) in programme.blackouts.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO blackout (position, start_date, end_date, reason)
                        VALUES (?, ?, ?, ?)
                        """,
                    arguments: [
                        position, blackout.range.start.description,
                        blackout.range.end.description, blackout.reason,
                    ])
            }
        }
    }

    /// A venue with its place in the programme's list.
    private struct VenueRow: Equatable {
        var venue: Venue
        var position: Int
    }

    /// The person's row, roles and facilitator profile; their leave is kept.
    private static func write(_ person: Person, _ db: Database) throws {
        let email = person.email.value
        try db.execute(
            sql: """
                INSERT INTO person (email, name, staff_group, clinical, seniority)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (email) DO UPDATE SET name = excluded.name,
                    staff_group = excluded.staff_group, clinical = excluded.clinical,
                    seniority = excluded.seniority
                """,
            arguments: [
                email, person.name, person.staffGroup, person.isClinical, person.seniority,
            ])
        try db.execute(sql: "DELETE FROM person_role WHERE email = ?", arguments: [email])
        for role in person.sortedRoles {
            try db.execute(
                sql: "INSERT INTO person_role (email, role) VALUES (?, ?)",
                arguments: [email, role.rawValue])
        }
        try db.execute(sql: "DELETE FROM facilitator WHERE email = ?", arguments: [email])
        if let profile = person.facilitatorProfile {
            try db.execute(
                sql: "INSERT INTO facilitator (email, training, trained_on) VALUES (?, ?, ?)",
                arguments: [email, profile.training.rawValue, profile.since?.description])
        }
    }

    /// The theme's row and its excerpt list.
    private static func write(_ theme: Theme, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO theme (slug, title, description, prompts, last_used)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET title = excluded.title,
                    description = excluded.description, prompts = excluded.prompts,
                    last_used = excluded.last_used
                """,
            arguments: [
                theme.slug, theme.title, theme.description, try encodeList(theme.prompts),
                theme.lastUsed?.description,
            ])
        try db.execute(
            sql: "DELETE FROM theme_excerpt WHERE theme_slug = ?", arguments: [theme.slug])
        for (position, id) in theme.excerptIDs.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO theme_excerpt (theme_slug, position, excerpt_id)
                    VALUES (?, ?, ?)
                    """,
                arguments: [theme.slug, position, id])
        }
    }

    /// The Round's row, facilitators and panel.
    private static func write(_ round: Round, _ db: Database) throws {
        let id = round.id.description
        try db.execute(
            sql: """
                INSERT INTO round (id, start, "end", venue_slug, theme_slug, status, locked,
                    date_pinned, facilitators_pinned, prep_start, prep_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET start = excluded.start, "end" = excluded."end",
                    venue_slug = excluded.venue_slug, theme_slug = excluded.theme_slug,
                    status = excluded.status, locked = excluded.locked,
                    date_pinned = excluded.date_pinned,
                    facilitators_pinned = excluded.facilitators_pinned,
                    prep_start = excluded.prep_start, prep_end = excluded.prep_end
                """,
            arguments: [
                id, round.start.description, round.end.description, round.venue, round.theme,
                round.status.rawValue, round.locked, round.datePinned, round.facilitatorsPinned,
                round.prepMeeting?.start.description, round.prepMeeting?.end.description,
            ])
        try db.execute(sql: "DELETE FROM round_facilitator WHERE round_id = ?", arguments: [id])
        for (position, email) in round.facilitators.enumerated() {
            try db.execute(
                sql: "INSERT INTO round_facilitator (round_id, position, email) VALUES (?, ?, ?)",
                arguments: [id, position, email.value])
        }
        try db.execute(sql: "DELETE FROM panellist WHERE round_id = ?", arguments: [id])
        for (position, panellist) in round.panel.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO panellist
                        (round_id, position, email, story_title, private_notes, show_name)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, panellist.person.value, panellist.storyTitle, panellist.notes,
                    panellist.showsName,
                ])
        }
    }

    private static func encodeList(_ list: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
    }
}
