import Foundation

/// The time the export commands stamp files with.
///
/// `ROUNDS_CLOCK` (ISO 8601 with offset, such as `2027-01-04T09:00:00Z`) fixes it, so tests
/// and demonstrations give the same bytes on every run; otherwise it is the real time.
enum CommandClock {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> Date
    {
        guard let text = environment["ROUNDS_CLOCK"], !text.isEmpty else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw CommandFailure(
                "ROUNDS_CLOCK is set to \(text), which is not a time. Give it as "
                    + "2027-01-04T09:00:00Z, or unset it to use the real time.")
        }
        return date
    }
}

/// A failure the user reads on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
