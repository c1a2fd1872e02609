package import Foundation
package import RoundsCore
package import RoundsStore

/// What the operations need from a store, and nothing more: whole-programme transactions,
/// imported calendars, issued invitations and the programme file.
///
/// No SQL or GRDB type appears here, so a second store (PostgreSQL for a server hosting many
/// programmes) can stand beside the SQLite `ProgrammeStore` by conforming to this protocol.
/// Every `update` runs its body inside one transaction and saves only when the body returns.
package protocol ProgrammeRepository: Sendable {
    /// The store's path or address, as the user named it; messages repeat it.
    var path: String { get }
    /// The whole programme as it is now.
    func load() throws -> ProgrammeData
    /// Loads the programme, lets `body` change it, and saves the result in one transaction.
    func update<T>(_ body: (inout ProgrammeData) throws -> T) throws -> T
    /// Like `update(_:)`, loading only `parts` (and what their references need); only changes
    /// within them are saved.
    func update<T>(loading parts: ProgrammeParts, _ body: (inout ProgrammeData) throws -> T)
        throws -> T
    /// Like `update(_:)`, with the issued invitations in the same transaction.
    func update<T>(
        withInvitations body: (inout ProgrammeData, inout [String: IssuedInvitation]) throws -> T
    ) throws -> T
    /// Like `update(withInvitations:)`, with the imported calendars read in the same transaction.
    func update<T>(
        withCalendars body: (
            inout ProgrammeData, inout [String: IssuedInvitation], ImportedCalendars
        ) throws -> T
    ) throws -> T
    /// The whole programme and the records of every Round, read in one transaction.
    func loadWithRecords() throws -> (data: ProgrammeData, records: [RoundRecord])
    /// Like `update(loading:_:)`, with the records of Rounds (head counts, sign-ins, forms,
    /// debriefs) readable and addable through `body`'s editor in the same transaction.
    func update<T>(
        loading parts: ProgrammeParts,
        withRecords body: (inout ProgrammeData, any RoundRecordEditor) throws -> T
    ) throws -> T
    /// Every invitation issued so far, by UID.
    func issuedInvitations() throws -> [String: IssuedInvitation]
    /// Every imported bank holiday.
    func importedHolidays() throws -> [HolidayRegion: [BankHoliday]]
    /// Loads `parts` of the programme and lets `body` replace imported holidays and busy times
    /// through its editor, in one transaction.
    func update<T>(
        loading parts: ProgrammeParts,
        withCalendarEdits body: (ProgrammeData, any CalendarEditor) throws -> T
    ) throws -> T
    /// Imports a programme file in one transaction.
    func importProgramme(at url: URL, name: String, prune: Bool) throws -> ImportReport
    /// Imports people from a spreadsheet in one transaction.
    func importPeople(at url: URL, name: String) throws -> ImportReport
    /// The whole programme as a programme file.
    func exportYAML() throws -> String
    /// Makes every committed change durable in the main file.
    func checkpoint() throws
}

extension ProgrammeStore: ProgrammeRepository {}

/// How operations reach their store: open an existing one, or create a new one.
package struct StoreLocation: Sendable {
    /// Opens the existing store at a path, read-only or for writing.
    package var open: @Sendable (_ path: String, _ readOnly: Bool) throws -> any ProgrammeRepository
    /// Creates a new, empty store at a path; refuses when a file is already there.
    package var create: @Sendable (_ path: String) throws -> any ProgrammeRepository

    /// A location with its own ways to open and create.
    package init(
        open: @escaping @Sendable (String, Bool) throws -> any ProgrammeRepository,
        create: @escaping @Sendable (String) throws -> any ProgrammeRepository
    ) {
        self.open = open
        self.create = create
    }

    /// SQLite files through `ProgrammeStore`.
    package static let sqlite = StoreLocation(
        open: { path, readOnly in try ProgrammeStore.open(atPath: path, readOnly: readOnly) },
        create: { path in try ProgrammeStore.create(atPath: path) })
}
