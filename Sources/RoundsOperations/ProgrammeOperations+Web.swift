package import Foundation
package import RoundsCore
import RoundsICS
import RoundsInvitations
package import RoundsStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the web server needs from a store beyond the programme and its records: accounts and
/// sessions.
package protocol WebRepository: Sendable {
    /// Adds or replaces an account; true when it was new.
    func saveWebUser(_ user: WebUser) throws -> Bool
    /// The account with this e-mail, if any.
    func webUser(_ email: String) throws -> WebUser?
    /// Every account.
    func webUsers() throws -> [WebUser]
    /// Stores a session.
    func startWebSession(
        tokenDigest: String, email: EmailAddress, csrf: String, expires: Int, now: Int) throws
    /// The unexpired session with this digest.
    func webSession(tokenDigest: String, now: Int) throws -> WebSession?
    /// Ends a session.
    func endWebSession(tokenDigest: String) throws
}

extension ProgrammeStore: WebRepository {}

/// Whether a Round's evaluation form takes answers now.
package enum EvaluationWindow: Sendable, Equatable {
    /// Before the Round starts.
    case notYetOpen(opens: LocalDateTime)
    /// From the start until the end of the window.
    case open(closes: LocalDateTime)
    /// After the window, or the Round was cancelled.
    case closed
}

extension ProgrammeOperations {
    /// The store's web records, opened for writing or reading.
    func webStore(readOnly: Bool = false) throws -> any WebRepository {
        guard let store = try location.open(storePath, readOnly) as? any WebRepository else {
            throw OperationFailure("The store \(storePath) cannot hold web accounts.")
        }
        return store
    }

    /// Opens the store for writing once, so an older store gains the web tables before the
    /// server reads it read-only.
    package func prepareForWeb() throws {
        _ = try store()
    }

    /// These operations on one connection to the store, opened now and shared by every call:
    /// for a long-running server.
    ///
    /// Opening the store per call, as the commands do, is wrong inside a server: each open
    /// reads the file's header through a file handle of its own, and closing that handle
    /// releases every POSIX lock the process holds on the file, those of the server's open
    /// SQLite connections included. Another process (the command line) could then remove the
    /// write-ahead log under them, and requests failed with SQLITE_IOERR_SHORT_READ.
    package func sharingOneConnection() throws -> ProgrammeOperations {
        let store = try location.open(storePath, false)
        let path = storePath
        return ProgrammeOperations(
            storePath: storePath,
            location: StoreLocation(
                open: { _, _ in store },
                create: { _ in throw OperationFailure("The store \(path) already exists.") }))
    }

    /// A token that changes whenever the store is written (the modification times and sizes
    /// of the file and its write-ahead log), for caching pages rendered from it. Two `stat`
    /// calls: cheap enough for every request.
    package func storeVersion() -> String {
        "\(Self.fileStamp(storePath))/\(Self.fileStamp(storePath + "-wal"))"
    }

    /// `seconds.nanoseconds:size` of the file at `path`, or `-` when there is none.
    static func fileStamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "-" }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return "\(time.tv_sec).\(time.tv_nsec):\(info.st_size)"
    }

    /// The all-staff feed's bytes, as `export feed` writes them, stamped `now`.
    package func feedData(now: Date) throws -> Data {
        let opened = try reader()
        return try Self.staffFeed(try opened.load(), issued: try opened.issuedInvitations())
            .data(stamp: now)
    }

    /// The whole programme as programme-file text, as `export yaml` writes it.
    package func programmeYAML() throws -> String {
        try reader().exportYAML()
    }

    /// One Round as a calendar file with the feed's event (same UID and SEQUENCE), so adding
    /// it and subscribing to the feed give one entry, not two.
    package func roundCalendarData(_ reference: String, now: Date) throws -> Data {
        let opened = try reader()
        var data = try opened.load()
        let round = try data.round(reference)
        data.rounds = [round]
        return try Self.staffFeed(data, issued: try opened.issuedInvitations()).data(stamp: now)
    }

    /// The staff feed of `data`, with each event's SEQUENCE from the issued invitations.
    static func staffFeed(_ data: ProgrammeData, issued: [String: IssuedInvitation]) throws
        -> StaffFeed
    {
        StaffFeed(source: try InvitationSource(data), sequences: issued.mapValues(\.sequence))
    }

    /// `now` as a wall-clock time in the programme's zone.
    package static func localTime(_ now: Date, in programme: Programme) throws -> LocalDateTime {
        let wall = try TimeZones.wallClock(of: now, in: programme.timeZone)
        guard
            let time = LocalDateTime(
                year: wall.day.year, month: wall.day.month, day: wall.day.day, hour: wall.hour,
                minute: wall.minute)
        else { throw OperationFailure("The clock gave a time outside the calendar.") }
        return time
    }

    /// Whether `round`'s evaluation is open at `now`: from its start until `days` days after
    /// its end (the same span as ``webRecordingWindow(days:)``).
    package static func evaluationWindow(
        of round: Round, days: Int, at now: LocalDateTime
    ) -> EvaluationWindow {
        guard round.status != .cancelled else { return .closed }
        if now < round.start { return .notYetOpen(opens: round.start) }
        let closes = round.end.adding(minutes: days * 24 * 60)
        return now <= closes ? .open(closes: closes) : .closed
    }

    /// The recording window of the web's evaluation form and sign-in: from the Round's start
    /// until `days` days after its end.
    package static func webRecordingWindow(days: Int) -> RecordingWindow {
        RecordingWindow(opensBefore: 0, closesAfter: days * 24 * 60)
    }

    /// Adds or replaces a web account, its password hashed by the caller; true when new.
    package func saveWebUser(_ user: WebUser) throws -> Bool {
        try webStore().saveWebUser(user)
    }

    /// The web account with this e-mail, if any.
    package func webUser(_ email: String) throws -> WebUser? {
        try webStore(readOnly: true).webUser(email)
    }

    /// Every web account.
    package func webUsers() throws -> [WebUser] {
        try webStore(readOnly: true).webUsers()
    }

    /// Stores a new session.
    package func startWebSession(
        tokenDigest: String, email: EmailAddress, csrf: String, expires: Int, now: Int
    ) throws {
        try webStore().startWebSession(
            tokenDigest: tokenDigest, email: email, csrf: csrf, expires: expires, now: now)
    }

    /// The unexpired session with this token digest.
    package func webSession(tokenDigest: String, now: Int) throws -> WebSession? {
        try webStore(readOnly: true).webSession(tokenDigest: tokenDigest, now: now)
    }

    /// Ends a session.
    package func endWebSession(tokenDigest: String) throws {
        try webStore().endWebSession(tokenDigest: tokenDigest)
    }
}

/// A second evaluation form from a device that has already answered for the Round.
package struct AlreadyAnswered: Error, CustomStringConvertible {
    /// The Round.
    package let round: RoundID
    /// The sentence to show.
    package var description: String { "This device has already answered for \(round)." }
}
