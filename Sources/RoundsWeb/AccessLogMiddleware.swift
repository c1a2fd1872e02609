import Foundation
import Hummingbird
import Logging
import RoundsCore
import RoundsOperations

/// Logs one line per request: method, path without its query, status and milliseconds.
///
/// Nothing personal: no address, no query string (it could carry an e-mail), no cookies, no
/// user agent, no form fields. Errors become pages here (404 for unknown paths), with the
/// security headers every response carries.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let site: WebSite

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = site.errorPage(error.status, text: error.body ?? "")
        } catch {
            // The error's type only: its text could name a record.
            context.logger.error(
                "\(request.method) \(request.uri.path) failed: \(String(describing: type(of: error)))"
            )
            response = site.errorPage(.internalServerError, text: "")
        }
        // The rest of an oversized body is not read: the connection closes after the page
        // (CloseAfterResponse), so a client cannot keep sending.
        if response.status == .contentTooLarge { response.headers[.connection] = "close" }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
        let elapsed = ContinuousClock.now - started
        let micros =
            elapsed.components.seconds * 1_000_000
            + elapsed.components.attoseconds / 1_000_000_000_000
        let tenths = micros / 100
        let duration = "\(tenths / 10).\(tenths % 10)ms"
        context.logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code) \(duration)")
        return response
    }
}

extension WebSite {
    /// A plain error page with `status`; `text` says what went wrong in words for people.
    func errorPage(_ status: HTTPResponse.Status, text: String) -> Response {
        let headings: [Int: String] = [
            400: "That request could not be read", 401: "Please sign in",
            403: "Not allowed", 404: "Page not found", 405: "Not allowed",
            409: "That could not be done", 413: "Too large",
            429: "Too many attempts", 500: "Something went wrong",
        ]
        let heading = headings[status.code] ?? status.reasonPhrase
        let body =
            text.isEmpty
            ? (status.code == 404
                ? "There is no page at this address." : "Please go back and try again.")
            : text
        let frame = (try? operations.snapshot()).map(PageFrame.init)
        let view = (frame ?? PageFrame(ProgrammeData())).view(
            title: heading, ["heading": heading, "text": body])
        return pages.page("error", view, status: status)
    }
}
