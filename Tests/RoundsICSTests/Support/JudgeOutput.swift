import Foundation
import RoundsICS

/// Copies every calendar the tests build to $ROUNDS_JUDGE_DIR, when it is set, for the external
/// judges that `make test` runs (Python icalendar, recurring-ical-events, Radicale).
///
/// Files: `<name>.ics`; for expansion tests also `<name>.expansion.json` with the window and the
/// sorted UTC start instants of every occurrence in it; for a series of versions of one UID,
/// `<name>-seq0.ics`, `<name>-seq1.ics`, ... in order. UIDs are unique across files except
/// within such a series, so each first PUT to Radicale is a new event.
enum JudgeOutput {
    static var directory: URL? {
        guard let path = ProcessInfo.processInfo.environment["ROUNDS_JUDGE_DIR"], !path.isEmpty
        else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    static func write(name: String, ics: String) throws {
        guard let directory else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(ics.utf8).write(to: directory.appendingPathComponent(name + ".ics"))
    }

    /// Writes `<name>-seq0.ics`, `<name>-seq1.ics`, ... for versions of one event.
    static func writeSeries(name: String, versions: [String]) throws {
        for (index, ics) in versions.enumerated() {
            try write(name: "\(name)-seq\(index)", ics: ics)
        }
    }

    static func writeExpansion(name: String, window: Range<Date>, occurrences: [Date]) throws {
        guard let directory else { return }
        struct Window: Encodable {
            var start: String
            var end: String
        }
        struct Expansion: Encodable {
            var window: Window
            var occurrences: [String]
        }
        let expansion = Expansion(
            window: Window(start: utcText(window.lowerBound), end: utcText(window.upperBound)),
            occurrences: occurrences.sorted().map(utcText))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try encoder.encode(expansion).write(
            to: directory.appendingPathComponent(name + ".expansion.json"))
    }

    /// `2027-01-12T12:00:00Z`, computed from libical's UTC wall clock.
    static func utcText(_ date: Date) -> String {
        TimeZones.utcWallClock(of: date).description + "Z"
    }
}
