import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations
import RoundsPacks

/// The staff pages: what's on, a page, calendar file and poster per Round, the feed, and how
/// to subscribe. Public, so cached until the store changes; never any confidential text.
struct PublicRoutes {
    let site: WebSite

    /// Public pages may be stored, but are checked again on every use: a change shows at once.
    static let publicCache = "public, no-cache"

    func add(to router: Router<WebContext>) {
        router.get("/healthz") { _, _ in
            Pages.response("ok", type: "text/plain; charset=utf-8", cache: "no-store")
        }
        router.get("/static/style.css") { _, _ in
            let css = try await site.cached("style.css") { _ in site.pages.render("style", [:]) }
            return Pages.bytes(css, type: "text/css; charset=utf-8", cache: "public, max-age=3600")
        }
        router.get("/") { _, _ in try await site.cachedPage("/") { whatsOn($0) } }
        router.get("/subscribe") { _, _ in
            try await site.cachedPage("/subscribe") { data in
                site.pages.render(
                    "subscribe",
                    PageFrame(data).view(
                        title: "Add Schwartz Rounds to your calendar",
                        [
                            "feedURL": site.configuration.feedURL,
                            "webcalURL": site.configuration.webcalURL,
                        ]))
            }
        }
        router.get("/feed.ics") { _, _ in
            let feed = try await site.cached("/feed.ics") { _ in
                String(decoding: try site.operations.feedData(now: site.now), as: UTF8.self)
            }
            return Pages.bytes(
                feed, type: "text/calendar; charset=utf-8", cache: Self.publicCache)
        }
        router.get("/rounds/:id") { _, context in
            let id = try context.parameters.require("id")
            if id.hasSuffix(".ics") { return try await roundCalendar(String(id.dropLast(4))) }
            return try await site.cachedPage("/rounds/\(id)") { data in
                let round = try site.publicRound(id, in: data)
                let open = site.isEvaluationOpen(round, in: data)
                return site.pages.render(
                    "round",
                    PageFrame(data).view(
                        title: round.id.description,
                        ["round": RoundView.make(round, in: data, evaluationOpen: open)]))
            }
        }
        router.get("/rounds/:id/poster") { _, context in
            let id = try context.parameters.require("id")
            return try await site.cachedPage("/rounds/\(id)/poster") { data in
                let round = try site.publicRound(id, in: data)
                let url = site.configuration.baseURL + "/rounds/\(round.id)"
                var view = RoundView.make(round, in: data)
                view["pageURL"] = url
                view["qrSVG"] = QRCode(url)?.svg(title: "QR code for \(url)") ?? ""
                return site.pages.render(
                    "poster",
                    PageFrame(data).view(
                        title: "Poster: \(round.id)",
                        ["round": view, "bodyClass": "poster-page"]))
            }
        }
    }

    private func whatsOn(_ data: ProgrammeData) -> String {
        let now = site.localNow(data)
        let upcoming = data.rounds.filter { round in now.map { round.end >= $0 } ?? true }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return site.pages.render(
            "whats-on",
            PageFrame(data).view(
                title: "What's on",
                [
                    "rounds": upcoming.map { RoundView.make($0, in: data) },
                    "feedURL": site.configuration.feedURL,
                    "webcalURL": site.configuration.webcalURL,
                ]))
    }

    private func roundCalendar(_ id: String) async throws -> Response {
        let text = try await site.cached("/rounds/\(id).ics") { [site] data in
            let round = try site.publicRound(id, in: data)
            return String(
                decoding: try site.operations.roundCalendarData(
                    round.id.description, now: site.now),
                as: UTF8.self)
        }
        var response = Pages.bytes(
            text, type: "text/calendar; charset=utf-8", cache: Self.publicCache)
        response.headers[.contentDisposition] = "attachment; filename=\"\(id).ics\""
        return response
    }
}

extension WebSite {
    /// The page `key` from the cache, or rendered from a fresh read of the store.
    func cachedPage(_ key: String, make: @escaping PageMaker) async throws -> Response {
        let page = try await cached(key, make)
        return Pages.bytes(
            page, type: "text/html; charset=utf-8", cache: PublicRoutes.publicCache)
    }

    /// Bytes for `key` from the cache (PageCache), or made from a fresh read of the store.
    func cached(_ key: String, _ make: @escaping PageMaker) async throws -> ByteBuffer {
        let stamp = cacheStamp()
        if let page = await cache.page(key, stamp: stamp) { return page }
        let page = ByteBuffer(string: try make(try operations.snapshot()))
        await cache.keep(page, for: key, stamp: stamp, make: make)
        return page
    }

    /// The store's version and the current minute: a cached page made under another stamp is
    /// out of date.
    func cacheStamp() -> String {
        "\(operations.storeVersion())@\(Int(now.timeIntervalSince1970 / 60))"
    }

    /// The Round with the id `text` (`R-0007`), or 404. Only exact ids: dates and other
    /// references the command line accepts are not addresses.
    func publicRound(_ text: String, in data: ProgrammeData) throws -> Round {
        guard let round = data.rounds.first(where: { $0.id.description == text }) else {
            throw HTTPError(.notFound, message: "There is no Round \(text).")
        }
        return round
    }

    /// Now on the programme's wall clock; nil without a programme.
    func localNow(_ data: ProgrammeData) -> LocalDateTime? {
        guard let programme = data.programme else { return nil }
        return try? ProgrammeOperations.localTime(now, in: programme)
    }

    /// Days the evaluation stays open after a Round starts.
    func evaluationDays(_ data: ProgrammeData) -> Int {
        data.programme?.evaluationWindowDays ?? 7
    }

    /// The evaluation window of `round` now.
    func evaluationWindow(_ round: Round, in data: ProgrammeData) -> EvaluationWindow {
        guard let now = localNow(data) else { return .closed }
        return ProgrammeOperations.evaluationWindow(
            of: round, days: evaluationDays(data), at: now)
    }

    /// True while `round`'s evaluation takes answers.
    func isEvaluationOpen(_ round: Round, in data: ProgrammeData) -> Bool {
        if case .open = evaluationWindow(round, in: data) { return true }
        return false
    }
}
