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
}
