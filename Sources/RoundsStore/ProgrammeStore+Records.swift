import Foundation
import GRDB
package import RoundsCore

extension ProgrammeStore {
    /// The whole programme as it is now.
    package func load() throws -> ProgrammeData {
        try read { db in try Self.loadData(db, path: path) }
    }

    /// Loads the programme, lets `body` change it, and saves the result in one transaction.
    ///
    /// When `body` throws, or leaves the data as it found it, the file is not written.
    @discardableResult
    package func update<T>(_ body: (inout ProgrammeData) throws -> T) throws -> T {
        try update(loading: .all, body)
    }

    /// Like ``update(_:)``, loading only `parts`; the others are empty in the data `body`
    /// sees, and only changes within `parts` are saved.
    @discardableResult
    package func update<T>(loading parts: ProgrammeParts, _ body: (inout ProgrammeData) throws -> T)
        throws -> T
    {
        try write { db in
            let before = try Self.loadData(db, path: path, parts: parts.withReferences)
            var data = before
            let result = try body(&data)
            data.normalise()
            if data != before { try Self.save(data, replacing: before, db) }
            return result
        }
    }

    static func loadData(_ db: Database, path: String, parts: ProgrammeParts = .all) throws
        -> ProgrammeData
    {
        do {
            return try decodeData(db, parts: parts)
        } catch let error as DatabaseError {
            throw error
        } catch let error as UnrecognisedValue {
            throw RoundsStoreError.unrecognisedValue(
                path: path, table: error.table, record: error.record, value: error.value)
        } catch {
            // A value the model refuses means someone edited the file outside Rounds.
            throw RoundsStoreError.damaged(path: path)
        }
    }

    private static func decodeData(_ db: Database, parts: ProgrammeParts) throws -> ProgrammeData {
        var programme: Programme?
        if parts.contains(.settings),
            let settings = try String.fetchOne(db, sql: "SELECT settings FROM programme")
        {
            var decoded = try decodeSettings(settings)
            decoded.venues = try Row.fetchAll(db, sql: "SELECT * FROM venue ORDER BY position")
                .map { row in
                    Venue(
                        slug: row["slug"], name: row["name"],
                        kind: try known(row["kind"], table: "venue", record: row["slug"]),
                        address: row["address"], videoLink: row["video_link"])
                }
            decoded.blackouts = try Row.fetchAll(
                db, sql: "SELECT * FROM blackout ORDER BY position"
            ).map { row in
                Blackout(
                    range: try dateRange(row["start_date"], row["end_date"]),
                    reason: row["reason"])
            }
            programme = decoded
        }
        let people = parts.contains(.people) ? try loadPeople(db) : []
        let leave =
            parts.contains(.leave)
            ? try Row.fetchAll(db, sql: "SELECT * FROM leave").map { row in
                Leave(
                    person: try EmailAddress(row["email"]),
                    range: try dateRange(row["start_date"], row["end_date"]), note: row["note"])
            } : []
        let themes = parts.contains(.themes) ? try loadThemes(db) : []
        let excerpts =
            parts.contains(.excerpts)
            ? try Row.fetchAll(db, sql: "SELECT * FROM excerpt").map { row in
                Excerpt(
                    id: row["id"], quotation: row["quotation"], citation: row["citation"],
                    url: row["url"], note: row["note"],
                    suggestedPrompts: try decodeList(row["suggested_prompts"]))
            } : []
        let rounds = parts.contains(.rounds) ? try loadRounds(db) : []
        let counter = try Int.fetchOne(db, sql: "SELECT last_issued FROM round_counter") ?? 0
        return ProgrammeData(
            programme: programme, people: people, leave: leave, themes: themes,
            excerpts: excerpts, rounds: rounds,
            roundIDs: RoundIDSequence(highestIssued: counter))
    }

