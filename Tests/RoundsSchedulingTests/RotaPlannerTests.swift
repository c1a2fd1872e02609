import Foundation
import RoundsCore
import RoundsScheduling
import Testing

@Suite("Rota planner")
struct RotaPlannerTests {
    static func person(
        _ name: String, trained: Bool = true, clinical: Bool = true
    ) -> Person {
        let local = name.lowercased().replacingOccurrences(of: " ", with: ".")
        return Person(
            email: Fixture.email("\(local)@example.org"), name: name, staffGroup: "Staff",
            isClinical: clinical, roles: [.facilitator],
            facilitatorProfile: FacilitatorProfile(training: trained ? .trained : .trainee))
    }

    static func round(_ start: String, minutes: Int = 75) -> RotaRound {
        let begin = Fixture.dateTime(start)
        return RotaRound(start: begin, end: begin.adding(minutes: minutes))
    }

    @Test("An unstaffed Round explains each facilitator by name, without leave notes")
    func unstaffedExplanation() throws {
        let ana = Self.person("Ana Lopez")
        let ben = Self.person("Ben Okafor")
        let cai = Self.person("Cai Jones")
        let dee = Self.person("Dee Roy")
        let ids = (1...2).map(Fixture.roundID)
        let history = [
            Round(
                id: ids[0], start: Fixture.dateTime("2027-07-06T12:30"),
                end: Fixture.dateTime("2027-07-06T13:45"), facilitators: [cai.email, dee.email],
                status: .held),
            Round(
                id: ids[1], start: Fixture.dateTime("2027-07-20T12:30"),
                end: Fixture.dateTime("2027-07-20T13:45"), facilitators: [cai.email, ana.email],
                status: .held),
        ]
        let result = RotaPlanner().plan(
            rounds: [Self.round("2027-08-10T12:30")], programme: Fixture.programme(),
            people: [dee, cai, ben, ana],
            leave: [
                Leave(
                    person: ana.email, range: DateRange(day: Fixture.date("2027-08-10")),
                    note: "hospital appointment")
            ],
            busy: [
                BusyInterval(
                    person: ben.email, start: Fixture.dateTime("2027-08-10T12:00"),
                    end: Fixture.dateTime("2027-08-10T13:00"))
            ],
            history: history)
        #expect(result.facilitators == [[]])
        #expect(
            result.unstaffed.map(\.explanation) == [
                "10 Aug 2027: Ana Lopez on leave; Ben Okafor busy 12:00-13:00; Cai Jones already "
                    + "has 2 Rounds this quarter; Dee Roy is the only facilitator free"
            ])
        #expect(
            result.unstaffed.first?.reasons.map(\.name) == ["Ana Lopez", "Ben Okafor", "Cai Jones"])
    }

    @Test("Trainees only with a trained partner; clinical pairs mixed when asked")
    func trainingAndPairing() throws {
        let people = [
            Self.person("Ann Trainee", trained: false, clinical: true),
            Self.person("Bob Trainee", trained: false, clinical: false),
            Self.person("Cat Trained", trained: true, clinical: true),
        ]
        let programme = Fixture.programme(perQuarter: 3, clinicalPairing: true)
        let rounds = ["2027-01-12T12:30", "2027-02-09T12:30", "2027-03-09T12:30"].map {
            Self.round($0)
        }
        let result = RotaPlanner().plan(rounds: rounds, programme: programme, people: people)
        let cat = people[2].email
        let bob = people[1].email
        for pair in result.facilitators {
            #expect(Set(pair) == [cat, bob])
        }
        let none = RotaPlanner().plan(
            rounds: rounds, programme: programme, people: Array(people.prefix(2)))
        #expect(
            none.unstaffed.first?.explanation
                == "12 Jan 2027: Ann Trainee and Bob Trainee are free but none is trained")
    }

    @Test("Fixed Rounds keep their facilitators and warn about a clash")
    func fixedRounds() throws {
        let people = ["Ann A", "Bob B", "Cat C", "Dan D"].map { Self.person($0) }
        var fixed = Self.round("2027-01-12T12:30")
        fixed.fixedFacilitators = [people[0].email, people[1].email]
        let result = RotaPlanner().plan(
            rounds: [fixed, Self.round("2027-02-09T12:30")], programme: Fixture.programme(),
            people: people,
            leave: [Leave(person: people[0].email, range: DateRange(day: fixed.date))])
        #expect(result.facilitators[0] == [people[0].email, people[1].email])
        #expect(Set(result.facilitators[1]) == [people[2].email, people[3].email])
        #expect(
            result.warnings == [
                "12 Jan 2027: Ann A on leave, but the Round's facilitators are fixed; change "
                    + "them with `rounds assign`."
            ])
    }

    @Test("Busy time outside the Round does not block")
    func busyOutsideRound() {
        let people = ["Ann A", "Bob B"].map { Self.person($0) }
        let busy = BusyInterval(
            person: people[0].email, start: Fixture.dateTime("2027-01-12T13:45"),
            end: Fixture.dateTime("2027-01-12T15:00"))
        let result = RotaPlanner().plan(
            rounds: [Self.round("2027-01-12T12:30")], programme: Fixture.programme(),
            people: people, busy: [busy])
        #expect(result.facilitators[0].count == 2)
    }

    @Test("No facilitators, and busy time over several days, are explained")
    func otherExplanations() {
        let nobody = RotaPlanner().plan(
            rounds: [Self.round("2027-01-12T12:30")], programme: Fixture.programme(), people: [])
        #expect(
            nobody.unstaffed.map(\.explanation) == [
                "12 Jan 2027: the programme has no facilitators"
            ])
        let people = ["Ann Lee", "Bob Cole"].map { Self.person($0) }
        let busy = BusyInterval(
            person: people[0].email, start: Fixture.dateTime("2027-01-11T09:00"),
            end: Fixture.dateTime("2027-01-13T17:00"))
        let result = RotaPlanner().plan(
            rounds: [Self.round("2027-01-12T12:30")], programme: Fixture.programme(),
            people: people, busy: [busy])
        #expect(
            result.unstaffed.map(\.explanation) == [
                "12 Jan 2027: Ann Lee busy 11 Jan 2027 09:00 to 13 Jan 2027 17:00; Bob Cole is "
                    + "the only facilitator free"
            ])
    }
}
