import Foundation
import RoundsCore
import RoundsScheduling
import RoundsStore

/// Every use case of one programme, each a method that runs one transaction over its store.
///
/// The shape is GRDB's demo `AppDatabase` one level up: a front door (the command line, later
/// a web server) parses its input, calls one method and renders the typed result. Each method
/// loads what it needs inside its transaction, applies the rules of the core and the scheduler,
/// and saves; a thrown error leaves the store as it was. See docs/design.md, "The rule for
/// adding an operation".
package struct ProgrammeOperations: Sendable {
    /// The store's path, as the user typed it.
    package let storePath: String
    /// How the store is opened and created.
    package let location: StoreLocation

    /// Operations on the store at `storePath`, a SQLite file unless `location` says otherwise.
    package init(storePath: String, location: StoreLocation = .sqlite) {
        self.storePath = storePath
        self.location = location
    }

    /// The store, opened for writing.
    func store() throws -> any ProgrammeRepository { try location.open(storePath, false) }

    /// The store, opened read-only.
    func reader() throws -> any ProgrammeRepository { try location.open(storePath, true) }

    /// Holidays from the rules plus the store's imported files, region by region.
    static func holidays(from imported: [HolidayRegion: [BankHoliday]]) -> BankHolidays {
        var holidays = BankHolidays()
        for (region, list) in imported { holidays.add(list, for: region) }
        return holidays
    }
}

/// A failure the user reads as it is, exit status 1.
package struct OperationFailure: Error, CustomStringConvertible {
    /// The sentence to show.
    package let description: String
    /// A failure with its sentence.
    package init(_ description: String) { self.description = description }
}

/// A request whose options contradict each other in a way only the stored data reveals; the
/// command line shows it as a usage error (exit status 64).
package struct OperationUsageError: Error, CustomStringConvertible {
    /// The sentence to show.
    package let description: String
    /// A usage error with its sentence.
    package init(_ description: String) { self.description = description }
}