    private static func loadPeople(_ db: Database) throws -> [Person] {
        let roles = try Row.fetchAll(db, sql: "SELECT email, role FROM person_role")
        var rolesByEmail: [String: Set<Role>] = [:]
        for row in roles {
            let role: Role = try known(row["role"], table: "person_role", record: row["email"])
            rolesByEmail[row["email"], default: []].insert(role)
        }
        var profiles: [String: FacilitatorProfile] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM facilitator") {
            let since: String? = row["trained_on"]
            profiles[row["email"]] = FacilitatorProfile(
                training: try known(row["training"], table: "facilitator", record: row["email"]),
                since: try since.map { try LocalDate(parsing: $0) })
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY email").map { row in
            let email: String = row["email"]
            return Person(
                email: try EmailAddress(email), name: row["name"], staffGroup: row["staff_group"],
                isClinical: row["clinical"], seniority: row["seniority"],
                roles: rolesByEmail[email] ?? [], facilitatorProfile: profiles[email])
        }
    }

    private static func loadThemes(_ db: Database) throws -> [Theme] {
        var excerptsByTheme: [String: [String]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM theme_excerpt ORDER BY theme_slug, position")
        {
            excerptsByTheme[row["theme_slug"], default: []].append(row["excerpt_id"])
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM theme").map { row in
            let slug: String = row["slug"]
            let lastUsed: String? = row["last_used"]
            return Theme(
                slug: slug, title: row["title"], description: row["description"] ?? "",
                prompts: try decodeList(row["prompts"]),
                excerptIDs: excerptsByTheme[slug] ?? [],
                lastUsed: try lastUsed.map { try LocalDate(parsing: $0) })
        }
    }

    private static func loadRounds(_ db: Database) throws -> [Round] {
        var facilitators: [String: [EmailAddress]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM round_facilitator ORDER BY round_id, position")
        {
            facilitators[row["round_id"], default: []].append(try EmailAddress(row["email"]))
        }
        var panels: [String: [Panellist]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM panellist ORDER BY round_id, position")
        {
            panels[row["round_id"], default: []].append(
                Panellist(
                    person: try EmailAddress(row["email"]), storyTitle: row["story_title"],
                    notes: row["private_notes"], showsName: row["show_name"]))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM round").map { row in
            let id: String = row["id"]
            let prepStart: String? = row["prep_start"]
            let prepEnd: String? = row["prep_end"]
            var prep: PrepMeeting?
            if let prepStart, let prepEnd {
                prep = PrepMeeting(
                    start: try LocalDateTime(parsing: prepStart),
                    end: try LocalDateTime(parsing: prepEnd))
            }
            return Round(
                id: try RoundID(parsing: id), start: try LocalDateTime(parsing: row["start"]),
                end: try LocalDateTime(parsing: row["end"]), venue: row["venue_slug"],
                theme: row["theme_slug"], facilitators: facilitators[id] ?? [],
                panel: panels[id] ?? [], prepMeeting: prep,
                status: try known(row["status"], table: "round", record: id), locked: row["locked"],
                datePinned: row["date_pinned"], facilitatorsPinned: row["facilitators_pinned"])
        }
    }

    private static func dateRange(_ start: String, _ end: String) throws -> DateRange {
        try DateRange(start: LocalDate(parsing: start), end: LocalDate(parsing: end))
    }

    private static func decodeList(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    /// A stored value the model does not know; the store refuses rather than guess.
    struct UnrecognisedValue: Error {
        var table: String
        var record: String
        var value: String
    }

    /// The enumeration case stored as `raw`, or an error naming where it was found.
    static func known<Value: RawRepresentable<String>>(
        _ raw: String, table: String, record: String
    ) throws -> Value {
        guard let value = Value(rawValue: raw) else {
            throw UnrecognisedValue(table: table, record: record, value: raw)
        }
        return value
    }

    /// The programme settings; a value the model does not know (a newer nation, say) is
    /// named, not read as something else.
    private static func decodeSettings(_ json: String) throws -> Programme {
        do {
            return try JSONDecoder().decode(Programme.self, from: Data(json.utf8))
        } catch DecodingError.dataCorrupted(let context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            var value = "a value"
            if let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) {
                var current: Any? = object
                for component in context.codingPath {
                    if let index = component.intValue {
                        current = (current as? [Any]).flatMap { index < $0.count ? $0[index] : nil }
                    } else {
                        current = (current as? [String: Any])?[component.stringValue]
                    }
                }
                if let current { value = "\(current)" }
            }
            throw UnrecognisedValue(table: "programme", record: "settings \(key)", value: value)
        }
    }
}
