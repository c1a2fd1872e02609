/// A problem with the store, a programme file or a spreadsheet, told as the user reads it.
package enum RoundsStoreError: Error, Sendable, Equatable {
    /// No store exists at the path.
    case noStore(path: String)
    /// `init` was asked to create a store where a file already exists.
    case storeExists(path: String)
    /// The file is not a Rounds store (another database, or not a database at all).
    case notAStore(path: String)
    /// The file looks like a store but SQLite reports it as damaged.
    case damaged(path: String)
    /// The store was written by a newer version of Rounds.
    case newerVersion(path: String)
    /// The store (or its folder) cannot be written.
    case readOnly(path: String)
    /// Another process held the store for longer than the busy timeout.
    case busy(path: String)
    /// A file could not be read.
    case unreadable(path: String)
    /// A file could not be written.
    case unwritable(path: String)
    /// The disk (or the store's size limit) is full.
    case diskFull(path: String)
    /// A programme file problem at a line and column.
    case programmeFile(file: String, line: Int, column: Int, message: String)
    /// A spreadsheet problem on a numbered row (the header is row 1).
    case spreadsheet(file: String, row: Int, message: String)
    /// A spreadsheet problem that concerns the whole file.
    case spreadsheetFile(file: String, message: String)
    /// A record named on the command line or in a file does not exist.
    case notFound(String)
    /// A change was refused because it would break the programme; the message says why.
    case refused(String)
    /// A stored value the model does not recognise (a damaged store, or one from a newer
    /// Rounds): refused rather than read as something else.
    case unrecognisedValue(path: String, table: String, record: String, value: String)
    /// A record the store's rules refuse, such as the same leave twice.
    case constraint(String)
    /// An unexpected database failure, described without SQLite jargon.
    case database(path: String)
}

extension RoundsStoreError: CustomStringConvertible {
    /// The plain sentence a user reads.
    package var description: String {
        switch self {
        case .noStore(let path):
            "No store at \(path). Create one with `rounds init` (or `rounds init --from "
                + "programme.yaml`)."
        case .storeExists(let path):
            "\(path) already exists. Choose another path with --store, or use `rounds import` "
                + "to bring a programme file into the existing store."
        case .notAStore(let path):
            "\(path) is not a Rounds store. Check the --store path; Rounds left the file untouched."
        case .damaged(let path):
            "\(path) is damaged and cannot be read. Restore it from a backup, or rebuild it "
                + "with `rounds init --from` a programme file."
        case .newerVersion(let path):
            "\(path) was written by a newer version of Rounds. Install that version to use it."
        case .readOnly(let path):
            "\(path) cannot be changed because the file or its folder is read-only. Check its "
                + "permissions."
        case .busy(let path):
            "\(path) is busy: another program, perhaps another rounds command, has held it for more "
                + "than 10 seconds. "
                + "Try again when it has finished."
        case .unreadable(let path):
            "Cannot read \(path). Check that the file exists and that you may read it."
        case .unwritable(let path):
            "Cannot write \(path). Check that the folder exists and that you may write to it."
        case .diskFull(let path):
            "Cannot write \(path): the disk is full. Nothing was changed; free some space and "
                + "try again."
        case .programmeFile(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .spreadsheet(let file, let row, let message):
            "\(file) row \(row): \(message)"
        case .spreadsheetFile(let file, let message):
            "\(file): \(message)"
        case .notFound(let message), .refused(let message), .constraint(let message):
            message
        case .unrecognisedValue(let path, let table, let record, let value):
            "\(path) holds a value Rounds does not recognise: \(value) in table \(table), record "
                + "\(record). It may come from a newer version of Rounds or a hand edit; nothing "
                + "was changed."
        case .database(let path):
            "Rounds could not update \(path); nothing was changed. Try again, and if it keeps "
                + "failing, check the disk is not full."
        }
    }
}
