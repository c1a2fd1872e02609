import Foundation
import Hummingbird
import RoundsOperations
import ServiceLifecycle

/// Re-renders the cached public pages in the background once the store changes (or the minute
/// turns), so that requests keep being answered from the cache meanwhile.
///
/// It looks at the store's version (two `stat` calls) every ``interval``; after a change it
/// reads the store once and renders every kept page from that snapshot. A write during the
/// render changes the version again, and the next look renders again. It stops with the
/// server (graceful shutdown).
struct PageRefresher: Service {
    let site: WebSite
    /// How often the store's version is looked at.
    static let interval: Duration = .milliseconds(20)

    func run() async throws {
        await site.cache.setRefresherRunning(true)
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await refreshOnce()
                try? await Task.sleep(for: Self.interval)
            }
        }
        await site.cache.setRefresherRunning(false)
    }

    /// Renders every page not rendered under the current stamp.
    func refreshOnce() async {
        let stamp = site.cacheStamp()
        let stale = await site.cache.stale(for: stamp)
        guard !stale.isEmpty else { return }
        // Read and render on a Dispatch thread, not one of Swift's few cooperative ones,
        // which keep answering requests meanwhile.
        let operations = site.operations
        let pages = try? await site.offPool {
            let data = try operations.snapshot()
            return stale.map { (key: $0.key, page: try? $0.make(data)) }
        }
        for (key, page) in pages ?? [] {
            await site.cache.refreshed(key, page.map { ByteBuffer(string: $0) }, stamp: stamp)
        }
    }
}
