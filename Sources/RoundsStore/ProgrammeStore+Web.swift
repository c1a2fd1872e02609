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

/// What a web account may do: everything, or their own Rounds only.
package enum WebRole: String, Sendable, Hashable, CaseIterable {
    /// Plans, edits, imports and downloads the whole programme.
    case administrator
    /// Sees the Rounds they facilitate, with packs and panels.
    case facilitator
}

/// A web account: its e-mail, role and bcrypt password hash.
package struct WebUser: Sendable, Hashable {
    /// The address the person signs in with.
    package var email: EmailAddress
    /// What they may do.
    package var role: WebRole
    /// The bcrypt hash of their password.
    package var passwordHash: String

    /// An account.
    package init(email: EmailAddress, role: WebRole, passwordHash: String) {
        self.email = email
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// A signed-in session as the server reads it.
package struct WebSession: Sendable, Hashable {
    /// Who is signed in.
    package var user: WebUser
    /// The form token every POST of this session must carry.
    package var csrf: String
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
                    db, sql: "SELECT email, csrf FROM web_session WHERE token_digest = ? "
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

    /// Stores `response` unless the device with `deviceDigest` has already answered for its
    /// Round, in one transaction; returns false when it had. Refuses a Round that does not
    /// exist or was cancelled. The response's source row is its position among the Round's
    /// web responses, so two identical forms from two devices are two responses.
    package func addWebResponse(_ response: EvaluationResponse, deviceDigest: String) throws
        -> Bool
    {
        try write { db in
            try Self.requireNotCancelled(response.round, db)
            try db.execute(
                sql: "INSERT OR IGNORE INTO evaluation_device VALUES (?, ?)",
                arguments: [response.round.description, deviceDigest])
            guard db.changesCount == 1 else { return false }
            let position =
                (try Int.fetchOne(
                    db, sql: "SELECT MAX(position) FROM evaluation WHERE round_id = ?",
                    arguments: [response.round.description]) ?? 0) + 1
            var stored = response
            stored.source = RecordSource(kind: .direct, row: position)
            try db.execute(
                sql: "INSERT INTO evaluation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    stored.round.description, stored.identity, position,
                    Self.answersText(stored.answers), stored.overall, stored.staffGroup,
                    stored.comment, stored.source.kind.rawValue, stored.source.row,
                ])
            return true
        }
    }

    /// Adds one sign-in typed at the door to `round`'s attendance; the same name and address
    /// twice is one sign-in.
    package func addWebSignIn(_ signIn: SignIn, to round: RoundID) throws {
        try write { db in
            try Self.requireNotCancelled(round, db)
            let position =
                (try Int.fetchOne(
                    db, sql: "SELECT MAX(position) FROM sign_in WHERE round_id = ?",
                    arguments: [round.description]) ?? 0) + 1
            try db.execute(
                sql: "INSERT OR IGNORE INTO sign_in VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    round.description, signIn.identity, position, signIn.name,
                    signIn.staffGroup, signIn.firstTime.map { $0 ? 1 : 0 }, signIn.email,
                    signIn.source.kind.rawValue, signIn.source.row,
                ])
        }
    }

    private static func requireNotCancelled(_ round: RoundID, _ db: Database) throws {
        let status = try String.fetchOne(
            db, sql: "SELECT status FROM round WHERE id = ?", arguments: [round.description])
        guard let status else { throw RoundsStoreError.notFound("There is no Round \(round).") }
        guard status != RoundStatus.cancelled.rawValue else {
            throw RoundsStoreError.refused("\(round) was cancelled.")
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
