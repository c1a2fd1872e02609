import Foundation
import Hummingbird
import RoundsCore

/// How a cached page is made from a snapshot of the store.
typealias PageMaker = @Sendable (ProgrammeData) throws -> String

/// Rendered public pages, each kept with the stamp (the store's version and the minute: what's
/// on and the evaluation link depend on the time) it was rendered under, and how to make it
/// again.
///
/// The store's version is read from the file and its write-ahead log (modification time and
/// size), so a change made by the command line in another process is seen without opening the
/// database. While a ``PageRefresher`` runs (the server; not the in-process tests), a page of
/// an older stamp is served as it is and the refresher renders the new one in the background,
/// so requests do not wait for a render after a change; only a page never rendered before is
/// rendered by the request that asks for it.
actor PageCache {
    private struct Entry {
        var stamp: String
        var bytes: ByteBuffer
        let make: PageMaker
    }

    /// Most pages kept: one per public address, far more than a programme has.
    static let capacity = 1000

    private var entries: [String: Entry] = [:]
    private var refresherRunning = false

    /// The page for `key` rendered under `stamp`; while the refresher runs, the page of an
    /// older stamp too (it is re-rendering it). Nil: render it now.
    func page(_ key: String, stamp: String) -> ByteBuffer? {
        guard let entry = entries[key] else { return nil }
        return entry.stamp == stamp || refresherRunning ? entry.bytes : nil
    }

    /// Keeps `page`, rendered under `stamp` by `make`, for `key`.
    func keep(_ page: ByteBuffer, for key: String, stamp: String, make: @escaping PageMaker) {
        if entries[key] == nil, entries.count >= Self.capacity {
            entries = entries.filter { $0.value.stamp == stamp }
            guard entries.count < Self.capacity else { return }
        }
        entries[key] = Entry(stamp: stamp, bytes: page, make: make)
    }

    /// Marks whether a refresher is running.
    func setRefresherRunning(_ running: Bool) { refresherRunning = running }

    /// The keys and makers of pages not rendered under `stamp`.
    func stale(for stamp: String) -> [(key: String, make: PageMaker)] {
        entries.filter { $0.value.stamp != stamp }.map { ($0.key, $0.value.make) }
    }

    /// Replaces the page of `key` with one rendered under `stamp`, or drops it (nil: its
    /// Round is gone, say).
    func refreshed(_ key: String, _ page: ByteBuffer?, stamp: String) {
        guard let page else {
            entries[key] = nil
            return
        }
        entries[key]?.stamp = stamp
        entries[key]?.bytes = page
    }
}
