public import Foundation

/// Writes files so a reader never sees half of one: a temporary file beside it, then a rename.
public enum AtomicFile {
    /// Replaces (or creates) the file at `url` with `data`; `name` is how messages call it.
    ///
    /// A target that exists but is not a regular file (a device such as /dev/stdout, a pipe) is
    /// written in place: renaming over it would replace the device itself.
    public static func write(_ data: Data, to url: URL, name: String? = nil) throws {
        let name = name ?? url.path
        let target = url.resolvingSymlinksInPath().path
        if let type = try? FileManager.default.attributesOfItem(atPath: target)[.type]
            as? FileAttributeType, type != .typeRegular
        {
            try writeInPlace(data, to: url, name: name)
            return
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            do {
                try data.write(to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw isDiskFull(error) ? RoundsStoreError.diskFull(path: name) : error
            }
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw RoundsStoreError.unwritable(path: name)
            }
        } catch let error as RoundsStoreError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RoundsStoreError.unwritable(path: name)
        }
    }

    private static func writeInPlace(_ data: Data, to url: URL, name: String) throws {
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            throw RoundsStoreError.unwritable(path: name)
        }
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            try? handle.close()
            throw isDiskFull(error)
                ? RoundsStoreError.diskFull(path: name) : RoundsStoreError.unwritable(path: name)
        }
    }

    /// True when the error, or the error under it, is "no space left on device".
    static func isDiskFull(_ error: any Error) -> Bool {
        var current: NSError? = error as NSError
        while let nsError = current {
            if nsError.domain == NSPOSIXErrorDomain && nsError.code == Int(ENOSPC) { return true }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        return false
    }
}
