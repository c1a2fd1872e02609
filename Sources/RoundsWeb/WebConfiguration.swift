public import Foundation
import NIOCore

/// How `rounds serve` runs: where it listens, the address people reach it at, the store, and
/// the limits it keeps.
public struct WebConfiguration: Sendable {
    /// The store's path.
    public var storePath: String
    /// The interface to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The address people use, without a trailing slash (`https://rounds.example.nhs.uk`);
    /// links in feeds and QR codes are made from it.
    public var baseURL: String
    /// True when ``baseURL`` was given (`--base-url`), not made from the host and port.
    public var baseURLGiven: Bool
    /// Evaluation and sign-in posts allowed per client address per minute.
    public var postsPerMinute: Int
    /// Login attempts allowed per client address (and per e-mail) per 15 minutes.
    public var loginAttempts: Int
    /// How long a login session lasts, in seconds.
    public var sessionSeconds: Int
    /// The clock; tests set it.
    public var clock: @Sendable () -> Date
    /// Addresses of reverse proxies (nginx) whose `X-Forwarded-For` names the client for rate
    /// limits (`--trusted-proxy`); empty, the connecting address counts.
    public var trustedProxies: Set<String>

    /// A configuration; `baseURL` defaults to `http://host:port`.
    public init(
        storePath: String, host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil,
        postsPerMinute: Int = 30, loginAttempts: Int = 10, sessionSeconds: Int = 8 * 3600,
        clock: @escaping @Sendable () -> Date = { Date() }, trustedProxies: Set<String> = []
    ) {
        self.storePath = storePath
        self.host = host
        self.port = port
        self.baseURLGiven = baseURL != nil
        var base = baseURL ?? "http://\(host):\(port)"
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.postsPerMinute = postsPerMinute
        self.loginAttempts = loginAttempts
        self.sessionSeconds = sessionSeconds
        self.clock = clock
        self.trustedProxies = trustedProxies
    }

    /// This configuration, with the programme's `web_base_url` as the base URL when none was
    /// given: the address the packs' QR codes use is then the one the server's links use.
    public func adopting(programmeBaseURL: String?) -> WebConfiguration {
        guard !baseURLGiven, let programmeBaseURL else { return self }
        var adopted = self
        adopted.baseURL = programmeBaseURL
        adopted.baseURLGiven = true
        return adopted
    }

    /// A warning when `--base-url` was given and differs from the programme's `web_base_url`:
    /// the server's links then use one address and the QR codes of packs printed from the
    /// command line the other. Nil when they agree (trailing slashes and letter case of the
    /// scheme and host aside) or either is missing.
    public func baseURLMismatch(programmeBaseURL: String?) -> String? {
        guard baseURLGiven, var programme = programmeBaseURL else { return nil }
        while programme.hasSuffix("/") { programme.removeLast() }
        guard Self.comparable(programme) != Self.comparable(baseURL) else { return nil }
        return "Warning: --base-url \(baseURL) is not the programme's web_base_url "
            + "\(programme), which the QR codes of packs printed with `rounds pack` point to. "
            + "Set web_base_url to the address people use, or leave --base-url out."
    }

    /// `url` with its scheme and host in lower case, for comparing addresses.
    private static func comparable(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.scheme = parts.scheme?.lowercased()
        parts.host = parts.host?.lowercased()
        return parts.string ?? url
    }

    /// True when `text` is an IPv4 or IPv6 address as the server sees connections (no port,
    /// no brackets): what `--trusted-proxy` takes.
    public static func isIPAddress(_ text: String) -> Bool {
        (try? SocketAddress(ipAddress: text, port: 0)) != nil
    }

    /// True when people reach the server over HTTPS, so cookies are marked `Secure`.
    public var isSecure: Bool { baseURL.lowercased().hasPrefix("https://") }

    /// The feed's https (or http) address.
    var feedURL: String { baseURL + "/feed.ics" }

    /// The feed's `webcal://` address, which calendar apps open as a subscription.
    var webcalURL: String {
        guard let colon = feedURL.firstIndex(of: ":") else { return feedURL }
        return "webcal" + feedURL[colon...]
    }
}
