import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations
import RoundsPacks

/// The administrator's pages under `/admin`: the schedule, a Round with its actions, people,
/// check warnings and downloads. Each action calls the same operation as its command.
struct AdminRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("") { request, context in
            let data = try site.operations.snapshot()
            let dates = DateWriter(locale: data.programme?.locale ?? "en-GB")
            let rounds = data.rounds.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map {
                round -> [String: Any] in
                [
                    "id": round.id.description, "when": round.whenText(dates),
                    "status": round.statusText,
                    "theme": round.theme.flatMap { data.theme($0)?.title } ?? "",
                    "facilitators": round.facilitators.map {
                        data.person($0)?.name ?? $0.value
                    }.joined(separator: ", "),
                ]
            }
            var values = PlanRoutes.formValues(data, site: site, from: nil)
            values["rounds"] = rounds
            return site.adminPage("admin", "Schedule", request, context, data, values)
        }
        group.get("rounds/:id") { request, context in
            let data = try site.operations.snapshot()
            let round = try site.publicRound(try context.parameters.require("id"), in: data)
            return site.adminPage(
                "admin-round", round.id.description, context, data,
                roundView(
                    round, data, message: request.uri.queryParameters["done"].map(String.init)))
        }
        group.post("rounds/:id/:action") { request, context in
            let data = try site.operations.snapshot()
            let round = try site.publicRound(try context.parameters.require("id"), in: data)
            let action = try context.parameters.require("action")
            let form = try await FormBody.read(request)
            let reference = round.id.description
            let lines: [String]
            do {
                switch action {
                case "move":
                    guard let dateText = form["date"],
                        let date = try? LocalDate(parsing: dateText)
                    else {
                        throw HTTPError(.badRequest, message: "Give the new date as YYYY-MM-DD.")
                    }
                    var time: LocalTime?
                    if let text = form["time"] {
                        guard let parsed = try? LocalTime(parsing: text) else {
                            throw HTTPError(.badRequest, message: "Give the time as HH:MM.")
                        }
                        time = parsed
                    }
                    lines = try site.operations.move(reference, to: date, at: time, force: false)
                case "cancel": lines = try site.operations.cancel(reference)
                case "confirm": lines = try site.operations.confirm(reference)
                case "assign":
                    let people = try [form["facilitator1"], form["facilitator2"]].compactMap {
                        $0
                    }.map { try site.person($0, in: data) }
                    guard people.count == 2 else {
                        throw HTTPError(.badRequest, message: "Choose two facilitators.")
                    }
                    lines = try site.operations.assign(people, to: reference)
                default: throw HTTPError(.notFound)
                }
            } catch let error as HTTPError {
                throw error
            } catch {
                throw HTTPError(.conflict, message: String(describing: error))
            }
            return Pages.redirect("/admin/rounds/\(reference)", done: lines)
        }
        group.get("check") { _, context in
            let data = try site.operations.snapshot()
            let warnings = try site.operations.check(now: site.now).map { ["text": $0.description] }
            return site.adminPage("admin-check", "Check", context, data, ["warnings": warnings])
        }
        group.get("report") { request, _ in
            let data = try site.operations.snapshot()
            let today = site.localNow(data)?.date ?? LocalDate(dayNumber: 0)
            let query = request.uri.queryParameters
            let last = query["to"].flatMap { YearMonth(parsing: String($0)) } ?? YearMonth(today)
            let first =
                query["from"].flatMap { YearMonth(parsing: String($0)) }
                ?? last.adding(months: -11)
            guard first <= last else {
                throw HTTPError(.badRequest, message: "The period starts after it ends.")
            }
            guard let html = ReportFormat(named: "html") else {
                throw HTTPError(.internalServerError)
            }
            let operations = site.operations
            let now = site.now
            let report = try await site.offPool {
                try operations.report(
                    from: first, to: last, formats: [html], includeComments: true, now: now)
            }
            guard let page = report.files.first(where: { $0.name == "report.html" }) else {
                throw HTTPError(.internalServerError)
            }
            return Pages.bytes(
                ByteBuffer(bytes: page.data), type: "text/html; charset=utf-8",
                cache: "private, no-store")
        }
        group.get("downloads/feed.ics") { _, _ in
            var response = Pages.bytes(
                ByteBuffer(bytes: try site.operations.feedData(now: site.now)),
                type: "text/calendar; charset=utf-8", cache: "private, no-store")
            response.headers[.contentDisposition] = "attachment; filename=\"feed.ics\""
            return response
        }
        group.get("downloads/packs/:file") { _, context in
            let file = try context.parameters.require("file")
            let (id, ext) = try Self.split(file, extensions: ["html", "pdf", "md"])
            let data = try site.operations.snapshot()
            let round = try site.publicRound(id, in: data)
            guard let format = PackFormat(rawValue: ext) else { throw HTTPError(.notFound) }
            let (name, bytes): (String, Data)
            do {
                let operations = site.operations
                let reference = round.id.description
                (name, bytes) = try await site.offPool {
                    try operations.packFile(reference, format: format)
                }
            } catch {
                throw HTTPError(.conflict, message: String(describing: error))
            }
            let types = [
                "html": "text/html; charset=utf-8", "pdf": "application/pdf",
                "md": "text/markdown; charset=utf-8",
            ]
            var response = Pages.bytes(
                ByteBuffer(bytes: bytes), type: types[ext] ?? "application/octet-stream",
                cache: "private, no-store")
            response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
            return response
        }
        group.get("downloads/invitations/:file") { _, context in
            let file = try context.parameters.require("file")
            let (id, ext) = try Self.split(file, extensions: ["ics", "eml"])
            let data = try site.operations.snapshot()
            let base = id.hasSuffix("-prep") ? String(id.dropLast(5)) : id
            _ = try site.publicRound(base, in: data)
            let bytes: Data?
            do {
                let operations = site.operations
                let now = site.now
                bytes = try await site.offPool { try operations.invitationFile(file, now: now) }
            } catch {
                throw HTTPError(.conflict, message: String(describing: error))
            }
            guard let bytes else {
                throw HTTPError(.notFound, message: "There is no invitation \(file) to send.")
            }
            var response = Pages.bytes(
                ByteBuffer(bytes: bytes),
                type: ext == "ics" ? "text/calendar; charset=utf-8" : "message/rfc822",
                cache: "private, no-store")
            response.headers[.contentDisposition] = "attachment; filename=\"\(file)\""
            return response
        }
        group.get("downloads/programme.yaml") { _, _ in
            var response = Pages.response(
                try site.operations.programmeYAML(), type: "application/yaml; charset=utf-8",
                cache: "private, no-store")
            response.headers[.contentDisposition] = "attachment; filename=\"programme.yaml\""
            return response
        }
    }

    /// `R-0007.html` as (`R-0007`, `html`) when the extension is one of `extensions` and the
    /// name is only letters, digits and hyphens; otherwise 404 (no path ever reaches a file).
    static func split(_ file: String, extensions: Set<String>) throws -> (String, String) {
        guard let dot = file.lastIndex(of: ".") else { throw HTTPError(.notFound) }
        let name = String(file[..<dot])
        let ext = String(file[file.index(after: dot)...])
        guard extensions.contains(ext), !name.isEmpty,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { throw HTTPError(.notFound) }
        return (name, ext)
    }

    private func roundView(_ round: Round, _ data: ProgrammeData, message: String?)
        -> [String: Any]
    {
        var view = RoundView.make(round, in: data)
        view["status"] = round.statusText
        view["facilitatorNames"] = round.facilitators.map { data.person($0)?.name ?? $0.value }
            .joined(separator: ", ")
        view["panelNames"] = round.panel.map { data.person($0.person)?.name ?? $0.person.value }
            .joined(separator: ", ")
        view["panel"] = PanelRoutes.panelView(round, data)
        view["hasPanel"] = !round.panel.isEmpty
        view["people"] = data.people.filter { $0.roles.contains(.facilitator) }.map {
            ["email": $0.email.value, "name": $0.name]
        }
        view["everyone"] = data.people.filter { !round.panelMembers.contains($0.email) }.map {
            ["email": $0.email.value, "name": $0.name]
        }
        var result: [String: Any] = ["round": view]
        if let message, !message.isEmpty { result["message"] = message }
        return result
    }
}

extension WebSite {
    /// A page behind login, with the session's account and form token; never cached.
    func adminPage(
        _ template: String, _ title: String, _ context: WebContext, _ data: ProgrammeData,
        _ values: [String: Any]
    ) -> Response {
        let session = context.session.map {
            WebSessionView(email: $0.user.email.value, csrf: $0.csrf)
        }
        return pages.page(
            template, PageFrame(data).view(title: title, session: session, values),
            cache: "private, no-store")
    }

    /// The person a form names by e-mail; 400 when nobody has that address.
    func person(_ text: String, in data: ProgrammeData) throws -> EmailAddress {
        guard let email = try? EmailAddress(text), data.person(email) != nil else {
            throw HTTPError(.badRequest, message: "Nobody in the programme has that e-mail.")
        }
        return email
    }
}
