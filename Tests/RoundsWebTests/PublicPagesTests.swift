import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import RoundsWeb
import Testing

/// The staff pages: what's on, a Round's page, poster, calendar files, subscription, errors.
@Suite struct PublicPagesTests {
    @Test func whatsOnListsUpcomingRoundsWithFeedLinks() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("<article class=\"round\" id=\"round-R-0003\">"))
            #expect(page.text.contains("<a class=\"round-link\" href=\"/rounds/R-0003\">"))
            // R-0001 (October 2026) is over by January 2027; R-0002 is still running.
            #expect(!page.text.contains("id=\"round-R-0001\""))
            #expect(page.text.contains("id=\"round-R-0002\""))
            #expect(
                page.text.contains(
                    "<a id=\"feed-https\" href=\"https://rounds.example.org/feed.ics\">"))
            #expect(
                page.text.contains(
                    "<a id=\"feed-webcal\" href=\"webcal://rounds.example.org/feed.ics\">"))
            #expect(page.text.contains("<html lang=\"en-GB\">"))
            #expect(page.text.components(separatedBy: "<h1").count == 2)
        }
    }

    @Test func aRoundPageSaysWhenWhereAndLinksTheOpenEvaluation() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let page = try await client.get("/rounds/R-0002")
            #expect(page.status == .ok)
            #expect(page.text.contains("Tuesday 12 January 2027"))
            #expect(page.text.contains("12:00 to 13:00"))
            #expect(page.text.contains("Not recorded"))
            #expect(page.text.contains("One hour of CPD"))
            #expect(
                page.text.contains("<a id=\"evaluation-link\" href=\"/rounds/R-0002/evaluation\">"))
            // R-0003 has not started, so no evaluation link yet.
            let later = try await client.get("/rounds/R-0003")
            #expect(!later.text.contains("evaluation-link"))
        }
    }

    @Test func calendarsComeFromTheFeedCode() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let feed = try await client.get("/feed.ics")
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(feed.text.hasPrefix("BEGIN:VCALENDAR"))
            #expect(feed.text.components(separatedBy: "BEGIN:VEVENT").count > 3)
            let one = try await client.get("/rounds/R-0003.ics")
            #expect(one.status == .ok)
            #expect(one.text.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(one.text.contains("DTSTART;TZID=Europe/London:20270209T120000"))
        }
    }

    @Test func thePosterCarriesAQRCodeOfTheRoundsAddress() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let poster = try await client.get("/rounds/R-0003/poster")
            #expect(poster.status == .ok)
            #expect(poster.text.contains("<svg class=\"qr\""))
            #expect(poster.text.contains("https://rounds.example.org/rounds/R-0003"))
            let css = try await client.get("/static/style.css")
            #expect(css.text.contains("@media print"))
            #expect(css.text.contains("size: A4"))
        }
    }

    @Test func unknownRoundsAndPathsAre404Pages() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            for uri in [
                "/rounds/R-9999", "/rounds/R-9999.ics", "/rounds/R-9999/poster",
                "/rounds/R-9999/evaluation", "/nowhere", "/rounds/..%2F..%2Fetc%2Fpasswd",
            ] {
                let page = try await client.get(uri)
                #expect(page.status == .notFound, "\(uri)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
            }
            #expect(try await client.get("/healthz").text == "ok")
        }
    }

    @Test func subscribeExplainsOutlookGoogleAndApple() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let page = try await client.get("/subscribe")
            for name in ["Outlook", "Google Calendar", "Apple Calendar", "webcal://"] {
                #expect(page.text.contains(name))
            }
        }
    }
}
