import Foundation
import GRDB
package import RoundsCore

/// The calendars imported into a store: bank holiday files and people's busy times.
package struct ImportedCalendars: Sendable, Hashable {
    /// Imported holidays by region, each region's in date order.
    package var holidays: [HolidayRegion: [BankHoliday]]
    /// Busy times of people still in the programme, by person and start.
    package var busyTimes: [BusyInterval]
}

extension ProgrammeStore {
    /// Every imported holiday by region, each region's in date order.
    package func importedHolidays() throws -> [HolidayRegion: [BankHoliday]] {
        try read { db in try Self.loadHolidays(db) }
    }

    static func loadHolidays(_ db: Database) throws -> [HolidayRegion: [BankHoliday]] {
        var holidays: [HolidayRegion: [BankHoliday]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM imported_holiday ORDER BY region, date")
        {
            let date: String = row["date"]
            let raw: String = row["region"]
            guard let region = HolidayRegion(raw) else {
                throw UnrecognisedValue(table: "imported_holiday", record: date, value: raw)
            }
            holidays[region, default: []].append(
                BankHoliday(date: try LocalDate(parsing: date), name: row["name"]))
        }
        return holidays
    }

    /// Replaces the stored holidays of each region and year that `holidays` covers.
    ///
    /// Returns how many stored days changed (added, removed or renamed).
    @discardableResult
    package func replaceHolidays(_ holidays: [HolidayRegion: [BankHoliday]]) throws -> Int {
        try write { db in try Self.replaceHolidays(holidays, db) }
    }

    static func replaceHolidays(_ holidays: [HolidayRegion: [BankHoliday]], _ db: Database)
        throws -> Int
    {
        var changed = 0
        var groups: [String: (region: String, year: Int, list: [BankHoliday])] = [:]
        for (region, list) in holidays {
            for holiday in list {
                let key = "\(region.code) \(holiday.date.year)"
                groups[key, default: (region.code, holiday.date.year, [])].list.append(holiday)
            }
        }
        for key in groups.keys.sorted() {
            guard let group = groups[key] else { continue }
            let region = group.region
            let list = group.list
            let year = String(format: "%04d", group.year)
            let old = try Row.fetchAll(
                db,
                sql: "SELECT date, name FROM imported_holiday WHERE region = ? AND date LIKE ?",
                arguments: [region, "\(year)-%"]
            ).map { row -> String in
                let date: String = row["date"]
                let name: String = row["name"]
                return "\(date) \(name)"
            }
            let new = list.map { "\($0.date) \($0.name)" }
            changed += Set(old).symmetricDifference(Set(new)).count
            try db.execute(
                sql: "DELETE FROM imported_holiday WHERE region = ? AND date LIKE ?",
                arguments: [region, "\(year)-%"])
            for holiday in list {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO imported_holiday VALUES (?, ?, ?)",
                    arguments: [region, holiday.date.description, holiday.name])
            }
        }
        return changed
    }

    /// Every stored busy time of people still in the programme, by person and start.
    package func busyTimes() throws -> [BusyInterval] {
        try read { db in try Self.loadBusyTimes(db) }
    }

    static func loadBusyTimes(_ db: Database) throws -> [BusyInterval] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT b.email, b.start, b.end FROM busy_time b
                JOIN person p ON p.email = b.email
                ORDER BY b.email, b.start, b.end
                """
        ).map { row in
            BusyInterval(
                person: try EmailAddress(row["email"]),
                start: try LocalDateTime(parsing: row["start"]),
                end: try LocalDateTime(parsing: row["end"]))
        }
    }

    /// Like ``update(withInvitations:)``, with the imported holidays and busy times read in
    /// the same transaction, so planning sees one consistent store.
    @discardableResult
    package func update<T>(
        withCalendars body: (
            inout ProgrammeData, inout [String: IssuedInvitation], ImportedCalendars
        ) throws -> T
    ) throws -> T {
        try update(withInvitations: { data, issued, db in
            let calendars = ImportedCalendars(
                holidays: try Self.loadHolidays(db), busyTimes: try Self.loadBusyTimes(db))
            return try body(&data, &issued, calendars)
        })
    }

    /// Replaces `person`'s busy times with `times`; the person must be in the store.
    package func replaceBusyTimes(_ times: [BusyInterval], for person: EmailAddress) throws {
        try write { db in try Self.replaceBusyTimes(times, for: person, db) }
    }

    static func replaceBusyTimes(
        _ times: [BusyInterval], for person: EmailAddress, _ db: Database
    ) throws {
        try db.execute(
            sql: "DELETE FROM busy_time WHERE email = ?", arguments: [person.description])
        for time in times {
            try db.execute(
                sql: "INSERT OR IGNORE INTO busy_time VALUES (?, ?, ?)",
                arguments: [person.description, time.start.description, time.end.description])
        }
    }

    /// Loads `parts` of the programme and lets `body` replace imported holidays and busy times
    /// through its editor, in one transaction; a thrown error leaves the store as it was.
    @discardableResult
    package func update<T>(
        loading parts: ProgrammeParts,
        withCalendarEdits body: (ProgrammeData, any CalendarEditor) throws -> T
    ) throws -> T {
        try write { db in
            let data = try Self.loadData(db, path: path, parts: parts.withReferences)
            return try body(data, CalendarTablesEditor(db: db))
        }
    }
}

/// What one transaction may change among the imported calendars.
package protocol CalendarEditor {
    /// Replaces the stored holidays of each region and year that `holidays` covers; returns
    /// how many stored days changed (added, removed or renamed).
    func replaceHolidays(_ holidays: [HolidayRegion: [BankHoliday]]) throws -> Int
    /// Replaces `person`'s busy times with `times`.
    func replaceBusyTimes(_ times: [BusyInterval], for person: EmailAddress) throws
}

/// The calendar tables inside one write transaction.
private struct CalendarTablesEditor: CalendarEditor {
    let db: Database

    func replaceHolidays(_ holidays: [HolidayRegion: [BankHoliday]]) throws -> Int {
        try ProgrammeStore.replaceHolidays(holidays, db)
    }

    func replaceBusyTimes(_ times: [BusyInterval], for person: EmailAddress) throws {
        try ProgrammeStore.replaceBusyTimes(times, for: person, db)
    }
}
