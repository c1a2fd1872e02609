package import Foundation

/// Finds the bundled `Samples/` folder the same way the packs find `Templates/`.
///
/// Search order: `$ROUNDS_SAMPLES`; `<folder of the rounds binary>/../share/rounds/Samples`
/// (what `make install` copies); the source tree's `Samples/`, found from this file's path at
/// build time, for runs from a checkout.
package enum SampleLocator {
    /// The folders searched for `Samples/`, in order.
    package static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL
    ) -> [URL] {
        var result: [URL] = []
        if let folder = environment["ROUNDS_SAMPLES"], !folder.isEmpty {
            result.append(URL(fileURLWithPath: folder, isDirectory: true))
        }
        if let executable {
            for binary in [executable, executable.resolvingSymlinksInPath()] {
                let folder = binary.deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("share/rounds/Samples", isDirectory: true)
                    .standardizedFileURL
                if !result.contains(folder) { result.append(folder) }
            }
        }
        // Sources/RoundsOperations/SampleLocator.swift -> the repository root.
        result.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Samples", isDirectory: true))
        return result
    }

    /// The sample programme file, or a plain failure listing where it was looked for.
    package static func programmeFile() throws -> URL {
        let searched = candidates()
        for folder in searched {
            let file = folder.appendingPathComponent("programme.yaml")
            if FileManager.default.fileExists(atPath: file.path) { return file }
        }
        throw OperationFailure(
            "The sample programme (Samples/programme.yaml) was not found in "
                + searched.map(\.path).joined(separator: ", ")
                + ". Reinstall with `make install`, or set ROUNDS_SAMPLES to the Samples folder.")
    }
}
