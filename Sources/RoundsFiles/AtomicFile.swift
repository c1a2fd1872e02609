package import Foundation

/// Writes files so a reader never sees half of one: a temporary file beside it, then a rename.
///
/// The one way Rounds replaces a file: the store's exports, the staff feed, invitations and
/// packs all write through it.
package enum AtomicFile {
    /// Replaces (or creates) the file at `url` with `data`; `name` is how messages call it.
    ///
    /// A target that exists but is not a regular file (a device such as /dev/stdout, a pipe) is
    /// written in place: renaming over it would replace the device itself.
    package static func write(_ data: Data, to url: URL, name: String? = nil) throws {
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
                throw isDiskFull(error) ? FileWriteError.diskFull(path: name) : error
            }
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw FileWriteError.unwritable(path: name)
            }
        } catch let error as FileWriteError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileWriteError.unwritable(path: name)
        }
    }

    private static func writeInPlace(_ data: Data, to url: URL, name: String) throws {
        guard let handle = FileHandle(forWritingAtPath: url.path) else {
            throw FileWriteError.unwritable(path: name)
        }
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            try? handle.close()
            throw isDiskFull(error)
                ? FileWriteError.diskFull(path: name) : FileWriteError.unwritable(path: name)
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

/// A file that could not be written, told as the user reads it.
package enum FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or its folder) cannot be written.
    case unwritable(path: String)
    /// The disk is full.
    case diskFull(path: String)

    /// The plain sentence a user reads.
    package var description: String {
        switch self {
        case .unwritable(let path):
            "Cannot write \(path). Check that the folder exists and that you may write to it."
        case .diskFull(let path):
            "Cannot write \(path): the disk is full. Nothing was changed; free some space and "
                + "try again."
        }
    }
}
