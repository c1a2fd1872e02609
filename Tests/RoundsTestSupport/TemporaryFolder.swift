package import Foundation

/// A fresh folder under the system's temporary directory for one test; never the real HOME or
/// working directory. Names start with `prefix`, so a leftover folder says which tests made it.
package struct TemporaryFolder: Sendable {
    /// The folder.
    package let url: URL

    /// Creates a new, empty folder named `<prefix>-<UUID>`.
    package init(_ prefix: String = "rounds-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    package func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` as `name` (its folders created when missing); returns the file.
    @discardableResult
    package func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` as `name` (its folders created when missing); returns the file.
    @discardableResult
    package func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// The bytes of `name`.
    package func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: url.appendingPathComponent(name))
    }

    /// The text of `name`, read as UTF-8.
    package func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The bytes of every file in the subfolder `folder`, by name.
    package func files(in folder: String) throws -> [String: Data] {
        let directory = url.appendingPathComponent(folder)
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }
}
