import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

@Suite struct ProgrammeDataEditTests {
    /// The sample programme, loaded through a fresh store.
    static func sample() throws -> ProgrammeData {
        let scratch = try Scratch()
        let store = try scratch.store()
        _ = try store.importProgramme(at: Samples.programme, name: "programme.yaml")
        return try store.load()
    }

    static let ana = "ana.price@northbrook-hospitals.example"
    static let ian = "ian.kowalski@northbrook-hospitals.example"

    static let refusals: [(String, @Sendable (inout ProgrammeData) throws -> Void, String)] = [
        (
            "remove a person on a Round", { try $0.removePerson(EmailAddress(ana)) },
            "ana.price@northbrook-hospitals.example is on Round R-0001. Take them off first; "
                + "nothing was changed."
        ),
        (
            "remove the organiser", { try $0.removePerson(EmailAddress(ian)) },
            "ian.kowalski@northbrook-hospitals.example sends the invitations (the programme's "
                + "organiser). Name another organiser in the programme file first; nothing was "
                + "changed."
        ),
        (
            "add someone twice",
            { data in
                try data.addPerson(
                    Person(
                        email: EmailAddress(ana), name: "Ana", staffGroup: "Nursing",
                        isClinical: true))
            },
            "ana.price@northbrook-hospitals.example is already in the programme. Change them "
                + "with `rounds people edit ana.price@northbrook-hospitals.example`."
        ),
        (
            "a facilitator without training",
            { data in
                try data.addPerson(
                    Person(
                        email: EmailAddress("new@x.example"), name: "New", staffGroup: "Nursing",
                        isClinical: true, roles: [.facilitator]))
            },
            "new@x.example is a facilitator, so give their training with --training (trainee, "
                + "trained or accredited)."
        ),
        (
            "leave twice",
            { data in
                try data.addLeave(
                    Leave(
                        person: EmailAddress(ana),
                        range: DateRange(
                            start: LocalDate(parsing: "2027-03-01"),
                            end: LocalDate(parsing: "2027-03-12"))))
            },
            "ana.price@northbrook-hospitals.example already has leave on 1 Mar 2027 to "
                + "12 Mar 2027."
        ),
        (
            "a theme twice",
            { try $0.addTheme(Theme(slug: "im-human-too", title: "I'm human too")) },
            "There is already a theme im-human-too. Change it with `rounds themes edit "
                + "im-human-too`, or choose another --slug."
        ),
        (
            "a theme with an unknown excerpt",
            { try $0.addTheme(Theme(slug: "new", title: "New", excerptIDs: ["nope"])) },
            "There is no excerpt nope. Excerpts come from the programme file for now."
        ),
        (
            "remove the default venue",
            { data in
                data.rounds.removeAll { $0.venue == "lecture-theatre" }
                try data.removeVenue("lecture-theatre")
            },
            "Venue lecture-theatre is the programme's default venue. Make another venue the "
                + "default first (`rounds venues edit OTHER --default`)."
        ),
        (
            "remove a venue in use", { try $0.removeVenue("teams") },
            "Venue teams is used by R-0002. Move that Round first; nothing was changed."
        ),
        (
            "edit a missing venue", { _ = try $0.existingVenue("garden") },
            "There is no venue garden. See `rounds venues list`."
        ),
        (
            "a venue twice",
            {
                try $0.addVenue(
                    Venue(slug: "teams", name: "Teams", kind: .video, videoLink: "https://t"))
            },
            "There is already a venue teams. Change it with `rounds venues edit teams`."
        ),
    ]

    @Test(arguments: refusals)
    func refusalsAreExplained(
        _ name: String, _ edit: @Sendable (inout ProgrammeData) throws -> Void, _ message: String
    ) throws {
        var data = try Self.sample()
        let error = #expect(throws: ProgrammeEditError.self, "\(name)") { try edit(&data) }
        #expect(error?.description == message, "\(name)")
    }

    @Test func venuesNeedAProgramme() {
        var data = ProgrammeData()
        let error = #expect(throws: ProgrammeEditError.self) {
            try data.addVenue(Venue(slug: "room", name: "Room", kind: .room, address: "Here"))
        }
        #expect(
            error?.description
                == "The store has no programme settings yet. Import a programme file first: "
                + "`rounds import programme.yaml`.")
    }

    @Test func removingAPersonTakesTheirLeaveWithThem() throws {
        var data = try Self.sample()
        let cai = try EmailAddress("cai.morgan@northbrook-hospitals.example")
        data.rounds.removeAll { $0.participants.contains(cai) }
        try data.removePerson(cai)
        #expect(data.person(cai) == nil)
        #expect(!data.leave.contains { $0.person == cai })
        #expect(data.brokenReference() == nil)
    }
}
