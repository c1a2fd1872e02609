import Foundation
import Hummingbird
import HummingbirdTesting
import RoundsOperations
import Testing

@testable import RoundsWeb

/// Cached public pages are re-rendered in the background after a store change: while the
/// refresher runs, a request after a change gets the page already rendered (not a render of
/// its own) until the refresher has rendered the new one.
@Suite struct PageRefresherTests {
    @Test func aChangeIsRenderedInTheBackgroundNotByTheRequest() async throws {
        let harness = try WebHarness()
        let site = try WebSite(harness.configuration)
        let app = Application(router: WebServer.buildRouter(site))
        try await app.test(.router) { client in
            let web = WebClient(client: client)
            let before = try await web.get("/rounds/R-0003")
            #expect(!before.text.contains("Cancelled"))
            await site.cache.setRefresherRunning(true)
            _ = try harness.operations.cancel("R-0003")
            // The store has changed; the request is answered from the cache at once.
            #expect(try await web.get("/rounds/R-0003").text == before.text)
            await PageRefresher(site: site).refreshOnce()
            let after = try await web.get("/rounds/R-0003")
            #expect(after.text.contains("Cancelled: "))
            // Without a refresher (the other in-process tests), the request renders it.
            await site.cache.setRefresherRunning(false)
            #expect(!(try await web.get("/rounds/R-0004")).text.contains("Cancelled"))
            _ = try harness.operations.cancel("R-0004")
            #expect(try await web.get("/rounds/R-0004").text.contains("Cancelled: "))
        }
    }

    @Test func staleEntriesAreListedAndReplaced() async throws {
        let cache = PageCache()
        await cache.keep(ByteBuffer(string: "old"), for: "/", stamp: "a") { _ in "new" }
        #expect(await cache.page("/", stamp: "b") == nil)
        await cache.setRefresherRunning(true)
        #expect(await cache.page("/", stamp: "b") == ByteBuffer(string: "old"))
        #expect(await cache.stale(for: "b").map(\.key) == ["/"])
        await cache.refreshed("/", ByteBuffer(string: "new"), stamp: "b")
        #expect(await cache.stale(for: "b").isEmpty)
        #expect(await cache.page("/", stamp: "b") == ByteBuffer(string: "new"))
        // A page that can no longer be made (its Round is gone) is dropped.
        await cache.refreshed("/", nil, stamp: "c")
        #expect(await cache.page("/", stamp: "b") == nil)
    }
}
