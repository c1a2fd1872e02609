import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import RoundsWeb
import Testing

/// Planning and people edits from the browser, in process: the plan preview is the plan
/// operation rolled back (the store is unchanged and applying stores exactly what it showed),
/// people are added, changed and removed through `rounds people`'s operations, and every
/// refused POST leaves the store as it was.
@Suite struct AdminPlanPeopleTests {
    static let ben = "ben.okafor@northbrook-hospitals.example"

    /// `text` as the pages' templates escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func aPlanIsPreviewedWithoutStoringAndAppliedAsPreviewed() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let schedule = try await client.get("/admin")
            #expect(
                schedule.text.contains("<form id=\"plan\" method=\"get\" action=\"/admin/plan\""))
            #expect(schedule.text.contains("value=\"2027-05\""), "the month after the last Round")
            let before = try harness.operations.programmeYAML()
            let preview = try await client.get("/admin/plan?from=2027-05&months=2")
            #expect(preview.status == .ok)
            #expect(preview.headers[.cacheControl] == "private, no-store")
            #expect(try harness.operations.programmeYAML() == before, "a preview stored its plan")
            // The page shows what the plan operation returns when run for real.
            let expected = try harness.operations.preview.plan(
                from: try #require(YearMonth(parsing: "2027-05")), months: 2)
            #expect(expected.created.count == 2)
            for line in expected.created + expected.themes + expected.prepMeetings {
                #expect(preview.text.contains(Self.escaped(line)), "\(line)")
            }
            let rota = try #require(expected.rotaLine)
            #expect(rota.hasPrefix("Rota: proven optimal"))
            #expect(preview.text.contains("<p id=\"plan-rota\">\(Self.escaped(rota))</p>"))
            #expect(preview.text.contains("action=\"/admin/plan/apply\""))
            let fingerprint = try #require(Self.fingerprint(in: preview.text))
            let applied = try await client.post(
                "/admin/plan/apply",
                [("csrf", csrf), ("from", "2027-05"), ("months", "2"), ("preview", fingerprint)])
            #expect(applied.status == .seeOther)
            let location = try #require(applied.headers[.location])
            #expect(location.hasPrefix("/admin?done=Planned%202%20months%20from%202027%2D05"))
            let rounds = try harness.operations.snapshot().rounds
            #expect(rounds.count == 7)
            for line in expected.created {
                #expect(rounds.contains { line.hasPrefix("\($0.id) added on") }, "\(line)")
            }
            let after = try await client.get(location)
            #expect(after.text.contains("class=\"message\""))
            #expect(after.text.contains("/admin/rounds/R-0007"))
            #expect(try await client.get("/").text.contains("round-R-0007"))
            // Previewing it again: nothing left to change, so no Apply button.
            let again = try await client.get("/admin/plan?from=2027-05&months=2")
            #expect(again.text.contains("id=\"plan-no-changes\""))
            #expect(!again.text.contains("plan/apply"))
        }
    }

    /// The Apply form's hidden fingerprint of the preview.
    static func fingerprint(in page: String) -> String? {
        guard let field = page.range(of: "name=\"preview\" value=\"") else { return nil }
        let rest = page[field.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @Test func applyStoresNothingWhenThePlanNoLongerReadsAsItsPreview() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let preview = try await client.get("/admin/plan?from=2027-05&months=2")
            let fingerprint = try #require(Self.fingerprint(in: preview.text))
            #expect(fingerprint.count == 64)
            // Meanwhile June is planned from the command line: applying May and June now would
            // add one Round, not the two the preview showed.
            _ = try harness.operations.plan(
                from: try #require(YearMonth(parsing: "2027-06")), months: 1)
            let before = try harness.operations.programmeYAML()
            let fields = [("csrf", csrf), ("from", "2027-05"), ("months", "2")]
            for stale in [fingerprint, String(repeating: "0", count: 64)] {
                let refused = try await client.post(
                    "/admin/plan/apply", fields + [("preview", stale)])
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("The programme changed after this preview"))
            }
            #expect(try harness.operations.programmeYAML() == before)
            // A fresh preview applies.
            let fresh = try await client.get("/admin/plan?from=2027-05&months=2")
            let current = try #require(Self.fingerprint(in: fresh.text))
            #expect(current != fingerprint)
            let applied = try await client.post(
                "/admin/plan/apply", fields + [("preview", current)])
            #expect(applied.status == .seeOther)
            #expect(try harness.operations.programmeYAML() != before)
        }
    }

    @Test func refusedPlansChangeNothing() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let before = try harness.operations.programmeYAML()
            for query in [
                "from=2027-13&months=2", "from=May&months=2", "from=2027-05&months=0",
                "from=2027-05&months=121", "from=2027-05&months=x", "months=3",
            ] {
                #expect(
                    try await client.get("/admin/plan?\(query)").status == .badRequest, "\(query)")
            }
            for fields in [
                [("from", "2027-05"), ("months", "500")], [("from", ""), ("months", "2")],
                [("months", "2")],
            ] {
                let refused = try await client.post("/admin/plan/apply", [("csrf", csrf)] + fields)
                #expect(refused.status == .badRequest, "\(fields)")
            }
            #expect(
                try await client.post("/admin/plan/apply", [("from", "2027-05"), ("months", "2")])
                    .status == .forbidden)
            #expect(try harness.operations.programmeYAML() == before)
        }
    }

    @Test func peopleAreAddedChangedAndRemovedThroughTheOperations() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let email = "nia.evans@northbrook-hospitals.example"
            let added = try await client.post(
                "/admin/people/add",
                [
                    ("csrf", csrf), ("email", email), ("name", "Nia Evans"),
                    ("staffGroup", "Allied Health Professionals"), ("clinical", "yes"),
                    ("seniority", "Band 7"), ("role-facilitator", "yes"), ("training", "trainee"),
                    ("trainedOn", "2026-11-02"),
                ])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location]?.hasPrefix("/admin/people?done=Added%20Nia") == true)
            let nia = try #require(try harness.operations.snapshot().person(EmailAddress(email)))
            #expect(nia.roles == [.facilitator] && nia.seniority == "Band 7" && nia.isClinical)
            #expect(nia.facilitatorProfile?.training == .trainee)
            #expect(nia.facilitatorProfile?.since?.description == "2026-11-02")
            let list = try await client.get("/admin/people")
            #expect(list.text.contains("href=\"/admin/people/\(email)\">Nia Evans</a>"))
            #expect(list.text.contains("facilitator (trainee)"))
            let page = try await client.get("/admin/people/\(email)")
            #expect(page.text.contains("name=\"role-facilitator\" value=\"yes\" checked"))
            #expect(page.text.contains("<option value=\"trainee\" selected>"))
            // She can now be assigned to a Round, beside one of its trained facilitators.
            let data = try harness.operations.snapshot()
            let pair = try data.round("R-0004").facilitators
            let trained = try #require(pair.first { data.person($0)?.isTrainedFacilitator == true })
            let assigned = try await client.post(
                "/admin/rounds/R-0004/assign",
                [("csrf", csrf), ("facilitator1", trained.value), ("facilitator2", email)])
            #expect(assigned.status == .seeOther)
            #expect(
                try harness.operations.snapshot().round("R-0004").facilitators.contains(
                    try EmailAddress(email)))
            // Changed: trained, a clinical lead too, no band.
            let edited = try await client.post(
                "/admin/people/\(email)/edit",
                [
                    ("csrf", csrf), ("name", "Nia Evans-Price"),
                    ("staffGroup", "Allied Health Professionals"), ("clinical", "no"),
                    ("seniority", ""), ("role-facilitator", "yes"), ("role-clinical-lead", "yes"),
                    ("training", "trained"), ("trainedOn", "2026-11-02"),
                ])
            #expect(edited.status == .seeOther)
            let changed = try #require(
                try harness.operations.snapshot().person(EmailAddress(email)))
            #expect(changed.name == "Nia Evans-Price" && !changed.isClinical)
            #expect(changed.roles == [.facilitator, .clinicalLead] && changed.seniority == nil)
            #expect(changed.facilitatorProfile?.training == .trained)
            // On a Round: removing is refused with the reason, and nothing changes.
            let before = try harness.operations.programmeYAML()
            let refused = try await client.post("/admin/people/\(email)/remove", [("csrf", csrf)])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("is on Round R-0004. Take them off first"))
            #expect(try harness.operations.programmeYAML() == before)
            // Off the Round, she can go.
            _ = try await client.post(
                "/admin/rounds/R-0004/assign",
                [("csrf", csrf)] + zip(["facilitator1", "facilitator2"], pair.map(\.value)))
            let removed = try await client.post("/admin/people/\(email)/remove", [("csrf", csrf)])
            #expect(removed.status == .seeOther)
            #expect(try harness.operations.snapshot().person(EmailAddress(email)) == nil)
            #expect(try await client.get("/admin/people/\(email)").status == .notFound)
        }
    }

    @Test func refusedPeopleEditsChangeNothing() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let before = try harness.operations.programmeYAML()
            // Someone on a Round: removing them is refused.
            let busy = try #require(
                try harness.operations.snapshot().round("R-0003").facilitators.first)
            let person: [(String, String)] = [
                ("name", "X"), ("staffGroup", "Nursing"), ("clinical", "yes"),
            ]
            let refusals: [(String, [(String, String)], HTTPResponse.Status)] = [
                ("/admin/people/add", [("email", Self.ben)] + person, .conflict),
                ("/admin/people/add", [("email", "not-an-email")] + person, .badRequest),
                ("/admin/people/add", [("email", "x@example.org"), ("name", "X")], .badRequest),
                (
                    "/admin/people/add",
                    [("email", "x@example.org"), ("training", "trained")] + person, .badRequest
                ),
                (
                    "/admin/people/add",
                    [("email", "x@example.org"), ("trainedOn", "2026-01-01")] + person,
                    .badRequest
                ),
                ("/admin/people/\(Self.ben)/edit", [("name", "")], .badRequest),
                ("/admin/people/\(Self.ben)/edit", person + [("trainedOn", "1/1/26")], .badRequest),
                ("/admin/people/nobody@example.org/edit", person, .notFound),
                ("/admin/people/\(busy)/remove", [], .conflict),
                ("/admin/people/\(Self.ben)/shuffle", [], .notFound),
            ]
            for (uri, fields, status) in refusals {
                let answer = try await client.post(uri, [("csrf", csrf)] + fields)
                #expect(answer.status == status, "\(uri) \(fields)")
            }
            #expect(try harness.operations.programmeYAML() == before)
        }
    }
}
