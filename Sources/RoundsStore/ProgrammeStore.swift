package import Foundation
import GRDB

/// One programme kept in one SQLite file: settings, people, themes, Rounds and issued invites.
///
/// Every change runs in a single immediate transaction, so a refused change leaves the file as
/// it was, and parallel `rounds` runs queue for up to ten seconds instead of failing.
package struct ProgrammeStore: Sendable {
    /// The path of the store file, as the user named it.
    package let path: String
    let queue: DatabaseQueue

    /// How long a command waits for another one that holds the store.
    static let busyTimeout: TimeInterval = 10

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Creates a new, empty store; refuses when any file already exists at `url`.
    package static func create(at url: URL) throws -> ProgrammeStore {
        try create(atPath: url.path)
    }

    /// Creates a new, empty store at `path` (as the user typed it, which messages repeat).
    package static func create(atPath path: String) throws -> ProgrammeStore {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) {
            throw RoundsStoreError.storeExists(path: path)
        }
        let directory = url.deletingLastPathComponent().path
        if !FileManager.default.isWritableFile(atPath: directory.isEmpty ? "." : directory) {
            throw RoundsStoreError.unwritable(path: path)
        }
        do {
            var configuration = baseConfiguration()
            configuration.journalMode = .wal
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(queue)
            return ProgrammeStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Opens an existing store; never creates, repairs or converts a file it does not recognise.
    package static func open(at url: URL, readOnly: Bool = false) throws -> ProgrammeStore {
        try open(atPath: url.path, readOnly: readOnly)
    }

    /// Opens the existing store at `path` (as the user typed it, which messages repeat).
    package static func open(atPath path: String, readOnly: Bool = false) throws -> ProgrammeStore {
        try open(atPath: path, readOnly: readOnly, busyTimeout: busyTimeout)
    }

    /// Opens with a chosen busy timeout; tests use a short one to see the busy message quickly.
    static func open(atPath path: String, readOnly: Bool, busyTimeout: TimeInterval) throws
        -> ProgrammeStore
    {
        let url = URL(fileURLWithPath: path)
        try checkHeader(path: path)
        if !readOnly {
            let directory = url.deletingLastPathComponent().path
            if !FileManager.default.isWritableFile(atPath: path)
                || !FileManager.default.isWritableFile(atPath: directory.isEmpty ? "." : directory)
            {
                throw RoundsStoreError.readOnly(path: path)
            }
        }
        do {
            var configuration = baseConfiguration(busyTimeout: busyTimeout)
            configuration.readonly = readOnly
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in try checkSchema(db, path: path) }
            if !readOnly {
                // An older store gains the newer tables; an up-to-date one is left alone.
                let pending = try queue.read { db in
                    try !Schema.migrator.hasCompletedMigrations(db)
                }
                if pending { try Schema.migrator.migrate(queue) }
            }
            return ProgrammeStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// Names of the migrations applied to this store, oldest first.
    package func appliedMigrations() throws -> [String] {
        try perform { try queue.read { db in try Schema.migrator.appliedMigrations(db) } }
    }

    /// Runs `body` inside one immediate write transaction; a thrown error rolls everything back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try perform {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw RoundsStoreError.database(path: path) }
                return result
            }
        }
    }

    /// Runs `body` with a consistent read-only view of the store.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try perform { try queue.read(body) }
    }

    /// Folds the WAL into the main file so its bytes reflect every committed change.
    package func checkpoint() throws {
        try perform {
            try queue.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
        }
    }

    private func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        } catch let error as UnrecognisedValue {
            throw RoundsStoreError.unrecognisedValue(
                path: path, table: error.table, record: error.record, value: error.value)
        }
    }

    private static func baseConfiguration(busyTimeout: TimeInterval = busyTimeout)
        -> Configuration
    {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "RoundsStore"
        return configuration
    }

    /// Rejects a missing, unreadable, empty or too short file before SQLite opens it (SQLite
    /// would take an empty file for a new database); any other file that is not SQLite fails
    /// in `checkSchema` with SQLITE_NOTADB, before anything is written.
    ///
    /// Only `stat` and `access`: no file descriptor of our own. Closing any descriptor of the
    /// store file drops every POSIX lock the process holds on it, SQLite's included, which let
    /// another process delete the WAL under a live connection (found beside `rounds serve`).
    private static func checkHeader(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RoundsStoreError.noStore(path: path)
        }
        if isDirectory.boolValue { throw RoundsStoreError.notAStore(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw RoundsStoreError.unreadable(path: path)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        // The smallest SQLite database is one 512-byte page holding the 100-byte header.
        guard let size = attributes?[.size] as? Int, size >= 512 else {
            throw RoundsStoreError.notAStore(path: path)
        }
    }

    private static func checkSchema(_ db: Database, path: String) throws {
        guard try db.tableExists("grdb_migrations") else {
            throw RoundsStoreError.notAStore(path: path)
        }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        guard applied.contains(Schema.firstMigration) else {
            throw RoundsStoreError.notAStore(path: path)
        }
        if try Schema.migrator.hasBeenSuperseded(db)
            || !Set(applied).isSubset(of: Schema.migrator.migrations)
        {
            throw RoundsStoreError.newerVersion(path: path)
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> RoundsStoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
        case .SQLITE_NOTADB: .notAStore(path: path)
        case .SQLITE_CORRUPT: .damaged(path: path)
        case .SQLITE_FULL: .diskFull(path: path)
        case .SQLITE_CONSTRAINT: .constraint(constraintSentence(error, path: path))
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: .readOnly(path: path)
        default: .database(path: path)
        }
    }

    /// "UNIQUE constraint failed: leave.email, ..." as a sentence naming the kind of record.
    static func constraintSentence(_ error: DatabaseError, path: String) -> String {
        let message = error.message ?? ""
        let table =
            message.split(separator: ":").dropFirst().first?
            .split(separator: ".").first?.trimmingCharacters(in: .whitespaces) ?? ""
        let record =
            [
                "leave": "a person's leave", "person": "a person", "round": "a Round",
                "theme": "a theme", "venue": "a venue", "excerpt": "an excerpt",
                "panellist": "a Round's panel", "round_facilitator": "a Round's facilitators",
            ][table] ?? "a record"
        let kind =
            message.hasPrefix("UNIQUE") ? "would be stored twice" : "breaks a rule of the store"
        return "Rounds could not update \(path): \(record) \(kind), so nothing was changed. "
            + "Check the records you gave for a repeat."
    }
}
