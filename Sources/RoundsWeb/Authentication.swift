import Foundation
import Hummingbird
import HummingbirdBcrypt
import RoundsCore
import RoundsOperations

/// Finds the session named by the `rounds_session` cookie on the pages that use one.
///
/// Public pages skip the look-up, so they never open the store for it.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let site: WebSite

    /// The session cookie: a random token; the store keeps only its digest.
    static let cookie = "rounds_session"

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard ["/admin", "/facilitator", "/login", "/logout"].contains(where: path.hasPrefix),
            let token = request.cookies[Self.cookie]?.value, Tokens.isWellFormed(token)
        else { return try await next(request, context) }
        var context = context
        context.session = try site.operations.webSession(
            tokenDigest: Tokens.digest(token), now: Int(site.now.timeIntervalSince1970))
        return try await next(request, context)
    }
}

/// Authorisation in one place: a group's pages need a session with one of `allowed` roles,
/// and every POST needs the session's form token in its `csrf` field.
///
/// No session: GET is sent to the login page, anything else gets 401. Another role: 403.
/// A POST without the right token: 403.
struct RoleMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let site: WebSite
    let allowed: Set<WebRole>

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let session = context.session else {
            if request.method == .get || request.method == .head {
                return Pages.redirect("/login")
            }
            throw HTTPError(.unauthorized, message: "Please sign in first.")
        }
        guard allowed.contains(session.user.role) else {
            throw HTTPError(.forbidden, message: "Your account cannot open this page.")
        }
        guard request.method == .post else { return try await next(request, context) }
        var request = request
        let token: String?
        if Multipart.boundary(request.headers[.contentType]) != nil {
            token = try await Multipart.read(&request, limit: ImportRoutes.limit)["csrf"]
        } else {
            token = try await FormBody.read(&request)["csrf"]
        }
        guard let token, Tokens.equal(token, session.csrf) else {
            throw HTTPError(
                .forbidden, message: "This form has expired. Please go back, reload and try again.")
        }
        return try await next(request, context)
    }
}

/// `/login` and `/logout`.
struct LoginRoutes {
    let site: WebSite

    /// The login form's own token, in a cookie until a session exists (double submit).
    static let loginCookie = "rounds_login"

    func add(to router: Router<WebContext>) {
        router.get("/login") { request, _ in
            let token = request.cookies[Self.loginCookie]?.value
            return loginPage(token: token, status: .ok, message: nil)
        }
        router.post("/login") { request, context in
            var request = request
            let form = try await FormBody.read(&request)
            let email = form["email"]?.lowercased() ?? ""
            let now = site.now
            let address = site.clientAddress(request, context)
            guard await site.loginLimiter.allow("address:\(address)", now: now),
                await site.loginLimiter.allow("email:\(email)", now: now)
            else {
                throw HTTPError(
                    .tooManyRequests, message: "Too many attempts. Please wait 15 minutes.")
            }
            guard let cookie = request.cookies[Self.loginCookie]?.value,
                let field = form["csrf"], Tokens.isWellFormed(cookie), Tokens.equal(cookie, field)
            else {
                throw HTTPError(
                    .forbidden, message: "This form has expired. Please reload it and try again.")
            }
            let password = form.fields["password"] ?? ""
            guard let user = try site.operations.webUser(email), !password.isEmpty,
                password.utf8.count <= 1024, Bcrypt.verify(password, hash: user.passwordHash)
            else {
                return loginPage(
                    token: cookie, status: .unauthorized,
                    message: "That e-mail and password do not match an account.")
            }
            let token = Tokens.random()
            let seconds = Int(now.timeIntervalSince1970)
            try site.operations.startWebSession(
                tokenDigest: Tokens.digest(token), email: user.email, csrf: Tokens.random(),
                expires: seconds + site.configuration.sessionSeconds, now: seconds)
            var response = Pages.redirect(user.role == .administrator ? "/admin" : "/facilitator")
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: token,
                    maxAge: site.configuration.sessionSeconds, path: "/",
                    secure: site.configuration.isSecure, httpOnly: true, sameSite: .lax))
            return response
        }
        router.post("/logout") { request, context in
            guard let session = context.session,
                let token = request.cookies[SessionMiddleware.cookie]?.value
            else { return Pages.redirect("/") }
            var request = request
            let form = try await FormBody.read(&request)
            guard let field = form["csrf"], Tokens.equal(field, session.csrf) else {
                throw HTTPError(.forbidden, message: "This form has expired.")
            }
            try site.operations.endWebSession(tokenDigest: Tokens.digest(token))
            var response = Pages.redirect("/")
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/",
                    secure: site.configuration.isSecure, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    private func loginPage(token: String?, status: HTTPResponse.Status, message: String?)
        -> Response
    {
        let csrf = token.flatMap { Tokens.isWellFormed($0) ? $0 : nil } ?? Tokens.random()
        let data = (try? site.operations.snapshot()) ?? ProgrammeData()
        var view = PageFrame(data).view(title: "Sign in", ["loginToken": csrf])
        if let message { view["error"] = message }
        var response = site.pages.page("login", view, status: status)
        if csrf != token {
            response.setCookie(
                Cookie(
                    name: Self.loginCookie, value: csrf, path: "/login",
                    secure: site.configuration.isSecure, httpOnly: true, sameSite: .strict))
        }
        return response
    }
}
