import Foundation
import RoundsCore
import RoundsRecords
import RoundsStore

// Helpers shared by the after-the-Round commands (held, attendance, evaluations, report,
// certificates). When the application layer lands, their bodies move there as operations.

/// Today in `timeZone`, from `ROUNDS_CLOCK` or the real clock.
func commandToday(timeZone: String) throws -> LocalDate {
    let now = try CommandClock.now()
    let parts = Calendar(identifier: .gregorian).dateComponents(
        in: TimeZone(identifier: timeZone) ?? .gmt, from: now)
    return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
        ?? LocalDate(dayNumber: 0)
}

/// The bytes of `path`, or a plain failure naming it.
func readImportFile(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure("\(path) cannot be read. Check the path and that the file exists.")
    }
    return data
}

/// Writes `text` to `path` atomically, or fails naming it.
func writeTextFile(_ text: String, to path: String) throws {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure("\(path) cannot be written. Check the folder exists and is writable.")
    }
}

/// "1 form" or "3 forms".
func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}

extension StoreOptions {
    /// The store itself, for the after-the-Round commands until they become operations.
    func open(readOnly: Bool = false) throws -> ProgrammeStore {
        try ProgrammeStore.open(atPath: path, readOnly: readOnly)
    }
}
