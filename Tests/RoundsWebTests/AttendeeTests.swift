import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import Testing

/// The evaluation form and sign-in: open while the Round runs and for the window after it,
/// one response per device, a rate limit per address, refusals of malformed forms.
@Suite struct AttendeeTests {
    func evaluationCount(_ harness: WebHarness) throws -> Int {
        try harness.record("R-0002").responses.count
    }

    @Test func oneResponsePerDevice() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let form = try await client.get("/rounds/R-0002/evaluation")
            #expect(form.status == .ok)
            #expect(form.text.contains("<form id=\"evaluation\" method=\"post\""))
            #expect(form.text.contains("<button type=\"submit\" id=\"submit-evaluation\">"))
            #expect(form.setCookie("rounds_device")?.contains("HttpOnly") == true)
            let fields = [("q-colleagues", "4"), ("overall", "5"), ("comment", "Helpful")]
            let first = try await client.post("/rounds/R-0002/evaluation", fields)
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/rounds/R-0002/evaluation/thanks")
            let second = try await client.post("/rounds/R-0002/evaluation", fields)
            #expect(second.status == .seeOther)
            #expect(try evaluationCount(harness) == 1)
            // Another device may answer too.
            client.clearCookies()
            try await client.post("/rounds/R-0002/evaluation", fields)
            #expect(try evaluationCount(harness) == 2)
            let thanks = try await client.get("/rounds/R-0002/evaluation/thanks")
            #expect(thanks.text.contains("Samaritans"))
        }
    }

    @Test func theFormIsClosedBeforeTheStartAndAfterTheWindow() async throws {
        let before = try WebHarness(now: "2027-01-12T11:00:00Z")
        try await before.test { client in
            let page = try await client.get("/rounds/R-0002/evaluation")
            #expect(page.text.contains("id=\"closed\""))
            let post = try await client.post("/rounds/R-0002/evaluation", [("overall", "5")])
            #expect(post.status == .conflict)
        }
        // Seven days after the end (13:00 on 12 January) it still opens; the next day not.
        let late = try WebHarness(now: "2027-01-19T12:59:00Z")
        try await late.test { client in
            let page = try await client.post("/rounds/R-0002/evaluation", [("overall", "4")])
            #expect(page.status == .seeOther)
        }
        let closed = try WebHarness(now: "2027-01-20T09:00:00Z")
        try await closed.test { client in
            let form = try await client.get("/rounds/R-0002/evaluation")
            #expect(form.text.contains("id=\"closed\""))
            let page = try await client.post("/rounds/R-0002/evaluation", [("overall", "4")])
            #expect(page.status == .conflict)
        }
        #expect(try late.record("R-0002").responses.count == 1)
        #expect(try closed.record("R-0002").responses.count == 0)
    }

    @Test func malformedFormsAre4xxAndStoreNothing() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let bad: [[(String, String)]] = [
                [], [("overall", "9")], [("q-colleagues", "zero")],
                [("staff_group", "Astronaut")],
                [("comment", String(repeating: "x", count: 4001))],
            ]
            for fields in bad {
                let page = try await client.post("/rounds/R-0002/evaluation", fields)
                #expect(page.status == .badRequest, "\(fields.map(\.0))")
            }
            let notUTF8 = try await client.postRaw(
                "/rounds/R-0002/evaluation", Array("comment=".utf8) + [0xFF, 0xFE])
            #expect(notUTF8.status == .badRequest)
            let huge = try await client.postRaw(
                "/rounds/R-0002/evaluation", [UInt8](repeating: 0x61, count: 200_000))
            #expect(huge.status == .contentTooLarge)
            #expect(try evaluationCount(harness) == 0)
        }
    }

    @Test func postsAreRateLimitedPerAddress() async throws {
        let harness = try WebHarness(postsPerMinute: 3)
        try await harness.test { client in
            var statuses: [Int] = []
            for _ in 0..<5 {
                client.clearCookies()
                statuses.append(
                    try await client.post("/rounds/R-0002/evaluation", [("overall", "3")])
                        .status.code)
            }
            #expect(statuses == [303, 303, 303, 429, 429])
        }
    }

    @Test func signInFeedsTheAttendanceRecord() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            #expect(try await client.get("/rounds/R-0002/sign-in").status == .ok)
            let page = try await client.post(
                "/rounds/R-0002/sign-in", [("name", "Sam Lee"), ("email", "sam@example.org")])
            #expect(page.status == .ok)
            #expect(try await client.post("/rounds/R-0002/sign-in", []).status == .badRequest)
        }
        let signIns = try harness.record("R-0002").attendance.signIns
        #expect(signIns.map(\.name) == ["Sam Lee"])
    }
}
