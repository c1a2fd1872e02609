import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RoundsCore
import RoundsOperations
import RoundsStore
import RoundsWeb
import Testing

/// The sample programme in a fresh store, served in process with a fixed clock, with
/// confidential strings planted where public pages must never show them.
struct WebHarness {
    /// Strings that only confidential fields hold: a story title, panel notes, a leave note
    /// and an evaluation comment.
    static let secrets = [
        "SECRET-STORY-7Q2", "SECRET-NOTES-8Q3", "SECRET-LEAVE-9Q4", "SECRET-COMMENT-6Q5",
    ]
    static let adminEmail = "admin@example.org"
    static let facilitatorEmail = "deepa.shah@northbrook-hospitals.example"
    static let password = "correct-horse-battery"

    let folder: URL
    let operations: ProgrammeOperations
    let configuration: WebConfiguration

    /// The store, with the clock at `now` (default: 12:30 on 12 January 2027, while R-0002
    /// runs, so its evaluation is open); `namedPanellist` marks R-0002's first panellist (the
    /// one with the planted story title) as agreeing to be named on public pages.
    init(
        now: String = "2027-01-12T12:30:00Z", postsPerMinute: Int = 30,
        namedPanellist: Bool = false
    ) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rounds-web-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let storePath = folder.appendingPathComponent("rounds.sqlite").path
        operations = ProgrammeOperations(storePath: storePath)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/programme.yaml")
        let text = try String(contentsOf: sample, encoding: .utf8).replacingOccurrences(
            of: "story: The badge in my pocket",
            with: "story: \(Self.secrets[0])\n        notes: \(Self.secrets[1])"
                + (namedPanellist ? "\n        show_name: true" : ""))
        #expect(text.contains(Self.secrets[0]))
        let programme = folder.appendingPathComponent("programme.yaml")
        try text.write(to: programme, atomically: true, encoding: .utf8)
        _ = try operations.initialise(from: programme.path)
        // Three more Rounds, R-0003 on: planned, so they have panels-to-be and facilitators.
        _ = try operations.plan(from: try #require(YearMonth(year: 2027, month: 2)), months: 3)
        try operations.addLeave(
            Leave(
                person: try EmailAddress(Self.facilitatorEmail),
                range: try DateRange(parsing: "2027-03-01..2027-03-05"), note: Self.secrets[2]))
        let clock = try #require(ISO8601DateFormatter().date(from: now))
        configuration = WebConfiguration(
            storePath: storePath, baseURL: "https://rounds.example.org",
            postsPerMinute: postsPerMinute, clock: { clock })
        _ = try WebAccounts.add(
            email: Self.adminEmail, role: "administrator", password: Self.password,
            storePath: storePath, cost: 4)
        _ = try WebAccounts.add(
            email: Self.facilitatorEmail, role: "facilitator", password: Self.password,
            storePath: storePath, cost: 4)
        try operations.prepareForWeb()
    }

    /// What the store holds for the Round `id`, read directly.
    func record(_ id: String) throws -> RoundRecord {
        try ProgrammeStore.open(atPath: configuration.storePath).roundRecord(RoundID(parsing: id))
    }

    /// Runs `body` with a client driving the router in process.
    func test(_ body: @escaping @Sendable (WebClient) async throws -> Void) async throws {
        let app = Application(router: try WebServer.buildRouter(configuration))
        try await app.test(.router) { client in try await body(WebClient(client: client)) }
    }
}

/// A response as the tests read it.
struct Page: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String

    /// The value of the `name` cookie this response sets, if any.
    func cookie(_ name: String) -> String? {
        for field in headers[values: .setCookie] {
            let pair = field.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == Substring(name) { return String(parts[1]) }
        }
        return nil
    }

    /// The whole `Set-Cookie` field for `name`.
    func setCookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    /// The value of the first hidden `csrf` field on the page.
    var csrf: String? {
        guard let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix(64))
    }
}

/// A client with a cookie jar.
final class WebClient: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) { self.client = client }

    /// A GET of `uri`, keeping cookies.
    @discardableResult
    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil, type: nil)
    }

    /// A form POST of `fields` to `uri`, keeping cookies.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { name, value in
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
            return (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        return try await send(
            uri, method: .post, body: ByteBuffer(string: body),
            type: "application/x-www-form-urlencoded")
    }

    /// A POST of raw bytes as `type`.
    @discardableResult
    func postRaw(
        _ uri: String, _ bytes: [UInt8], type: String = "application/x-www-form-urlencoded"
    ) async throws -> Page {
        try await send(uri, method: .post, body: ByteBuffer(bytes: bytes), type: type)
    }

    /// Forgets every cookie (a new device).
    func clearCookies() { cookies = [:] }

    /// Signs in; returns the response to the login POST.
    @discardableResult
    func login(_ email: String, password: String = WebHarness.password) async throws -> Page {
        let form = try await get("/login")
        return try await post(
            "/login", [("csrf", form.csrf ?? ""), ("email", email), ("password", password)])
    }

    /// Signs in as the administrator and returns the session's form token.
    func signInAsAdministrator() async throws -> String {
        try await login(WebHarness.adminEmail)
        return try #require(try await get("/admin/leave").csrf)
    }

    private func send(
        _ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, type: String?
    ) async throws -> Page {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: "; ")
        }
        if let type { headers[.contentType] = type }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body)
        let page = Page(
            status: response.status, headers: response.headers,
            text: String(buffer: response.body))
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 {
                cookies[String(parts[0])] = parts[1].isEmpty ? nil : String(parts[1])
            }
        }
        return page
    }
}
