import GRDB
package import RoundsCore

/// What was last sent for one calendar UID, so the next export knows whether to bump SEQUENCE.
package struct IssuedInvitation: Sendable, Hashable {
    /// The calendar UID (a Round's or its prep meeting's).
    package var uid: String
    /// The SEQUENCE last issued.
    package var sequence: Int
    /// A hash of the content last issued, to tell a real change from a re-export.
    package var contentHash: String
    /// The DTSTAMP last used, as written in the file (UTC, `yyyyMMdd'T'HHmmss'Z'`).
    package var stamp: String
    /// REQUEST or CANCEL.
    package var method: String
    /// Attendee addresses the invitation went to, so removed attendees can be sent a CANCEL.
    package var attendees: [String]

    /// An issued-invitation record.
    package init(
        uid: String, sequence: Int, contentHash: String, stamp: String, method: String,
        attendees: [String]
    ) {
        self.uid = uid
        self.sequence = sequence
        self.contentHash = contentHash
        self.stamp = stamp
        self.method = method
        self.attendees = attendees
    }
}

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
                                record.uid, record.sequence, record.contentHash, record.stamp,
                                record.method, record.attendees.joined(separator: "\n"),
                            ])
                    })
            }
            return result
        }
    }

    static func loadIssued(_ db: Database) throws -> [String: IssuedInvitation] {
        var result: [String: IssuedInvitation] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM issued_invitation") {
            let attendees: String = row["attendees"]
            let record = IssuedInvitation(
                uid: row["uid"], sequence: row["sequence"], contentHash: row["content_hash"],
                stamp: row["stamp"], method: row["method"],
                attendees: attendees.split(separator: "\n").map(String.init))
            result[record.uid] = record
        }
        return result
    }
}
