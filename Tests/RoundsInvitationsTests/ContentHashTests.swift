import Foundation
import RoundsICS
import Testing

@testable import RoundsInvitations

@Suite struct ContentHashTests {
    private let event = CalendarEvent(
        uid: "R-0001@hash.rounds.test",
        start: .zoned(
            WallClockTime(year: 2027, month: 2, day: 9, hour: 12, minute: 0), zone: "Europe/London"),
        end: .zoned(
            WallClockTime(year: 2027, month: 2, day: 9, hour: 13, minute: 0), zone: "Europe/London"),
        summary: "Schwartz Round",
        attendees: [Attendee(email: "ana.price@northbrook.example.org", name: "Ana Price")])

    @Test func stampAndSequenceDoNotCount() throws {
        var reissued = event
        reissued.sequence = 7
        reissued.stamp = Fixtures.secondExport
        #expect(
            try ContentHash.of(event, method: .request)
                == ContentHash.of(reissued, method: .request))
        #expect(try ContentHash.of(event, method: .request).hasPrefix("sha256:"))
    }

    @Test func whatTheRecipientSeesCounts() throws {
        let base = try ContentHash.of(event, method: .request)
        var moved = event
        moved.start = .zoned(
            WallClockTime(year: 2027, month: 2, day: 9, hour: 12, minute: 30), zone: "Europe/London"
        )
        var renamed = event
        renamed.summary = "Schwartz Round: A patient I'll never forget"
        var chair = event
        chair.attendees[0].role = .chair
        var otherZone = event
        otherZone.start = .zoned(
            WallClockTime(year: 2027, month: 2, day: 9, hour: 12, minute: 0), zone: "Europe/Dublin")
        let changed = try [moved, renamed, chair, otherZone].map {
            try ContentHash.of($0, method: .request)
        }
        #expect(changed.allSatisfy { $0 != base })
        #expect(Set(changed).count == changed.count)
        #expect(try ContentHash.of(event, method: .cancel) != base)
    }
}
