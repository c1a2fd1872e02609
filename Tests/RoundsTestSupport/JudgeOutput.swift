package import Foundation

/// Files the tests leave for the external judges that `make test` runs (docs/testing.md, "The
/// contract"): written into `$ROUNDS_JUDGE_DIR` when it is set, and nowhere otherwise.
///
/// Calendars are `<name>.ics`; versions of one UID `<name>-seq0.ics`, `<name>-seq1.ics`, ...
/// in order. Names start with the suite's name so they are unique across parallel tests.
package enum JudgeOutput {
    /// `$ROUNDS_JUDGE_DIR`, or nil when the judges did not ask.
    package static var directory: URL? {
        guard let path = ProcessInfo.processInfo.environment["ROUNDS_JUDGE_DIR"], !path.isEmpty
        else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Writes `data` as `fileName` (a path inside the judge folder; its folders are created).
    package static func write(_ data: Data, as fileName: String) throws {
        guard let directory else { return }
        let file = directory.appendingPathComponent(fileName)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Copies the file at `source` as `fileName`.
    package static func copy(_ source: URL, as fileName: String) throws {
        guard directory != nil else { return }
        try write(try Data(contentsOf: source), as: fileName)
    }

    /// Writes a calendar as `<name>.ics`.
    package static func write(name: String, ics: Data) throws {
        try write(ics, as: name + ".ics")
    }

    /// Writes a calendar given as text as `<name>.ics`.
    package static func write(name: String, ics: String) throws {
        try write(Data(ics.utf8), as: name + ".ics")
    }

    /// Writes `<name>-seq0.ics`, `<name>-seq1.ics`, ... for the versions of one event.
    package static func writeSeries(name: String, versions: [Data]) throws {
        for (index, ics) in versions.enumerated() {
            try write(name: "\(name)-seq\(index)", ics: ics)
        }
    }

    /// Like `writeSeries(name:versions:)` for calendars given as text.
    package static func writeSeries(name: String, versions: [String]) throws {
        try writeSeries(name: name, versions: versions.map { Data($0.utf8) })
    }
}
