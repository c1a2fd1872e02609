import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations
import RoundsPacks

/// `/facilitator`: the Rounds the signed-in person facilitates, with their panels. Read only.
struct FacilitatorRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("") { _, context in
            let data = try site.operations.snapshot()
            guard let email = context.session?.user.email else { throw HTTPError(.unauthorized) }
            let dates = DateWriter(locale: data.programme?.locale ?? "en-GB")
            let mine = data.rounds.filter { $0.facilitators.contains(email) }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
                .map { round -> [String: Any] in
                    var view = RoundView.make(round, in: data)
                    view["when"] = round.whenText(dates)
                    view["status"] = round.statusText
                    view["panel"] = round.panel.map {
                        ["name": data.person($0.person)?.name ?? $0.person.value]
                    }
                    return view
                }
            return site.adminPage(
                "facilitator", "My Rounds", context, data, ["rounds": mine])
        }
        // The pack of one of their own Rounds; anyone else's is 403.
        group.get("packs/:file") { _, context in
            let file = try context.parameters.require("file")
            let (id, ext) = try AdminRoutes.split(file, extensions: ["html", "pdf"])
            let data = try site.operations.snapshot()
            let round = try site.publicRound(id, in: data)
            guard let session = context.session,
                session.user.role == .administrator
                    || round.facilitators.contains(session.user.email)
            else { throw HTTPError(.forbidden, message: "This is not one of your Rounds.") }
            guard let format = PackFormat(rawValue: ext) else { throw HTTPError(.notFound) }
            let (name, bytes) = try site.operations.packFile(
                round.id.description, format: format)
            var response = Pages.bytes(
                ByteBuffer(bytes: bytes),
                type: ext == "pdf" ? "application/pdf" : "text/html; charset=utf-8",
                cache: "private, no-store")
            response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
            return response
        }
    }
}
