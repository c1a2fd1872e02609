import Foundation
import RoundsCore
import Testing

@testable import RoundsInvitations

@Suite("Invitations in the programme's locale")
struct InvitationLocaleTests {
    private func plan(locale: String) throws -> InvitationPlan {
        var source = try Fixtures.source(domain: "locale.rounds.test")
        source.programme.locale = locale
        return try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
    }

    @Test func unitedStatesEnglishSubjectAndText() throws {
        let file = try plan(locale: "en-US").file("R-0001.ics")
        #expect(file.subject.hasSuffix("(Feb 9, 2027, 12:00 PM)"))
        #expect(
            file.text.contains(
                "When: Tuesday, February 9, 2027, 12:00 PM - 1:00 PM (Europe/London time)"))
        // The calendar's own times are machine times and do not change with the locale.
        let british = try plan(locale: "en-GB").file("R-0001.ics")
        let calendar = String(decoding: file.calendar, as: UTF8.self)
        #expect(calendar.contains("DTSTART;TZID=Europe/London:20270209T120000"))
        #expect(
            String(decoding: british.calendar, as: UTF8.self).contains(
                "DTSTART;TZID=Europe/London:20270209T120000"))
        #expect(british.subject.hasSuffix("(9 Feb 2027, 12:00)"))
        #expect(british.text.contains("When: Tuesday 9 February 2027, 12:00 to 13:00"))
    }
}
