import Foundation

/// Where Rounds happen: a room, or a video call.
public struct Venue: Sendable, Hashable, Codable {
    /// Stable key used by Rounds and files, such as `boardroom` or `teams`.
    public var slug: String
    /// Name for people, such as `Education Centre Boardroom`.
    public var name: String
    /// A room or a video call.
    public var kind: VenueKind
    /// Room and address for a room (for example `Level 2, Education Centre`); nil for video.
    public var address: String?
    /// The joining link for a video call, such as a Teams or Zoom URL.
    public var videoLink: String?

    /// A venue; give `address` for a room and `videoLink` for a video call.
    public init(
        slug: String, name: String, kind: VenueKind, address: String? = nil,
        videoLink: String? = nil
    ) {
        self.slug = slug
        self.name = name
        self.kind = kind
        self.address = address
        self.videoLink = videoLink
    }

    /// The one-line location for invitations: address for a room, link for video.
    public var locationText: String {
        switch kind {
        case .room:
            [name, address].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        case .video: videoLink.map { "\(name): \($0)" } ?? name
        }
    }
}

extension Venue {
    /// Why `link` cannot be a video call's joining link, or nil when it can: it must be a web
    /// address (http or https, in any case) with a host. The programme file, `rounds venues` and the
    /// administrators' venue page all ask this, so they accept and refuse the same links.
    public static func videoLinkProblem(_ link: String) -> String? {
        guard let url = URL(string: link), let scheme = url.scheme?.lowercased(),
            ["https", "http"].contains(scheme), !(url.host ?? "").isEmpty
        else { return "\(link) is not a web link. Give the full https:// address." }
        return nil
    }
}

/// The kind of a venue.
public enum VenueKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A physical room.
    case room
    /// A video call (Teams, Zoom) reached through a link.
    case video
}
