import Foundation
public import Hummingbird
import Logging
import RoundsCore
import RoundsOperations
import ServiceLifecycle
import UnixSignals

/// `rounds serve`: builds the router and the application, and runs it until SIGTERM.
///
/// The shape of Hummingbird's examples: `buildRouter` takes its dependencies and returns the
/// router, so tests drive it in process (`app.test(.router)`) before any socket is opened.
public enum WebServer {
    /// The router of every page, with the access log, error pages and session middleware.
    public static func buildRouter(_ configuration: WebConfiguration) throws -> Router<WebContext> {
        buildRouter(try WebSite(configuration))
    }

    /// The router of every page over `site`.
    static func buildRouter(_ site: WebSite) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: AccessLogMiddleware(site: site))
        router.add(middleware: SessionMiddleware(site: site))
        PublicRoutes(site: site).add(to: router)
        AttendeeRoutes(site: site).add(to: router)
        LoginRoutes(site: site).add(to: router)
        let admin = router.group("admin").add(
            middleware: RoleMiddleware(site: site, allowed: [.administrator]))
        AdminRoutes(site: site).add(to: admin)
        ImportRoutes(site: site).add(to: admin)
        PanelRoutes(site: site).add(to: admin)
        LeaveRoutes(site: site).add(to: admin)
        ThemeRoutes(site: site).add(to: admin)
        VenueRoutes(site: site).add(to: admin)
        PlanRoutes(site: site).add(to: admin)
        PeopleRoutes(site: site).add(to: admin)
        FacilitatorRoutes(site: site).add(
            to: router.group("facilitator").add(
                middleware: RoleMiddleware(site: site, allowed: [.facilitator, .administrator])))
        return router
    }

    /// The application listening where `configuration` says; `onRunning` is called with the
    /// line to print once it accepts connections.
    public static func buildApplication(
        _ configuration: WebConfiguration, onRunning: @escaping @Sendable (String) -> Void
    ) throws -> some ApplicationProtocol {
        let operations = ProgrammeOperations(storePath: configuration.storePath)
        // An older store gains the web tables now, before any request reads it.
        try operations.prepareForWeb()
        let programme = (try? operations.snapshot().programme) ?? nil
        let name = programme?.organisation
        let mismatch = configuration.baseURLMismatch(programmeBaseURL: programme?.webBaseURL)
        let configuration = configuration.adopting(programmeBaseURL: programme?.webBaseURL)
        let site = try WebSite(configuration)
        let router = buildRouter(site)
        var logger = Logger(label: "rounds-serve")
        logger.logLevel = .info
        return Application(
            router: router,
            // A fresh CloseAfterResponse per connection (the argument is an autoclosure).
            server: .http1(configuration: .init(additionalChannelHandlers: [CloseAfterResponse()])),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "rounds"),
            // Cached public pages are re-rendered in the background after a change.
            services: [PageRefresher(site: site)],
            onServerRunning: { _ in
                if let mismatch { onRunning(mismatch) }
                onRunning(
                    "Serving \(name ?? configuration.storePath) on "
                        + "http://\(configuration.host):\(configuration.port)")
            },
            logger: logger)
    }

    /// Runs until SIGTERM or SIGINT: it then stops accepting, lets requests in flight finish,
    /// and returns.
    public static func run(
        _ configuration: WebConfiguration, onRunning: @escaping @Sendable (String) -> Void
    ) async throws {
        let app = try buildApplication(configuration, onRunning: onRunning)
        let group = ServiceGroup(
            configuration: .init(
                services: [app], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: Logger(label: "rounds-serve")))
        try await group.run()
    }
}

/// Everything the routes share: configuration, operations, templates, caches and limits.
final class WebSite: Sendable {
    let configuration: WebConfiguration
    let operations: ProgrammeOperations
    let pages: Pages
    let cache = PageCache()
    let postLimiter: RateLimiter
    let loginLimiter: RateLimiter

    init(_ configuration: WebConfiguration) throws {
        self.configuration = configuration
        // One connection for the server's life (ProgrammeOperations.sharingOneConnection).
        self.operations = try ProgrammeOperations(storePath: configuration.storePath)
            .sharingOneConnection()
        self.pages = try Pages()
        self.postLimiter = RateLimiter(limit: configuration.postsPerMinute, window: 60)
        self.loginLimiter = RateLimiter(limit: configuration.loginAttempts, window: 15 * 60)
    }

    /// The current time from the configured clock.
    var now: Date { configuration.clock() }
}

extension WebSite {
    /// Runs a slow operation (a PDF through Chromium, a report, an import) on a Dispatch
    /// thread, so it does not hold one of Swift's few cooperative threads and stall every
    /// other request while it works.
    func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
