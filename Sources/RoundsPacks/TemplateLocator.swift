package import Foundation

/// Finds the folders that pack templates come from, most specific first.
///
/// Each folder has the layout of the repository's `Templates/` (`html/*.mustache`,
/// `markdown/*.mustache`). A template file in an earlier folder replaces the file of the same
/// name in later ones; files it does not have come from the built-in set. The built-in set is
/// the first of these that exists:
/// 1. `$ROUNDS_TEMPLATES`;
/// 2. `<folder of the rounds binary>/../share/rounds/Templates` (what `make install` copies);
/// 3. the source tree's `Templates/`, found from this file's path at build time, for runs from
///    a checkout (`swift run`, tests).
package struct TemplateLocator: Sendable, Hashable {
    /// Folders that override single templates, most specific first (`--templates`, programme).
    package var overrides: [URL]
    /// Candidate folders for the built-in templates, in search order.
    package var builtInCandidates: [URL]

    /// A locator with explicit folders; tests and library users pass their own.
    package init(overrides: [URL] = [], builtInCandidates: [URL]) {
        self.overrides = overrides
        self.builtInCandidates = builtInCandidates
    }

    /// The standard search order for the running program.
    ///
    /// - Parameters:
    ///   - commandLineFolder: the `--templates DIR` option, if given.
    ///   - programmeFolder: the programme's own template folder, if it has one.
    ///   - environment: the process environment (read for `ROUNDS_TEMPLATES`).
    ///   - executable: the running binary; nil means this process's executable.
    package static func standard(
        commandLineFolder: URL? = nil, programmeFolder: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = nil
    ) -> TemplateLocator {
        var candidates: [URL] = []
        if let folder = environment["ROUNDS_TEMPLATES"], !folder.isEmpty {
            candidates.append(URL(fileURLWithPath: folder, isDirectory: true))
        }
        if let binary = executable ?? Bundle.main.executableURL {
            for path in Set([binary, binary.resolvingSymlinksInPath()]).sorted(by: {
                $0.path < $1.path
            }) {
                candidates.append(installedFolder(forBinary: path))
            }
        }
        candidates.append(sourceTreeFolder)
        return TemplateLocator(
            overrides: [commandLineFolder, programmeFolder].compactMap { $0 },
            builtInCandidates: candidates)
    }

    /// `<binary folder>/../share/rounds/Templates`.
    package static func installedFolder(forBinary binary: URL) -> URL {
        binary.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/rounds/Templates", isDirectory: true)
            .standardizedFileURL
    }

    /// The repository's `Templates/` folder as seen when this module was compiled.
    package static var sourceTreeFolder: URL {
        // Sources/RoundsPacks/TemplateLocator.swift -> the repository root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates", isDirectory: true)
    }

    /// The built-in folder to use: the first candidate holding `html/pack.mustache`.
    package func builtInFolder() throws(RoundsPacksError) -> URL {
        let fileManager = FileManager.default
        for candidate in builtInCandidates {
            let marker = candidate.appendingPathComponent("html/pack.mustache")
            if fileManager.fileExists(atPath: marker.path) { return candidate }
        }
        throw .builtInTemplatesNotFound(searched: builtInCandidates.map(\.path))
    }

    /// Every folder to read, most specific first; checks that override folders exist.
    package func folders() throws(RoundsPacksError) -> [URL] {
        var isDirectory: ObjCBool = false
        for folder in overrides
        where !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
            || !isDirectory.boolValue
        {
            throw .templateFolderMissing(folder.path)
        }
        return overrides + [try builtInFolder()]
    }
}
