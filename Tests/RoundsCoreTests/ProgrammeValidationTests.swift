import RoundsCore
import Testing

@Suite struct ProgrammeValidationTests {
    static func valid() throws -> Programme {
        Programme(
            organisation: "Northbrook", domain: "northbrook.nhs.uk", timeZone: "Europe/London",
            holidayRegion: .scotland,
            venues: [
                Venue(slug: "boardroom", name: "Boardroom", kind: .room),
                Venue(
                    slug: "teams", name: "Teams", kind: .video,
                    videoLink: "https://teams.example/x"),
            ],
            defaultVenue: "teams",
            cadence: try Cadence(
                ordinal: -1, weekday: .thursday, startTime: try LocalTime(parsing: "12:30")),
            organiser: try email("admin@northbrook.nhs.uk"))
    }

    @Test func aSoundProgrammePasses() throws {
        let programme = try Self.valid()
        try programme.validate()
        #expect(programme.defaultVenueRecord?.slug == "teams")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let change: @Sendable (inout Programme) -> Void
        let message: String
    }

    static let cases: [Case] = [
        Case(
            testDescription: "no organisation", change: { $0.organisation = " " },
            message: "The programme has no organisation name. Add it to the programme."),
        Case(
            testDescription: "no time zone", change: { $0.timeZone = "" },
            message: "The programme has no time zone. Add it to the programme."),
        Case(
            testDescription: "a bare host name", change: { $0.domain = "northbrook" },
            message: "northbrook is not an internet domain. Give the organisation's domain, "
                + "such as northbrook.nhs.uk; calendar entries are named after it."),
        Case(
            testDescription: "a venue key with spaces",
            change: { $0.venues[0].slug = "Board Room" },
            message: "The venue key Board Room is not valid. Use lower-case letters, digits and "
                + "single hyphens, such as board-room."),
        Case(
            testDescription: "an empty venue key", change: { $0.venues[0].slug = "" },
            message: "A venue has an empty key. Use lower-case letters, digits and single "
                + "hyphens, such as main-hall."),
        Case(
            testDescription: "the same venue twice", change: { $0.venues[1].slug = "boardroom" },
            message: "The programme lists the venue boardroom twice. Give each venue its own key."
        ),
        Case(
            testDescription: "a video venue without a link",
            change: { $0.venues[1].videoLink = nil },
            message: "The venue teams is a video call but has no link. Add its joining link."),
        Case(
            testDescription: "an unknown default venue", change: { $0.defaultVenue = "hall" },
            message: "The default venue hall is not one of the programme's venues. Name one of "
                + "them, or leave the default out to use the first."),
        Case(
            testDescription: "a negative lead time", change: { $0.prepLeadDays = -1 },
            message: "The programme's preparation lead time in days is -1. Give 0 or more."),
        Case(
            testDescription: "a zero-minute prep meeting", change: { $0.prepMinutes = 0 },
            message: "The programme's preparation meeting length in minutes is 0. Give 1 or more."
        ),
        Case(
            testDescription: "a format that overruns",
            change: { $0.format.discussionMinutes = 60 },
            message: "The format's segments take 78 minutes from the welcome on, longer than its "
                + "60-minute length. Shorten them or lengthen the Round; arrival and food come "
                + "before the start and do not count."),
    ]

    @Test(arguments: cases)
    func refuses(rule: Case) throws {
        var programme = try Self.valid()
        rule.change(&programme)
        #expect(coreError { try programme.validate() }?.description == rule.message)
    }
}

@Suite struct SlugAndRangeTests {
    @Test(arguments: [
        ("A patient I'll never forget", "a-patient-ill-never-forget"),
        ("  When things go wrong!  ", "when-things-go-wrong"),
        ("Caught between the patient & their family", "caught-between-the-patient-their-family"),
        ("I\u{2019}m human too", "im-human-too"),
        ("2027: Café", "2027-caf"),
        ("!!!", ""),
    ])
    func makesSlugsFromTitles(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
        #expect(slug.isEmpty || Slug.isValid(slug))
    }

    @Test(arguments: ["Boardroom", "-x", "x-", "a--b", "", "café"])
    func refusesBadSlugs(text: String) {
        #expect(!Slug.isValid(text))
    }

    @Test func parsesRanges() throws {
        #expect(try DateRange(parsing: "2027-08-02").dayCount == 1)
        let range = try DateRange(parsing: " 2027-08-02..2027-08-13 ")
        #expect(range.description == "2027-08-02..2027-08-13")
        #expect(range.displayText == "2 Aug 2027 to 13 Aug 2027")
        let message =
            "2027-08-32 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
        #expect(
            coreError { _ = try DateRange(parsing: "2027-08-02..2027-08-32") }?.description
                == message)
        #expect(
            coreError { _ = try DateRange(parsing: "2027-08-13..2027-08-02") }
                == .invalidDateRange(start: try date("2027-08-13"), end: try date("2027-08-02")))
    }

    @Test func themesKnowWhenTheyWereLastUsed() throws {
        let theme = Theme(
            slug: "kindness", title: "The small acts of kindness",
            lastUsed: try date("2026-05-12"))
        let rounds = [
            try FidelityFixture.round(1, "2027-01-12", theme: "kindness"),
            try FidelityFixture.round(2, "2027-04-13", theme: "kindness", status: .cancelled),
            try FidelityFixture.round(3, "2027-02-09", theme: "other"),
        ]
        #expect(theme.lastUse(among: rounds) == (try date("2027-01-12")))
        #expect(theme.lastUse(among: []) == (try date("2026-05-12")))
        #expect(Theme(slug: "new", title: "New").lastUse(among: rounds) == nil)
    }
}

@Suite struct VideoLinkTests {
    @Test(arguments: [
        "https://teams.example/l/meetup-join/1", "HTTPS://zoom.example/j/1",
        "http://meet.example/abc",
    ])
    func webAddressesAreVideoLinks(link: String) {
        #expect(Venue.videoLinkProblem(link) == nil)
    }

    @Test(arguments: [
        "Teams meeting", "teams.example/l/1", "mailto:room@example.org", "", "https://",
    ])
    func otherTextIsRefusedNamingIt(link: String) throws {
        let problem = try #require(Venue.videoLinkProblem(link))
        #expect(problem == "\(link) is not a web link. Give the full https:// address.")
    }
}
