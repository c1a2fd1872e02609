import Foundation
import RoundsICS
import RoundsTestSupport

// What the ICS tests add to the shared judge output (RoundsTestSupport): for expansion tests
// `<name>.expansion.json` with the window and the sorted UTC start instants of every
// occurrence in it. UIDs are unique across files except within a series, so each first PUT to
// Radicale is a new event.
extension JudgeOutput {
    static func writeExpansion(name: String, window: Range<Date>, occurrences: [Date]) throws {
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
        try write(try encoder.encode(expansion), as: name + ".expansion.json")
    }

    /// `2027-01-12T12:00:00Z`, computed from libical's UTC wall clock.
    static func utcText(_ date: Date) -> String {
        TimeZones.utcWallClock(of: date).description + "Z"
    }
}
