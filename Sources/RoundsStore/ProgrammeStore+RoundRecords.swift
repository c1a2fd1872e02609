import Foundation
import GRDB
public import RoundsCore

/// The tables of what happened at held Rounds: attendance, sign-ins, evaluations, debriefs.
///
/// No foreign key to `round`: saving the programme rewrites that table. Sign-ins and
/// evaluations are keyed by their identity (content and source row), so importing the same
/// file twice adds nothing. Nothing said at a Round is stored; comments are anonymous.
enum RoundRecordTables {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE attendance (
                    round_id TEXT PRIMARY KEY NOT NULL,
                    head_count INTEGER CHECK (head_count >= 0)
                ) STRICT;
                CREATE TABLE sign_in (
                    round_id TEXT NOT NULL,
                    identity TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT,
                    staff_group TEXT,
                    first_time INTEGER CHECK (first_time IN (0, 1)),
                    email TEXT,
                    source_kind TEXT NOT NULL,
                    source_row INTEGER NOT NULL,
                    PRIMARY KEY (round_id, identity)
                ) STRICT;
                CREATE TABLE evaluation (
                    round_id TEXT NOT NULL,
                    identity TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    answers TEXT NOT NULL,
                    overall INTEGER CHECK (overall BETWEEN 1 AND 5),
                    staff_group TEXT,
                    comment TEXT,
                    source_kind TEXT NOT NULL,
                    source_row INTEGER NOT NULL,
                    PRIMARY KEY (round_id, identity)
                ) STRICT;
                CREATE TABLE debrief (
                    round_id TEXT PRIMARY KEY NOT NULL,
                    content TEXT NOT NULL
                ) STRICT;
                """)
    }
}

extension ProgrammeStore {
    /// The records of every Round that has any, by Round id.
    public func roundRecords() throws -> [RoundRecord] {
        try read { db in try Self.loadRecords(db, only: nil) }
    }

    /// The record of `round` (empty when nothing is recorded).
    public func roundRecord(_ round: RoundID) throws -> RoundRecord {
        try read { db in
            try Self.loadRecords(db, only: round).first ?? RoundRecord(round: round)
        }
    }

    /// Marks the Round `reference` held, with `headCount` when given, in one transaction.
    ///
    /// Refuses a cancelled Round and one whose day is after `today`. Returns the Round and
    /// what changed, as sentences.
    public func markHeld(_ reference: String, headCount: Int?, today: LocalDate) throws
        -> (round: Round, lines: [String])
    {
        try write { db in
            var data = try Self.loadData(db, path: path)
            let found = try data.round(reference)
            guard let index = data.rounds.firstIndex(where: { $0.id == found.id }) else {
                throw RoundsStoreError.notFound("There is no Round \(reference).")
            }
            var round = data.rounds[index]
            if round.status == .cancelled {
                throw RoundsStoreError.refused(
                    "\(round.label) was cancelled, so it cannot have been held.")
            }
            if round.date > today {
                throw RoundsStoreError.refused(
                    "\(round.label) is in the future, so it cannot have been held yet.")
            }
            var lines: [String] = []
            if round.status != .held {
                round.status = .held
                data.rounds[index] = round
                data.normalise()
                try Self.save(data, db)
                lines.append("Marked \(round.label) as held.")
            }
            if let headCount {
                let old = try Int.fetchOne(
                    db, sql: "SELECT head_count FROM attendance WHERE round_id = ?",
                    arguments: [round.id.description])
                if old != headCount {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO attendance VALUES (?, ?)",
                        arguments: [round.id.description, headCount])
                    lines.append("Attendance at \(round.label): \(headCount).")
                }
            }
            if lines.isEmpty { lines.append("\(round.label) is already held. Nothing changed.") }
            return (round, lines)
        }
    }

    /// Adds the sign-ins not yet stored for the held Round `round`; returns how many were new.
    @discardableResult
    public func addSignIns(_ signIns: [SignIn], to round: RoundID) throws -> Int {
        try write { db in
            try Self.requireHeld(round, db, path: path)
            var position =
                try Int.fetchOne(
                    db, sql: "SELECT MAX(position) FROM sign_in WHERE round_id = ?",
                    arguments: [round.description]) ?? 0
            var added = 0
            for signIn in signIns {
                position += 1
                try db.execute(
                    sql: "INSERT OR IGNORE INTO sign_in VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        round.description, signIn.identity, position, signIn.name,
                        signIn.staffGroup, signIn.firstTime.map { $0 ? 1 : 0 }, signIn.email,
                        signIn.source.kind.rawValue, signIn.source.row,
                    ])
                added += db.changesCount
            }
            return added
        }
    }

    /// Adds the responses not yet stored (each to its own held Round); returns how many were
    /// new. All or nothing: one Round that is not held refuses the lot.
    @discardableResult
    public func addResponses(_ responses: [EvaluationResponse]) throws -> Int {
        try write { db in
            for round in Set(responses.map(\.round)).sorted() {
                try Self.requireHeld(round, db, path: path)
            }
            var added = 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for response in responses {
                let position =
                    (try Int.fetchOne(
                        db, sql: "SELECT MAX(position) FROM evaluation WHERE round_id = ?",
                        arguments: [response.round.description]) ?? 0) + 1
                let answers = String(decoding: try encoder.encode(response.answers), as: UTF8.self)
                try db.execute(
                    sql: "INSERT OR IGNORE INTO evaluation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        response.round.description, response.identity, position, answers,
                        response.overall, response.staffGroup, response.comment,
                        response.source.kind.rawValue, response.source.row,
                    ])
                added += db.changesCount
            }
            return added
        }
    }

    /// Stores the debrief of the held Round `round`, replacing any earlier one.
    public func saveDebrief(_ debrief: Debrief, for round: RoundID) throws {
        try updateDebrief(of: round) { $0 = debrief }
    }

    /// Loads the debrief of the held Round `round` (the pack's checklist when none is stored),
    /// lets `body` change it and stores it, in one transaction; returns the stored debrief.
    @discardableResult
    public func updateDebrief(of round: RoundID, _ body: (inout Debrief) throws -> Void) throws
        -> Debrief
    {
        try write { db in
            try Self.requireHeld(round, db, path: path)
            var debrief = try Self.loadRecords(db, only: round).first?.debrief ?? Debrief()
            try body(&debrief)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            try db.execute(
                sql: "INSERT OR REPLACE INTO debrief VALUES (?, ?)",
                arguments: [
                    round.description, String(decoding: try encoder.encode(debrief), as: UTF8.self),
                ])
            return debrief
        }
    }

    private static func requireHeld(_ round: RoundID, _ db: Database, path: String) throws {
        let status = try String.fetchOne(
            db, sql: "SELECT status FROM round WHERE id = ?", arguments: [round.description])
        guard let status else { throw RoundsStoreError.notFound("There is no Round \(round).") }
        guard status == RoundStatus.held.rawValue else {
            throw RoundsStoreError.refused(
                "\(round) has not been marked held. Run `rounds held \(round)` first.")
        }
    }

    static func loadRecords(_ db: Database, only: RoundID?) throws -> [RoundRecord] {
        let filter = only.map { "WHERE round_id = '\($0)'" } ?? ""
        var records: [RoundID: RoundRecord] = [:]
        func record(_ text: String) throws -> RoundRecord {
            let id = try RoundID(parsing: text)
            return records[id] ?? RoundRecord(round: id)
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM attendance \(filter)") {
            var value = try record(row["round_id"])
            value.attendance.headCount = row["head_count"]
            records[value.round] = value
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM sign_in \(filter) ORDER BY round_id, position")
        {
            var value = try record(row["round_id"])
            let firstTime: Int? = row["first_time"]
            value.attendance.signIns.append(
                SignIn(
                    name: row["name"], staffGroup: row["staff_group"],
                    firstTime: firstTime.map { $0 == 1 }, email: row["email"],
                    source: try source(row)))
            records[value.round] = value
        }
        let decoder = JSONDecoder()
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM evaluation \(filter) ORDER BY round_id, position")
        {
            var value = try record(row["round_id"])
            let answers: String = row["answers"]
            value.responses.append(
                EvaluationResponse(
                    round: value.round,
                    answers: try decoder.decode([String: Int].self, from: Data(answers.utf8)),
                    overall: row["overall"], staffGroup: row["staff_group"],
                    comment: row["comment"], source: try source(row)))
            records[value.round] = value
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM debrief \(filter)") {
            var value = try record(row["round_id"])
            let content: String = row["content"]
            value.debrief = try decoder.decode(Debrief.self, from: Data(content.utf8))
            records[value.round] = value
        }
        return records.values.sorted { $0.round < $1.round }
    }

    private static func source(_ row: Row) throws -> RecordSource {
        guard let kind = RecordSource.Kind(rawValue: row["source_kind"]) else {
            throw RoundsStoreError.refused("A stored record has an unknown source.")
        }
        return RecordSource(kind: kind, row: row["source_row"])
    }
}
