import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

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
    }
}
