/// A change to a programme refused by one of its rules, told as the user reads it.
///
/// These are domain refusals (a person still on a Round, a venue still in use, a Round that is
/// cancelled), not store failures: whichever front door or store runs the change, the same
/// rule gives the same sentence.
public enum ProgrammeEditError: Error, Sendable, Hashable {
    /// A record named on the command line or in a file does not exist.
    case notFound(String)
    /// A change was refused because it would break the programme; the message says why.
    case refused(String)
}

extension ProgrammeEditError: CustomStringConvertible {
    /// The plain sentence a user reads.
    public var description: String {
        switch self {
        case .notFound(let message), .refused(let message): message
        }
    }
}
