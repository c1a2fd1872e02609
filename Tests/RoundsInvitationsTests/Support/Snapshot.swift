import Foundation
import Testing

/// Golden files under Tests/RoundsInvitationsTests/Snapshots, compared byte for byte.
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

    /// Compares `data` with `Snapshots/<file>` (such as `feed.ics` or `R-0001.eml`).
    static func check(
        _ data: Data, file name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try data.write(to: file)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record(
                "Snapshot \(name) is missing; run with ROUNDS_RECORD_SNAPSHOTS=1 to record it.",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            data == expected,
            "\(name) differs from the golden file:\n\(String(decoding: data, as: UTF8.self))",
            sourceLocation: sourceLocation)
    }
}
