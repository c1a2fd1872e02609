import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import Testing

/// Story titles, panel notes, leave notes and evaluation comments never reach a public
/// response; panellists' and facilitators' names neither.
@Suite struct ConfidentialityTests {
    @Test func noPublicResponseShowsConfidentialText() async throws {
        let harness = try WebHarness()
        let data = try harness.operations.snapshot()
        let names = data.rounds.flatMap { round in
            (round.panelMembers + round.facilitators).compactMap { data.person($0)?.name }
        }
        #expect(!names.isEmpty)
        try await harness.test { client in
            // A comment goes in through the form itself.
            let sent = try await client.post(
                "/rounds/R-0002/evaluation", [("overall", "5"), ("comment", WebHarness.secrets[3])])
            #expect(sent.status == .seeOther)
            var uris = [
                "/", "/subscribe", "/feed.ics", "/login", "/healthz", "/static/style.css",
                "/rounds/R-0002/evaluation/thanks",
            ]
            for round in data.rounds {
                let id = round.id.description
                uris += [
                    "/rounds/\(id)", "/rounds/\(id).ics", "/rounds/\(id)/poster",
                    "/rounds/\(id)/evaluation", "/rounds/\(id)/sign-in",
                ]
            }
            for uri in uris {
                let page = try await client.get(uri)
                #expect(page.status.code < 400, "\(uri)")
                for secret in WebHarness.secrets {
                    #expect(!page.text.contains(secret), "\(uri) shows \(secret)")
                }
                for name in names {
                    #expect(!page.text.contains(name), "\(uri) names \(name)")
                }
            }
        }
        #expect(try harness.record("R-0002").responses.first?.comment == WebHarness.secrets[3])
    }

    @Test func aPanellistWhoAgreedIsNamedOnTheirRoundsPageOnly() async throws {
        let harness = try WebHarness(namedPanellist: true)
        let data = try harness.operations.snapshot()
        let round = try #require(data.rounds.first { $0.id.description == "R-0002" })
        let first = try #require(round.panel.first)
        let named = try #require(data.person(first.person)?.name)
        let others = round.panel.dropFirst().compactMap { data.person($0.person)?.name }
        #expect(!others.isEmpty)
        try await harness.test { client in
            let page = try await client.get("/rounds/R-0002")
            #expect(page.status == .ok)
            #expect(page.text.contains("<section class=\"panel\" id=\"panel-names\">"))
            #expect(page.text.contains("<li>\(named)</li>"))
            for name in others { #expect(!page.text.contains(name)) }
            // Names only: the story title and notes stay out even of the opted-in page.
            for secret in WebHarness.secrets { #expect(!page.text.contains(secret)) }
            for uri in ["/", "/rounds/R-0002/poster", "/feed.ics", "/rounds/R-0002.ics"] {
                #expect(!(try await client.get(uri)).text.contains(named), "\(uri)")
            }
        }
    }

    @Test func withoutTheOptInNoPanelSectionShows() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let page = try await client.get("/rounds/R-0002")
            #expect(page.status == .ok)
            #expect(!page.text.contains("panel-names"))
        }
    }
}
