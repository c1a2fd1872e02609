import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import RoundsWeb
import Testing

/// Login, sessions, CSRF and roles: refusals without a session, without a token, and for a
/// facilitator on an administrator's route; the actions themselves.
@Suite struct LoginTests {
    static let adminGets = [
        "/admin", "/admin/rounds/R-0003", "/admin/people", "/admin/check", "/admin/report",
        "/admin/downloads/feed.ics", "/admin/downloads/programme.yaml", "/admin/leave",
        "/admin/themes", "/admin/themes/when-things-go-wrong", "/admin/venues",
        "/admin/venues/teams", "/admin/imports", "/admin/plan", "/admin/plan?from=2027-05&months=2",
        "/admin/people/ben.okafor@northbrook-hospitals.example",
    ]
    static let adminPosts =
        [
            "move", "cancel", "confirm", "assign", "panel/add", "panel/remove", "panel/story",
            "panel/earlier",
        ].map { "/admin/rounds/R-0003/\($0)" }
        + [
            "/admin/leave/add", "/admin/leave/remove", "/admin/themes/add",
            "/admin/themes/when-things-go-wrong/edit", "/admin/themes/when-things-go-wrong/remove",
            "/admin/venues/add", "/admin/venues/teams/edit", "/admin/venues/teams/remove",
            "/admin/plan/apply", "/admin/people/add",
            "/admin/people/ben.okafor@northbrook-hospitals.example/edit",
            "/admin/people/ben.okafor@northbrook-hospitals.example/remove",
        ]

    @Test func withoutASessionGetsGoToLoginAndPostsAre401() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            for uri in Self.adminGets + ["/facilitator"] {
                let page = try await client.get(uri)
                #expect(page.status == .seeOther, "\(uri)")
                #expect(page.headers[.location] == "/login", "\(uri)")
            }
            for uri in Self.adminPosts {
                #expect(try await client.post(uri, [("csrf", "x")]).status == .unauthorized)
            }
        }
    }

    @Test func anAdministratorSignsInAndMovesARound() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let login = try await client.login(WebHarness.adminEmail)
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/admin")
            let cookie = try #require(login.setCookie("rounds_session"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("Secure"))
            #expect(cookie.contains("SameSite=Lax"))
            for uri in Self.adminGets {
                let page = try await client.get(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(page.headers[.cacheControl] == "private, no-store", "\(uri)")
            }
            let round = try await client.get("/admin/rounds/R-0003")
            let csrf = try #require(round.csrf)
            // Without the token, or with a wrong one, nothing changes.
            #expect(
                try await client.post("/admin/rounds/R-0003/move", [("date", "2027-02-16")])
                    .status == .forbidden)
            #expect(
                try await client.post(
                    "/admin/rounds/R-0003/move",
                    [
                        ("csrf", String(repeating: "0", count: 64)),
                        ("date", "2027-02-16"),
                    ]
                ).status == .forbidden)
            let moved = try await client.post(
                "/admin/rounds/R-0003/move", [("csrf", csrf), ("date", "2027-02-16")])
            #expect(moved.status == .seeOther)
            #expect(moved.headers[.location]?.hasPrefix("/admin/rounds/R-0003?done=") == true)
            let whatsOn = try await client.get("/")
            #expect(whatsOn.text.contains("Tuesday 16 February 2027"))
            let feed = try await client.get("/feed.ics")
            #expect(feed.text.contains("20270216T120000"))
            // Malformed and refused actions are 4xx pages.
            #expect(
                try await client.post(
                    "/admin/rounds/R-0003/move", [("csrf", csrf), ("date", "16/02/2027")]
                ).status == .badRequest)
            #expect(
                try await client.post("/admin/rounds/R-9999/cancel", [("csrf", csrf)]).status
                    == .notFound)
            #expect(
                try await client.post("/admin/rounds/R-0003/explode", [("csrf", csrf)]).status
                    == .notFound)
            #expect(
                try await client.post(
                    "/admin/rounds/R-0003/assign",
                    [
                        ("csrf", csrf), ("facilitator1", "nobody@example.org"),
                        ("facilitator2", "x"),
                    ]
                ).status == .badRequest)
            let cancelled = try await client.post("/admin/rounds/R-0003/cancel", [("csrf", csrf)])
            #expect(cancelled.status == .seeOther)
            #expect(
                try await client.post("/admin/rounds/R-0003/confirm", [("csrf", csrf)]).status
                    == .conflict)
        }
    }

    @Test func aFacilitatorSeesTheirRoundsAndIsRefusedAdminRoutes() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let login = try await client.login(WebHarness.facilitatorEmail)
            #expect(login.headers[.location] == "/facilitator")
            let mine = try await client.get("/facilitator")
            #expect(mine.status == .ok)
            #expect(mine.text.contains("R-0002"))
            let csrf = try #require(mine.csrf)
            let own = try await client.get("/facilitator/packs/R-0002.html")
            #expect(own.status == .ok)
            let data = try harness.operations.snapshot()
            let email = try EmailAddress(WebHarness.facilitatorEmail)
            let other = try #require(data.rounds.first { !$0.facilitators.contains(email) })
            let refused = try await client.get("/facilitator/packs/\(other.id).html")
            #expect(refused.status == .forbidden)
            for uri in Self.adminGets {
                #expect(try await client.get(uri).status == .forbidden, "\(uri)")
            }
            for uri in Self.adminPosts {
                #expect(try await client.post(uri, [("csrf", csrf)]).status == .forbidden)
            }
            #expect(try harness.operations.snapshot().rounds.allSatisfy { $0.status != .cancelled })
        }
    }

    @Test func wrongPasswordsAre401AndTooManyAre429() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            var statuses: [Int] = []
            for _ in 0..<11 {
                statuses.append(
                    try await client.login(WebHarness.adminEmail, password: "wrong-password")
                        .status.code)
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == 401 })
            #expect(statuses.last == 429)
            // A login form posted without its token is refused before any password check.
            client.clearCookies()
            #expect(
                try await client.post(
                    "/login", [("email", WebHarness.adminEmail), ("password", WebHarness.password)]
                ).status != .seeOther)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            try await client.login(WebHarness.adminEmail)
            let admin = try await client.get("/admin")
            let csrf = try #require(admin.csrf)
            let stolen = client.cookies["rounds_session"]
            #expect(try await client.post("/logout", [("csrf", csrf)]).status == .seeOther)
            #expect(try await client.get("/admin").status == .seeOther)
            #expect(stolen != nil)
        }
    }
}
