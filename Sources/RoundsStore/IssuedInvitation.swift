import GRDB
package import RoundsCore

extension ProgrammeStore {
    /// Every invitation issued so far, by UID.
    package func issuedInvitations() throws -> [String: IssuedInvitation] {
        try read { db in try Self.loadIssued(db) }
    }

    /// Like ``update(_:)``, with the issued-invitation records in the same transaction.
    ///
    /// Records left in the dictionary are saved; records removed from it are deleted.
    @discardableResult
    package func update<T>(
        withInvitations body: (inout ProgrammeData, inout [String: IssuedInvitation]) throws -> T
    ) throws -> T {
        try update(withInvitations: { data, issued, _ in try body(&data, &issued) })
    }

    /// The transaction behind the public updates; `body` may read more inside it.
    func update<T>(
        withInvitations body: (inout ProgrammeData, inout [String: IssuedInvitation], Database)
            throws -> T
    ) throws -> T {
        try write { db in
            let before = try Self.loadData(db, path: path)
            let issuedBefore = try Self.loadIssued(db)
            var data = before
            var issued = issuedBefore
            let result = try body(&data, &issued, db)
            data.normalise()
            if data != before { try Self.save(data, replacing: before, db) }
            if issued != issuedBefore {
                try Self.sync(
                    issuedBefore.values.sorted { $0.uid < $1.uid },
                    issued.values.sorted { $0.uid < $1.uid }, key: \.uid,
                    delete: { uid in
                        try db.execute(
                            sql: "DELETE FROM issued_invitation WHERE uid = ?", arguments: [uid])
                    },
                    write: { record in
                        try db.execute(
                            sql: """
                                INSERT INTO issued_invitation
                                    (uid, sequence, content_hash, stamp, method, attendees)
                                VALUES (?, ?, ?, ?, ?, ?)
                                ON CONFLICT (uid) DO UPDATE SET sequence = excluded.sequence,
                                    content_hash = excluded.content_hash, stamp = excluded.stamp,
                                    method = excluded.method, attendees = excluded.attendees
                                """,
                            arguments: [
                                record.uid, record.sequence, record.contentHash,
                                record.stampText, record.method.rawValue,
                                record.attendees.joined(separator: "\n"),
                            ])
                    })
            }
            return result
        }
    }

    /// The stored records; a stamp or method the model does not recognise is refused by name
    /// (table, UID and value), not read as something else. (The schema refuses a negative
    /// sequence.)
    static func loadIssued(_ db: Database) throws -> [String: IssuedInvitation] {
        var result: [String: IssuedInvitation] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM issued_invitation") {
            let uid: String = row["uid"]
            let stampText: String = row["stamp"]
            let methodText: String = row["method"]
            let sequence: Int = row["sequence"]
            guard let stamp = IssuedInvitation.stamp(fromText: stampText) else {
                throw UnrecognisedValue(table: "issued_invitation", record: uid, value: stampText)
            }
            guard let method = IssuedInvitation.Method(rawValue: methodText.uppercased()) else {
                throw UnrecognisedValue(table: "issued_invitation", record: uid, value: methodText)
            }
            let attendees: String = row["attendees"]
            result[uid] = IssuedInvitation(
                uid: uid, sequence: sequence, contentHash: row["content_hash"], stamp: stamp,
                method: method, attendees: attendees.split(separator: "\n").map(String.init))
        }
        return result
    }
}
