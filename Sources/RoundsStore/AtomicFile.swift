public import Foundation

/// Writes files so a reader never sees half of one: a temporary file beside it, then a rename.
public enum AtomicFile {
    /// Replaces (or creates) the file at `url` with `data`; `name` is how messages call it.
    public static func write(_ data: Data, to url: URL, name: String? = nil) throws {
        let name = name ?? url.path
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw RoundsStoreError.unwritable(path: name)
            }
        } catch is RoundsStoreError {
            throw RoundsStoreError.unwritable(path: name)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RoundsStoreError.unwritable(path: name)
        }
    }
}
