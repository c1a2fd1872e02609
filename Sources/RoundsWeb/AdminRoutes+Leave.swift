import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/leave`: list, record and remove people's leave, as `rounds leave` does.
///
/// A leave note is confidential: it is stored, never shown (the list says only that one is
/// recorded), never in a message, a URL or a log line.
struct LeaveRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("leave") { request, context in
            let data = try site.operations.snapshot()
            let entries = data.leave.map { entry -> [String: Any] in
                [
                    "name": data.person(entry.person)?.name ?? entry.person.value,
                    "email": entry.person.value, "range": entry.range.displayText,
                    "from": entry.range.start.description, "to": entry.range.end.description,
                    "hasNote": entry.note?.isEmpty == false,
                ]
            }
            let people = data.people.sorted {
                ($0.roles.contains(.facilitator) ? 0 : 1, $0.name)
                    < ($1.roles.contains(.facilitator) ? 0 : 1, $1.name)
            }
            return site.adminPage(
                "admin-leave", "Leave", request, context, data,
                [
                    "leave": entries, "hasLeave": !entries.isEmpty,
                    "people": site.personOptions(people),
                ])
        }
        group.post("leave/:action") { request, context in
            let data = try site.operations.snapshot()
            let action = try context.parameters.require("action")
            guard ["add", "remove"].contains(action) else { throw HTTPError(.notFound) }
            let form = try await FormBody.read(request)
            let operations = site.operations
            return try site.edit(back: "/admin/leave") {
                let email = try site.person(
                    try form.require("person", "Choose the person."), in: data)
                guard let from = try form.date("from", label: "first day away") else {
                    throw HTTPError(.badRequest, message: "Give the first day away.")
                }
                let to = try form.date("to", label: "last day away") ?? from
                guard let range = try? DateRange(start: from, end: to) else {
                    throw HTTPError(
                        .badRequest,
                        message: "The last day away (\(to)) is before the first (\(from)).")
                }
                if action == "add" {
                    try operations.addLeave(Leave(person: email, range: range, note: form["note"]))
                    return ["Recorded leave for \(email): \(range.displayText)."]
                }
                try operations.removeLeave(person: email, range: range)
                return ["Removed leave for \(email): \(range.displayText)."]
            }
        }
    }
}
