import Foundation
import RoundsCore
import RoundsInvitations
import Testing

/// A small programme with three Rounds, and fixed clocks.
///
/// Each test passes its own `domain`, so the UIDs of the calendars it hands to the judges differ
/// from every other test's (the Radicale judge stores all UIDs in one collection).
enum Fixtures {
    /// 2027-01-04T09:00:00Z: the first export.
    static let firstExport = Date(timeIntervalSince1970: 1_799_053_200)
    /// 2027-02-01T10:30:00Z: a later export.
    static let secondExport = Date(timeIntervalSince1970: 1_801_477_800)
    /// 2027-03-01T08:15:00Z: a third export.
    static let thirdExport = Date(timeIntervalSince1970: 1_803_888_900)

    /// Confidential text that must never leave the facilitators' pack.
    static let storyTitles = ["The night the monitors went quiet", "Holding Mrs K's hand"]
    static let privateNotes = ["Still raw about the inquest; check in first", "Cries easily"]

    static func email(_ text: String) throws -> EmailAddress { try EmailAddress(text) }

    static func time(_ text: String) throws -> LocalDateTime { try LocalDateTime(parsing: text) }

    static func programme(domain: String, teams: Bool = false) throws -> Programme {
        try Programme(
            organisation: "Northbrook Hospitals NHS Foundation Trust", domain: domain,
            timeZone: "Europe/London", holidayRegion: .englandAndWales,
            venues: [
                Venue(
                    slug: "boardroom", name: "Education Centre Boardroom", kind: .room,
                    address: "Level 2, Education Centre, Northbrook General Hospital"),
                Venue(
                    slug: "teams", name: "Microsoft Teams", kind: .video,
                    videoLink: "https://teams.example.org/l/meetup-join/19%3ameeting_abc"),
            ],
            defaultVenue: teams ? "teams" : "boardroom",
            cadence: Cadence(
                ordinal: 2, weekday: .tuesday,
                startTime: try #require(LocalTime(hour: 12, minute: 0))),
            reminderMinutes: 30, organiser: email("rounds.admin@northbrook.example.org"))
    }

    static func people() throws -> [Person] {
        [
            Person(
                email: try email("ana.price@northbrook.example.org"), name: "Ana Price",
                staffGroup: "Nursing", isClinical: true, roles: [.facilitator]),
            Person(
                email: try email("ben.okafor@northbrook.example.org"), name: "Ben Okafor",
                staffGroup: "Chaplaincy", isClinical: false, roles: [.facilitator]),
            Person(
                email: try email("cai.jones@northbrook.example.org"), name: "Cai Jones",
                staffGroup: "Estates and Facilities", isClinical: false, roles: [.panellist]),
            Person(
                email: try email("zoe.muller@northbrook.example.org"), name: "Zoë Müller",
                staffGroup: "Medical", isClinical: true, roles: [.panellist]),
            Person(
                email: try email("dee.shah@northbrook.example.org"), name: "Dee Shah",
                staffGroup: "Pharmacy", isClinical: true, roles: [.panellist, .facilitator]),
            Person(
                email: try email("rounds.admin@northbrook.example.org"), name: "Rounds Office",
                staffGroup: "Education", isClinical: false, roles: [.administrator]),
        ]
    }

    static let themes = [
        Theme(
            slug: "never-forget", title: "A patient I'll never forget",
            description: "Colleagues tell of a patient who stayed with them long after."),
        Theme(
            slug: "things-go-wrong", title: "When things go wrong",
            description: "What it is like to be part of care that did not go to plan."),
    ]

    /// R-0001 (9 Feb 2027, staffed, with prep), R-0002 (9 Mar 2027, staffed, with prep),
    /// R-0003 (13 Apr 2027, not staffed yet).
    static func rounds() throws -> [Round] {
        [
            Round(
                id: try #require(RoundID(number: 1)), start: try time("2027-02-09T12:00"),
                end: try time("2027-02-09T13:00"), theme: "never-forget",
                facilitators: [
                    try email("ana.price@northbrook.example.org"),
                    try email("ben.okafor@northbrook.example.org"),
                ],
                panel: [
                    Panellist(
                        person: try email("cai.jones@northbrook.example.org"),
                        storyTitle: storyTitles[0], notes: privateNotes[0]),
                    Panellist(
                        person: try email("zoe.muller@northbrook.example.org"),
                        storyTitle: storyTitles[1], notes: privateNotes[1]),
                ],
                prepMeeting: PrepMeeting(start: try time("2027-02-02T12:30"), minutes: 45),
                status: .confirmed),
            Round(
                id: try #require(RoundID(number: 2)), start: try time("2027-03-09T12:00"),
                end: try time("2027-03-09T13:00"), theme: "things-go-wrong",
                facilitators: [
                    try email("ben.okafor@northbrook.example.org"),
                    try email("dee.shah@northbrook.example.org"),
                ],
                panel: [Panellist(person: try email("cai.jones@northbrook.example.org"))],
                prepMeeting: PrepMeeting(start: try time("2027-03-02T12:30"), minutes: 45)),
            Round(
                id: try #require(RoundID(number: 3)), start: try time("2027-04-13T12:00"),
                end: try time("2027-04-13T13:00")),
        ]
    }

    static func source(domain: String, teams: Bool = false) throws -> InvitationSource {
        InvitationSource(
            programme: try programme(domain: domain, teams: teams), people: try people(),
            themes: themes, rounds: try rounds())
    }

    static func planner(_ date: Date) -> InvitationPlanner { InvitationPlanner(clock: { date }) }

    /// The text of a file, for `contains` checks.
    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }
}

extension InvitationPlan {
    /// The file called `name`, failing the test when there is none.
    func file(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> InvitationFile
    {
        try #require(files.first { $0.name == name }, sourceLocation: sourceLocation)
    }
}
