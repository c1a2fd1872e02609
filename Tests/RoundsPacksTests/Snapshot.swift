import Foundation
import Testing

/// Compares `text` byte for byte with `Snapshots/<name>`; with ROUNDS_RECORD_SNAPSHOTS=1 in the
/// environment it writes the file instead (and the test still checks what it wrote).
func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let file = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    let data = Data(text.utf8)
    if ProcessInfo.processInfo.environment["ROUNDS_RECORD_SNAPSHOTS"] == "1" {
        try data.write(to: file, options: .atomic)
    }
    let expected = try #require(
        FileManager.default.contents(atPath: file.path),
        "No snapshot \(name); run with ROUNDS_RECORD_SNAPSHOTS=1 to record it.",
        sourceLocation: sourceLocation)
    if expected != data {
        let actual = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try? data.write(to: actual)
        Issue.record(
            "\(name) differs from its snapshot; the new output is in \(actual.path).",
            sourceLocation: sourceLocation)
    }
}
