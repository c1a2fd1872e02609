/// Everything that can go wrong in RoundsInvitations, each with the sentence a user reads.
///
/// Messages name the Round, the calendar UID or the file, never a theme text, a panel story or
/// a note.
package enum RoundsInvitationsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The calendar for `subject` (a Round label or a file name) could not be written;
    /// `reason` is the calendar layer's plain sentence.
    case calendarNotWritten(subject: String, reason: String)
    /// A file in the output folder could not be written.
    case fileNotWritten(path: String)
    /// The output folder does not exist and could not be made.
    case folderNotCreated(path: String)

    /// The sentence shown to the user.
    package var description: String {
        switch self {
        case .calendarNotWritten(let subject, let reason):
            return "The calendar for \(subject) could not be written. \(reason)"
        case .fileNotWritten(let path):
            return "The file \(path) could not be written. Check that the folder exists, "
                + "that you may write to it and that the disk is not full."
        case .folderNotCreated(let path):
            return "The folder \(path) could not be created. Check the path and that you may "
                + "write to its parent folder."
        }
    }
}
