import RoundsCore
import Testing

/// A small trust: four facilitators, six panellists, a clinical lead and a steering group.
enum FidelityFixture {
    static let secrets = ["The night Mrs K died", "after the inquest", "IVF appointment"]

    static func person(
        _ key: String, _ name: String, _ group: String, clinical: Bool, _ band: String?,
        _ roles: Set<Role>, training: TrainingStatus? = nil
    ) throws -> Person {
        Person(
            email: try email("\(key)@nb.org"), name: name, staffGroup: group,
            isClinical: clinical, seniority: band, roles: roles,
            facilitatorProfile: training.map { FacilitatorProfile(training: $0) })
    }

    static func people() throws -> [Person] {
        [
            try person(
                "ana", "Ana Price", "Nursing", clinical: true, "Band 7", [.facilitator],
                training: .trained),
            try person(
                "ben", "Ben Okafor", "Estates", clinical: false, "Band 5", [.facilitator],
                training: .trainee),
            try person(
                "cai", "Cai Jones", "Medical", clinical: true, "Consultant", [.facilitator],
                training: .accredited),
            try person(
                "dee", "Dee Shah", "Chaplaincy", clinical: false, "Band 6", [.facilitator],
                training: .trainee),
            try person("eve", "Eve Long", "Nursing", clinical: true, "Band 5", [.panellist]),
            try person("fay", "Fay Moss", "Pharmacy", clinical: true, "Band 6", [.panellist]),
            try person("gus", "Gus Hale", "Finance", clinical: false, "Band 6", [.panellist]),
            try person("hal", "Hal Kerr", "nursing ", clinical: true, "band 5", [.panellist]),
            try person("ivy", "Ivy Ng", "Radiography", clinical: true, "Band 7", [.panellist]),
            try person("jo", "Jo Park", "Administration", clinical: false, "Band 4", [.panellist]),
            try person(
                "lee", "Lee Wong", "Medical", clinical: true, "Consultant",
                [.clinicalLead, .steeringGroup]),
            try person("mo", "Mo Reid", "HR", clinical: false, nil, [.steeringGroup]),
        ]
    }

    static func programme() throws -> Programme {
        Programme(
            organisation: "Northbrook", domain: "nb.org", timeZone: "Europe/London",
            holidayRegion: .englandAndWales,
            venues: [Venue(slug: "boardroom", name: "Boardroom", kind: .room)],
            cadence: try Cadence(
                ordinal: 2, weekday: .tuesday, startTime: try LocalTime(parsing: "12:00")),
            blackouts: [
                Blackout(
                    range: try DateRange(
                        start: try date("2027-08-02"), end: try date("2027-08-13")),
                    reason: "Audit fortnight")
            ],
            requiresClinicalPairing: true, organiser: try email("admin@nb.org"))
    }

    static func leave() throws -> [Leave] {
        [
            Leave(
                person: try email("ben@nb.org"),
                range: try DateRange(start: try date("2027-04-05"), end: try date("2027-04-16")),
                note: secrets[2]),
            Leave(person: try email("eve@nb.org"), range: DateRange(day: try date("2027-05-11"))),
        ]
    }

    static func themes() -> [Theme] {
        [
            Theme(slug: "why-i-come", title: "Why I come to work"),
            Theme(slug: "went-wrong", title: "When things go wrong"),
            Theme(slug: "kindness", title: "The small acts of kindness"),
            Theme(
                slug: "goodbye", title: "Missing the chance to say goodbye",
                lastUsed: LocalDate(year: 2026, month: 10, day: 13)),
        ]
    }

    static func checker() throws -> FidelityChecker {
        FidelityChecker(
            programme: try programme(), people: try people(), leave: try leave(),
            themes: themes(),
            namedHolidays: [
                try date("2027-03-29"): "Easter Monday",
                try date("2027-05-31"): "Spring bank holiday",
            ])
    }

    /// A faithful Round on `day` with its prep meeting a week before at noon.
    static func round(
        _ number: Int, _ day: String, facilitators: [String] = ["ana", "ben"],
        panel: [String] = ["eve", "fay", "gus"], theme: String? = "why-i-come",
        status: RoundStatus = .planned
    ) throws -> Round {
        let start = try dateTime("\(day)T12:00")
        return Round(
            id: try roundID(number), start: start, end: RoundFormat.uk.end(for: start),
            venue: "boardroom", theme: theme,
            facilitators: try facilitators.map { try email("\($0)@nb.org") },
            panel: try panel.map {
                Panellist(
                    person: try email("\($0)@nb.org"), storyTitle: secrets[0], notes: secrets[1])
            },
            prepMeeting: PrepMeeting(start: start.adding(minutes: -7 * 1440), minutes: 45),
            status: status)
    }
}
