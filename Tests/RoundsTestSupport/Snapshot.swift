package import Foundation
package import Testing

/// Golden files, compared byte for byte: `Snapshots/<file>` beside the test file that checks.
///
/// With `ROUNDS_RECORD_SNAPSHOTS=1` in the environment the file is written afresh and the test
/// fails, saying so (as swift-snapshot-testing's record mode does), so a recording run can
/// never pass for a checking one. On a difference the new output is written to the temporary
/// directory and the failure names it.
package enum Snapshot {
    /// True when the run records golden files instead of checking them.
    package static var isRecording: Bool {
        ProcessInfo.processInfo.environment["ROUNDS_RECORD_SNAPSHOTS"] == "1"
    }

    /// The `Snapshots` folder beside the test file `filePath`.
    package static func folder(beside filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots", isDirectory: true)
    }

    /// Compares `text` (as UTF-8) with the golden file `name`.
    package static func check(
        _ text: String, file name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try check(Data(text.utf8), file: name, filePath: filePath, sourceLocation: sourceLocation)
    }

    /// Compares `data` with the golden file `name` (such as `feed.ics` or `R-0042.html`).
    package static func check(
        _ data: Data, file name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let directory = folder(beside: filePath)
        let file = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try data.write(to: file, options: .atomic)
            let message =
                "Recorded the snapshot \(name). Run again without ROUNDS_RECORD_SNAPSHOTS to "
                + "check against it."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "Snapshot \(name) is missing; run with ROUNDS_RECORD_SNAPSHOTS=1 to record it.",
                sourceLocation: sourceLocation)
            return
        }
        if expected != data {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent(name)
            try? data.write(to: actual)
            Issue.record(
                "\(name) differs from its snapshot; the new output is in \(actual.path).",
                sourceLocation: sourceLocation)
        }
    }
}
