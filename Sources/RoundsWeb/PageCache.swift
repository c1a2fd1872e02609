import Foundation
import Hummingbird

/// Rendered public pages, kept until the store changes or the minute turns (what's on and
/// the evaluation link depend on the time).
///
/// The store's version is read from the file and its write-ahead log (modification time and
/// size), so a change made by the command line in another process is seen on the next
/// request without opening the database. Pages are rendered outside the actor; two requests
/// that miss at once both render, and the second result is kept.
actor PageCache {
    private var stamp = ""
    private var pages: [String: ByteBuffer] = [:]

    /// The page cached for `key` under `stamp` (the store's version and the minute).
    func page(_ key: String, stamp: String) -> ByteBuffer? {
        guard stamp == self.stamp else { return nil }
        return pages[key]
    }

    /// Keeps `page` for `key` under `stamp`, dropping pages of an older stamp.
    func keep(_ page: ByteBuffer, for key: String, stamp: String) {
        if stamp != self.stamp {
            self.stamp = stamp
            pages.removeAll(keepingCapacity: true)
        }
        if pages.count < 1000 { pages[key] = page }
    }
}
