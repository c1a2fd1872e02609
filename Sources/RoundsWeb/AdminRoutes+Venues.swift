import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/venues`: rooms and video links, listed, added, changed (or made the default) and
/// removed as `rounds venues` does.
struct VenueRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("venues") { request, context in
            let data = try site.operations.snapshot()
            let programme = data.programme
            let defaultSlug = programme?.defaultVenueRecord?.slug
            let venues = (programme?.venues ?? []).map { venue -> [String: Any] in
                [
                    "slug": venue.slug, "name": venue.name, "location": venue.locationText,
                    "isDefault": venue.slug == defaultSlug,
                ]
            }
            return site.adminPage(
                "admin-venues", "Venues", request, context, data,
                ["venues": venues, "hasVenues": !venues.isEmpty])
        }
        group.get("venues/:slug") { request, context in
            let data = try site.operations.snapshot()
            let venue = try venue(try context.parameters.require("slug"), in: data)
            return site.adminPage(
                "admin-venue", venue.name, request, context, data,
                [
                    "venue": [
                        "slug": venue.slug, "name": venue.name, "room": venue.address ?? "",
                        "videoLink": venue.videoLink ?? "", "isVideo": venue.kind == .video,
                        "isDefault": data.programme?.defaultVenueRecord?.slug == venue.slug,
                        "usedBy": data.rounds.filter { $0.venue == venue.slug }
                            .map(\.id.description).joined(separator: ", "),
                    ]
                ])
        }
        group.post("venues/add") { request, _ in
            let form = try await FormBody.read(request)
            let operations = site.operations
            return try site.edit(back: "/admin/venues") {
                let slug = try form.require("slug", "Give the venue a key, such as day-room.")
                try ThemeRoutes.checkSlug(slug)
                let name = try form.require("name", "Give the venue a name.")
                let venue: Venue
                switch try Self.place(form) {
                case (let room?, nil):
                    venue = Venue(slug: slug, name: name, kind: .room, address: room)
                case (nil, let link?):
                    venue = Venue(slug: slug, name: name, kind: .video, videoLink: link)
                default:
                    throw HTTPError(
                        .badRequest,
                        message: "Give where the room is, or the video call's link.")
                }
                try operations.addVenue(venue)
                return ["Added venue \(slug): \(venue.locationText)."]
            }
        }
        group.post("venues/:slug/:action") { request, context in
            let data = try site.operations.snapshot()
            let stored = try venue(try context.parameters.require("slug"), in: data)
            let slug = stored.slug
            let form = try await FormBody.read(request)
            let operations = site.operations
            switch try context.parameters.require("action") {
            case "edit":
                return try site.edit(back: "/admin/venues/\(slug)") {
                    let (room, link) = try Self.place(form)
                    // The form shows both fields filled from the stored venue: only the one
                    // that changed decides, so a room is not turned into a call by accident.
                    let newRoom = room != stored.address ? room : nil
                    let newLink = link != stored.videoLink ? link : nil
                    let venue = try operations.editVenue(
                        slug, name: form["name"], room: newLink == nil ? newRoom : nil,
                        videoLink: newLink, makeDefault: form["default"] == "yes")
                    return ["Changed venue \(slug): \(venue.locationText)."]
                }
            case "remove":
                return try site.edit(back: "/admin/venues") {
                    try operations.removeVenue(slug)
                    return ["Removed venue \(slug)."]
                }
            default: throw HTTPError(.notFound)
            }
        }
    }

    /// The stored venue with `slug`; 404 for any other text.
    private func venue(_ slug: String, in data: ProgrammeData) throws -> Venue {
        guard let venue = data.programme?.venue(slug: slug) else {
            throw HTTPError(.notFound, message: "There is no venue \(slug).")
        }
        return venue
    }

    /// The form's room and video link; 400 when the link is not a web address.
    static func place(_ form: FormBody) throws -> (room: String?, link: String?) {
        if let link = form["videoLink"], let problem = Venue.videoLinkProblem(link) {
            throw HTTPError(.badRequest, message: problem)
        }
        return (form["room"], form["videoLink"])
    }
}
