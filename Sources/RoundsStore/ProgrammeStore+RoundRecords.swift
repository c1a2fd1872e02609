import Foundation
import GRDB
package import RoundsCore

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
                    answers TEXT NOT NULL,  -- key=point;key=point
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
    package func roundRecords() throws -> [RoundRecord] {
        try read { db in try Self.loadRecords(db, only: nil) }
    }

    /// The record of `round` (empty when nothing is recorded).
    package func roundRecord(_ round: RoundID) throws -> RoundRecord {
        try read { db in
            try Self.loadRecords(db, only: round).first ?? RoundRecord(round: round)
        }
    }

    /// The whole programme and the records of every Round, read in one transaction.
    package func loadWithRecords() throws -> (data: ProgrammeData, records: [RoundRecord]) {
        try read { db in (try Self.loadData(db, path: path), try Self.loadRecords(db, only: nil)) }
    }

    /// Loads `parts` of the programme, lets `body` change it and read and add Round records,
    /// and saves both in one transaction; a thrown error leaves the store as it was.
    @discardableResult
    package func update<T>(
        loading parts: ProgrammeParts,
        withRecords body: (inout ProgrammeData, any RoundRecordEditor) throws -> T
    ) throws -> T {
        try write { db in
            let before = try Self.loadData(db, path: path, parts: parts.withReferences)
            var data = before
            let result = try body(&data, RecordTablesEditor(db: db))
            data.normalise()
            if data != before { try Self.save(data, replacing: before, db) }
            return result
        }
    }

    static func loadRecords(_ db: Database, only: RoundID?) throws -> [RoundRecord] {
        let filter = only.map { "WHERE round_id = '\($0)'" } ?? ""
        // Records are changed in place (`records[id, default:]`), so appending a row never
        // copies a Round's whole list.
        var records: [RoundID: RoundRecord] = [:]
        var ids: [String: RoundID] = [:]
        func id(_ text: String) throws -> RoundID {
            if let known = ids[text] { return known }
            let parsed = try RoundID(parsing: text)
            ids[text] = parsed
            return parsed
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT round_id, head_count FROM attendance \(filter)")
        {
            let round = try id(row[0])
            records[round, default: RoundRecord(round: round)].attendance.headCount = row[1]
        }
        let signIns = try Row.fetchCursor(
            db,
            sql: """
                SELECT round_id, name, staff_group, first_time, email, source_kind, source_row
                FROM sign_in \(filter) ORDER BY round_id, position
                """)
        while let row = try signIns.next() {
            let round = try id(row[0])
            let firstTime: Int? = row[3]
            records[round, default: RoundRecord(round: round)].attendance.signIns.append(
                SignIn(
                    name: row[1], staffGroup: row[2], firstTime: firstTime.map { $0 == 1 },
                    email: row[4], source: try source(kind: row[5], row: row[6])))
        }
        let evaluations = try Row.fetchCursor(
            db,
            sql: """
                SELECT round_id, answers, overall, staff_group, comment, source_kind, source_row
                FROM evaluation \(filter) ORDER BY round_id, position
                """)
        while let row = try evaluations.next() {
            let round = try id(row[0])
            records[round, default: RoundRecord(round: round)].responses.append(
                EvaluationResponse(
                    round: round, answers: try answers(row[1]), overall: row[2],
                    staffGroup: row[3], comment: row[4],
                    source: try source(kind: row[5], row: row[6])))
        }
        let decoder = JSONDecoder()
        for row in try Row.fetchAll(db, sql: "SELECT round_id, content FROM debrief \(filter)") {
            let round = try id(row[0])
            let content: String = row[1]
            records[round, default: RoundRecord(round: round)].debrief = try decoder.decode(
                Debrief.self, from: Data(content.utf8))
        }
        return records.values.sorted { $0.round < $1.round }
    }

    /// Answers as stored: `key=point` pairs separated by `;` in key order, such as
    /// `colleagues=4;empathy=5` (keys are slugs). Plain text rather than JSON because a report
    /// reads every form of a decade, and Foundation's JSON decoder costs far more per row.
    static func answersText(_ answers: [String: Int]) -> String {
        answers.keys.sorted().map { "\($0)=\(answers[$0] ?? 0)" }.joined(separator: ";")
    }

    static func answers(_ stored: String) throws -> [String: Int] {
        // A byte scan: this runs once per stored form when a report reads a decade.
        var text = stored
        text.makeContiguousUTF8()
        var result: [String: Int] = [:]
        result.reserveCapacity(12)
        var valid = true
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            var index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == UInt8(ascii: ";") {
                    // A pair is `key=d`: the point is its last byte, after an `=`.
                    let length = index - start
                    if length > 0 {
                        let point = Int(bytes[index - 1]) - Int(UInt8(ascii: "0"))
                        guard length >= 3, bytes[index - 2] == UInt8(ascii: "="),
                            (1...5).contains(point)
                        else {
                            valid = false
                            return
                        }
                        let key = String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 2)]),
                            as: UTF8.self)
                        result[key] = point
                    }
                    start = index + 1
                }
                index += 1
            }
        }
        guard valid else {
            throw RoundsStoreError.refused("A stored evaluation has an unreadable answer.")
        }
        return result
    }

    private static func source(kind: String, row: Int) throws -> RecordSource {
        guard let kind = RecordSource.Kind(rawValue: kind) else {
            throw RoundsStoreError.refused("A stored record has an unknown source.")
        }
        return RecordSource(kind: kind, row: row)
    }
}

/// The record tables inside one write transaction.
private struct RecordTablesEditor: RoundRecordEditor {
    let db: Database

    func record(of round: RoundID) throws -> RoundRecord {
        try ProgrammeStore.loadRecords(db, only: round).first ?? RoundRecord(round: round)
    }

    func setHeadCount(_ count: Int, of round: RoundID) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO attendance VALUES (?, ?)",
            arguments: [round.description, count])
    }

    func addSignIns(_ signIns: [SignIn], to round: RoundID) throws -> Int {
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

    func addResponses(_ responses: [EvaluationResponse]) throws -> Int {
        var added = 0
        var positions: [RoundID: Int] = [:]
        let insert = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO evaluation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for response in responses {
            if positions[response.round] == nil {
                positions[response.round] =
                    try Int.fetchOne(
                        db, sql: "SELECT MAX(position) FROM evaluation WHERE round_id = ?",
                        arguments: [response.round.description]) ?? 0
            }
            let position = (positions[response.round] ?? 0) + 1
            positions[response.round] = position
            let answers = ProgrammeStore.answersText(response.answers)
            try insert.execute(
                arguments: [
                    response.round.description, response.identity, position, answers,
                    response.overall, response.staffGroup, response.comment,
                    response.source.kind.rawValue, response.source.row,
                ])
            added += db.changesCount
        }
        return added
    }

    func claimDevice(_ device: String, for round: RoundID) throws -> Bool {
        try db.execute(
            sql: "INSERT OR IGNORE INTO evaluation_device VALUES (?, ?)",
            arguments: [round.description, device])
        return db.changesCount == 1
    }

    func saveDebrief(_ debrief: Debrief, for round: RoundID) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try db.execute(
            sql: "INSERT OR REPLACE INTO debrief VALUES (?, ?)",
            arguments: [
                round.description, String(decoding: try encoder.encode(debrief), as: UTF8.self),
            ])
    }
}
