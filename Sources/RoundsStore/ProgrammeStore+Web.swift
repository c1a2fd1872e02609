import Foundation
import GRDB
package import RoundsCore

/// The tables of `rounds serve`: accounts, login sessions, and which devices have answered a
/// Round's evaluation.
///
/// Sessions and devices are stored as SHA-256 digests of their tokens, never the tokens, so a
/// copy of the store cannot be used to sign in or to answer again. A device row holds no
/// address, agent or time: it only stops a second response from the same browser.
enum WebTables {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE web_user (
                    email TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('administrator', 'facilitator')),
                    password_hash TEXT NOT NULL
                ) STRICT;
                CREATE TABLE web_session (
                    token_digest TEXT PRIMARY KEY NOT NULL,
                    email TEXT NOT NULL COLLATE NOCASE,
                    csrf TEXT NOT NULL,
                    expires INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE evaluation_device (
                    round_id TEXT NOT NULL,
                    device_digest TEXT NOT NULL,
                    PRIMARY KEY (round_id, device_digest)
                ) STRICT;
                """)
    }
}

extension ProgrammeStore {
    /// Adds the account, or replaces the role and password of an existing one; returns true
    /// when it was new.
    package func saveWebUser(_ user: WebUser) throws -> Bool {
        try write { db in
            let existed =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM web_user WHERE email = ?",
                    arguments: [user.email.value]) ?? 0 > 0
            try db.execute(
                sql: "INSERT OR REPLACE INTO web_user VALUES (?, ?, ?)",
                arguments: [user.email.value, user.role.rawValue, user.passwordHash])
            if existed {
                // A new password ends the sessions started with the old one.
                try db.execute(
                    sql: "DELETE FROM web_session WHERE email = ?", arguments: [user.email.value])
            }
            return !existed
        }
    }

    /// The account signing in with `email`, if any.
    package func webUser(_ email: String) throws -> WebUser? {
        try read { db in try Self.webUser(email, db) }
    }

    /// Every account, by e-mail.
    package func webUsers() throws -> [WebUser] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT email FROM web_user ORDER BY email").compactMap {
                try Self.webUser($0[0], db)
            }
        }
    }

    /// Stores a session for `email`, valid until `expires` (seconds since 1970), and removes
    /// expired ones.
    package func startWebSession(
        tokenDigest: String, email: EmailAddress, csrf: String, expires: Int, now: Int
    ) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires <= ?", arguments: [now])
            try db.execute(
                sql: "INSERT INTO web_session VALUES (?, ?, ?, ?)",
                arguments: [tokenDigest, email.value, csrf, expires])
        }
    }

    /// The unexpired session with this token digest, with its account.
    package func webSession(tokenDigest: String, now: Int) throws -> WebSession? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT email, csrf FROM web_session WHERE token_digest = ? "
                        + "AND expires > ?", arguments: [tokenDigest, now]),
                let user = try Self.webUser(row[0], db)
            else { return nil }
            return WebSession(user: user, csrf: row[1])
        }
    }

    /// Ends the session with this token digest.
    package func endWebSession(tokenDigest: String) throws {
        try write { db in
            try db.execute(
                sql: "DELETE FROM web_session WHERE token_digest = ?", arguments: [tokenDigest])
        }
    }

    private static func webUser(_ email: String, _ db: Database) throws -> WebUser? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT email, role, password_hash FROM web_user WHERE email = ?",
                arguments: [email]),
            let role = WebRole(rawValue: row[1])
        else { return nil }
        return WebUser(
            email: try EmailAddress(row[0]), role: role, passwordHash: row[2])
    }
}
