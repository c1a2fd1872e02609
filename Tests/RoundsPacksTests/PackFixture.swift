import Foundation
import RoundsCore
import Testing

@testable import RoundsPacks

// A sample Round as a facilitator would see it, built from Core values only.

func email(_ text: String) throws -> EmailAddress { try EmailAddress(text) }

func dateTime(_ text: String) throws -> LocalDateTime { try LocalDateTime(parsing: text) }

/// The programme of the sample Round.
func sampleProgramme(format: RoundFormat = .uk) throws -> Programme {
    Programme(
        organisation: "Northbrook Hospitals NHS Foundation Trust", domain: "northbrook.nhs.uk",
        timeZone: "Europe/London", holidayRegion: .englandAndWales,
        venues: [
            Venue(
                slug: "boardroom", name: "Education Centre Boardroom", kind: .room,
                address: "Level 2, Education Centre"),
            Venue(
                slug: "teams", name: "Microsoft Teams", kind: .video,
                videoLink: "https://teams.example.org/l/meetup-join/rounds"),
        ],
        cadence: try Cadence(
            ordinal: 2, weekday: .tuesday, startTime: try LocalTime(parsing: "12:00")),
        format: format, organiser: try email("rounds@northbrook.nhs.uk"))
}

/// The people of the sample Round.
func samplePeople() throws -> [Person] {
    [
        Person(
            email: try email("ana.price@northbrook.nhs.uk"), name: "Ana Price",
            staffGroup: "Nursing", isClinical: true, seniority: "Band 7",
            roles: [.facilitator], facilitatorProfile: FacilitatorProfile(training: .accredited)),
        Person(
            email: try email("tom.okafor@northbrook.nhs.uk"), name: "Tom Okafor",
            staffGroup: "Estates and Facilities", isClinical: false,
            roles: [.facilitator], facilitatorProfile: FacilitatorProfile(training: .trained)),
        Person(
            email: try email("meera.shah@northbrook.nhs.uk"), name: "Dr Meera Shah",
            staffGroup: "Medical", isClinical: true, seniority: "Consultant",
            roles: [.clinicalLead]),
        Person(
            email: try email("li.wong@northbrook.nhs.uk"), name: "Li Wong",
            staffGroup: "Executive team", isClinical: false, seniority: "Director of Operations",
            roles: [.panellist]),
        Person(
            email: try email("sam.reid@northbrook.nhs.uk"), name: "Sam Reid",
            staffGroup: "Medical", isClinical: true, seniority: "Registrar", roles: [.panellist]),
        Person(
            email: try email("grace.obi@northbrook.nhs.uk"), name: "Grace Obi",
            staffGroup: "Administrative and Clerical", isClinical: false,
            seniority: "Band 4", roles: [.panellist]),
    ]
}

/// The sample excerpt: the seed article's quotation.
let sampleExcerpt = Excerpt(
    id: "fitzsimons-2022-executive-hat",
    quotation:
        "Senior leaders described how hard it was to take their executive hat off, even with "
        + "colleagues they trusted.",
    citation: "Fitzsimons. BMJ 2022;378:o1650",
    url: "https://doi.org/10.1136/bmj.o1650",
    note: "Chosen because leaders rarely sit on a panel, and the audience rarely hears them.",
    suggestedPrompts: [
        "When did you last take your own hat off at work, and what did it cost you?",
        "Who looks after the people who look after everyone else?",
    ])

/// The sample theme, seeded from the excerpt, with no prompts of its own.
let sampleTheme = Theme(
    slug: "executive-hat",
    title: "Taking the hat off",
    description:
        "Stories about the person behind the role.\n\nWhat it is like to lead, and to be led, "
        + "on the hardest days.",
    excerptIDs: ["fitzsimons-2022-executive-hat"])

/// The sample Round: a UK Round on 9 March 2027 with a full panel and a prep meeting.
func sampleRound() throws -> Round {
    Round(
        id: try #require(RoundID(number: 42)), start: try dateTime("2027-03-09T12:00"),
        end: try dateTime("2027-03-09T13:00"), venue: "boardroom", theme: "executive-hat",
        facilitators: [
            try email("ana.price@northbrook.nhs.uk"), try email("tom.okafor@northbrook.nhs.uk"),
        ],
        panel: [
            Panellist(
                person: try email("li.wong@northbrook.nhs.uk"),
                storyTitle: "The night the beds ran out",
                notes: "Worried about sounding defensive. Ends on her drive home.\n\n"
                    + "Agreed: no names of the ward or the shift."),
            Panellist(
                person: try email("sam.reid@northbrook.nhs.uk"),
                storyTitle: "Told to toughen up", notes: "Strong story; keep to five minutes."),
            Panellist(person: try email("grace.obi@northbrook.nhs.uk"), storyTitle: nil),
        ],
        prepMeeting: PrepMeeting(start: try dateTime("2027-03-02T12:30"), minutes: 45),
        status: .confirmed)
}

/// The pack input of the sample Round.
func samplePack() throws -> PackInput {
    PackInput(
        programme: try sampleProgramme(), round: try sampleRound(), people: try samplePeople(),
        themes: [sampleTheme], excerpts: [sampleExcerpt])
}

/// A locator that uses only the repository's Templates folder.
func sourceTreeLocator(overrides: [URL] = []) -> TemplateLocator {
    TemplateLocator(overrides: overrides, builtInCandidates: [TemplateLocator.sourceTreeFolder])
}
