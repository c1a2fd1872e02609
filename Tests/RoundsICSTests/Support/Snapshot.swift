import Foundation
import Testing

/// Golden files under Tests/RoundsICSTests/Snapshots, compared byte for byte.
///
/// Set ROUNDS_RECORD_SNAPSHOTS=1 to write them afresh instead of comparing.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["ROUNDS_RECORD_SNAPSHOTS"] == "1"
    }

    static func check(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let file = directory.appendingPathComponent(name + ".ics")
        let actual = Data(text.utf8)
        if isRecording {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try actual.write(to: file)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record(
                "Snapshot \(name).ics is missing; run with ROUNDS_RECORD_SNAPSHOTS=1 to record it.",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected,
            "\(name).ics differs from what was written:\n\(text)",
            sourceLocation: sourceLocation)
    }
}
