import Foundation
import Hummingbird

/// The address a rate limit counts a request against.
///
/// Behind nginx every connection comes from the proxy, so one limit would be shared by
/// everyone. When the connection comes from a trusted proxy (`rounds serve --trusted-proxy`),
/// the client is the right-most address of `X-Forwarded-For` that is not itself a trusted
/// proxy: the proxies append what they saw, so addresses to the right of that one were written
/// by machines we trust and anything to its left may be made up by the client. Otherwise, or
/// when the header is missing, the connecting address counts.
package enum ClientAddress {
    /// The client of a request that arrived from `peer` with the `X-Forwarded-For` values
    /// `forwardedFor` (each may hold a comma-separated list), given the `trusted` proxies.
    package static func resolve(peer: String, forwardedFor: [String], trusted: Set<String>)
        -> String
    {
        guard trusted.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // Right to left: the first hop no trusted proxy vouches for is the client; when every
        // hop is a trusted proxy, the left-most is as far back as anyone can tell.
        return hops.last { !trusted.contains($0) } ?? hops.first ?? peer
    }
}

extension WebSite {
    /// The client address of `request` for rate limits (never logged).
    func clientAddress(_ request: Request, _ context: WebContext) -> String {
        ClientAddress.resolve(
            peer: context.peerAddress,
            forwardedFor: request.headers.filter { $0.name.canonicalName == "x-forwarded-for" }
                .map(\.value),
            trusted: configuration.trustedProxies)
    }
}
