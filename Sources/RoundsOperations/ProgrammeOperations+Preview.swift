import Foundation
import RoundsCore
import RoundsStore

extension ProgrammeOperations {
    /// The same operations on the same store, each run to its end and then rolled back: a dry
    /// run. `operations.preview.plan(from:months:)` is `plan` exactly as it would store it
    /// (the same transaction, rules, ids and report), with nothing saved; the web's plan
    /// preview shows it before the administrator applies the real one.
    package var preview: ProgrammeOperations {
        ProgrammeOperations(storePath: storePath, location: location.rollingBack)
    }
}

extension StoreLocation {
    /// This location with every store it opens wrapped so that no transaction is kept.
    var rollingBack: StoreLocation {
        let base = self
        return StoreLocation(
            open: { path, readOnly in RolledBackRepository(base: try base.open(path, readOnly)) },
            create: { _ in throw OperationFailure("A preview cannot create a store.") })
    }
}

/// Carries an update's result out of the transaction it rolls back.
private struct RolledBack: Error, @unchecked Sendable {
    let value: Any
}

/// A repository whose every update runs inside the real store's transaction and then throws,
/// so SQLite rolls it back; reads pass through.
private struct RolledBackRepository: ProgrammeRepository {
    let base: any ProgrammeRepository

    var path: String { base.path }

    /// Runs `transaction`, whose body hands its result to `keep` (which throws it out), and
    /// returns that result: the store is as it was.
    private func discarding<T>(_ transaction: (_ keep: (T) throws -> Void) throws -> Void)
        throws -> T
    {
        do {
            try transaction { value in throw RolledBack(value: value) }
        } catch let rolled as RolledBack {
            if let value = rolled.value as? T { return value }
        }
        throw OperationFailure("The preview's transaction returned nothing.")
    }

    func load() throws -> ProgrammeData { try base.load() }

    func update<T>(_ body: (inout ProgrammeData) throws -> T) throws -> T {
        try discarding { keep in try base.update { data in try keep(try body(&data)) } }
    }

    func update<T>(loading parts: ProgrammeParts, _ body: (inout ProgrammeData) throws -> T)
        throws -> T
    {
        try discarding { keep in
            try base.update(loading: parts) { data in try keep(try body(&data)) }
        }
    }

    func update<T>(
        withInvitations body: (inout ProgrammeData, inout [String: IssuedInvitation]) throws -> T
    ) throws -> T {
        try discarding { keep in
            try base.update(withInvitations: { data, issued in
                try keep(try body(&data, &issued))
            })
        }
    }

    func update<T>(
        withCalendars body: (
            inout ProgrammeData, inout [String: IssuedInvitation], ImportedCalendars
        ) throws -> T
    ) throws -> T {
        try discarding { keep in
            try base.update(withCalendars: { data, issued, calendars in
                try keep(try body(&data, &issued, calendars))
            })
        }
    }

    func loadWithRecords() throws -> (data: ProgrammeData, records: [RoundRecord]) {
        try base.loadWithRecords()
    }

    func update<T>(
        loading parts: ProgrammeParts,
        withRecords body: (inout ProgrammeData, any RoundRecordEditor) throws -> T
    ) throws -> T {
        try discarding { keep in
            try base.update(
                loading: parts,
                withRecords: { data, editor in
                    try keep(try body(&data, editor))
                })
        }
    }

    func issuedInvitations() throws -> [String: IssuedInvitation] {
        try base.issuedInvitations()
    }

    func importedHolidays() throws -> [HolidayRegion: [BankHoliday]] {
        try base.importedHolidays()
    }

    func update<T>(
        loading parts: ProgrammeParts,
        withCalendarEdits body: (ProgrammeData, any CalendarEditor) throws -> T
    ) throws -> T {
        try discarding { keep in
            try base.update(
                loading: parts,
                withCalendarEdits: { data, editor in
                    try keep(try body(data, editor))
                })
        }
    }

    func importProgramme(at url: URL, name: String, prune: Bool) throws -> ImportReport {
        throw OperationFailure("A preview cannot import a programme file.")
    }

    func importPeople(at url: URL, name: String) throws -> ImportReport {
        throw OperationFailure("A preview cannot import people.")
    }

    func exportYAML() throws -> String { try base.exportYAML() }

    func checkpoint() throws {}
}
