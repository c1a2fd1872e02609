import Foundation
import Hummingbird
import RoundsCore
import RoundsPacks

/// Renders pages from `Templates/web` (found as the pack templates are: `$ROUNDS_TEMPLATES`,
/// the installed share folder, or the source tree) and wraps them as responses.
struct Pages: Sendable {
    private let templates: TemplateSet

    /// Loads every template of `web/` from the standard template folders.
    init() throws {
        let folders = try TemplateLocator.standard().folders()
        self.templates = try TemplateSet.load(templateFolder: "web", from: folders, entry: "head")
    }

    /// The template `name` rendered with `view`, as text.
    func render(_ name: String, _ view: [String: Any]) -> String {
        templates.render(view, template: name)
    }

    /// An HTML response of template `name`; pages behind login are never cached.
    func page(
        _ name: String, _ view: [String: Any], status: HTTPResponse.Status = .ok,
        cache: String = "no-store"
    ) -> Response {
        Self.response(
            render(name, view), type: "text/html; charset=utf-8", status: status,
            cache: cache)
    }

    /// A response with `text` as its body.
    static func response(
        _ text: String, type: String, status: HTTPResponse.Status = .ok, cache: String
    ) -> Response {
        bytes(ByteBuffer(string: text), type: type, status: status, cache: cache)
    }

    /// A response with `buffer` as its body.
    static func bytes(
        _ buffer: ByteBuffer, type: String, status: HTTPResponse.Status = .ok, cache: String
    ) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = cache
        return Response(status: status, headers: headers, body: .init(byteBuffer: buffer))
    }

    /// A 303 to `path` carrying `lines` as the message the page shows (`?done=`).
    static func redirect(_ path: String, done lines: [String]) -> Response {
        let done =
            lines.joined(separator: " ")
            .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return redirect("\(path)?done=\(done)")
    }

    /// A 303 to `location` (post/redirect/get).
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }
}

/// What every page's layout reads: language, organisation and the signed-in account.
struct PageFrame: Sendable {
    /// The programme's language, such as `en-GB`.
    var lang: String
    /// The organisation's name.
    var organisation: String

    /// The frame of `data`'s programme (neutral words when there is none yet).
    init(_ data: ProgrammeData) {
        lang = data.programme?.locale ?? "en-GB"
        organisation = data.programme?.organisation ?? "this organisation"
    }

    /// A page view: the frame, the title and the page's own values, plus the session's
    /// account and form token when someone is signed in.
    func view(title: String, session: WebSessionView? = nil, _ values: [String: Any] = [:])
        -> [String: Any]
    {
        var view = values
        view["lang"] = lang
        view["organisation"] = organisation
        view["title"] = title
        if let session {
            view["signedIn"] = true
            view["email"] = session.email
            view["csrf"] = session.csrf
        }
        return view
    }
}

/// The signed-in account as pages show it.
struct WebSessionView: Sendable {
    /// The account's e-mail.
    var email: String
    /// The session's form token.
    var csrf: String
}
