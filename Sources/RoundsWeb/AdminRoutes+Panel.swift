import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// The panel on the administrator's Round page: add, remove, story titles, consent to be named
/// on the public page and speaking order, each the operation `rounds panel` calls.
///
/// Story titles are confidential: shown only here, behind login and never cached, and never in
/// a message, a log line or a URL.
struct PanelRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.post("rounds/:id/panel/:action") { request, context in
            let data = try site.operations.snapshot()
            let round = try site.publicRound(try context.parameters.require("id"), in: data)
            let action = try context.parameters.require("action")
            let form = try await FormBody.read(request)
            let reference = round.id.description
            let operations = site.operations
            return try site.edit(back: "/admin/rounds/\(reference)") {
                let email = try site.person(
                    try form.require("email", "Choose the person."), in: data)
                switch action {
                case "add":
                    var position: Int?
                    if let text = form["position"] {
                        guard let number = Int(text), number >= 1 else {
                            throw HTTPError(
                                .badRequest, message: "The place in the order counts from 1.")
                        }
                        position = number
                    }
                    return try operations.addPanellist(
                        email, story: form["story"], position: position,
                        showsName: form["showName"] == "yes", to: reference)
                case "remove": return try operations.removePanellist(email, from: reference)
                case "story":
                    return try operations.setStoryTitle(form["story"], of: email, on: reference)
                case "show-name":
                    return try operations.setNameShown(true, of: email, on: reference)
                case "hide-name":
                    return try operations.setNameShown(false, of: email, on: reference)
                case "earlier":
                    var order = round.panelMembers
                    guard let index = order.firstIndex(of: email), index > 0 else {
                        throw HTTPError(
                            .conflict, message: "\(email) cannot speak any earlier.")
                    }
                    order.swapAt(index, index - 1)
                    return try operations.orderPanel(order, of: reference)
                default: throw HTTPError(.notFound)
                }
            }
        }
    }

    /// The panel as the administrator's Round page lists it, in speaking order: name, e-mail,
    /// the story title for its edit field, whether they agreed to be named on the public page,
    /// and whether the panellist can speak earlier.
    static func panelView(_ round: Round, _ data: ProgrammeData) -> [[String: Any]] {
        round.panel.enumerated().map { offset, panellist in
            [
                "place": offset + 1, "email": panellist.person.value,
                "name": data.person(panellist.person)?.name ?? panellist.person.value,
                "story": panellist.storyTitle ?? "", "canMoveEarlier": offset > 0,
                "showsName": panellist.showsName,
                "field": "story-\(offset + 1)",
            ]
        }
    }
}
