public import Hummingbird
import NIOCore
import RoundsCore

/// The per-request context: Hummingbird's core storage, the client's address (for rate
/// limits only; never logged) and the signed-in session, if any.
public struct WebContext: RequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The connecting IP address (a proxy's, behind one), or `unknown` (in-process tests);
    /// rate limits use ``WebSite/clientAddress(_:_:)``.
    let peerAddress: String
    /// The session found by the session middleware.
    var session: WebSession?

    /// A context for a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.peerAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        self.session = nil
    }

    /// Form bodies are small; 1 MB is far above any page's form (imports use their own limit).
    public var maxUploadSize: Int { 1024 * 1024 }
}
