import RoundsCore
import RoundsScheduling
import Testing

@Suite("Planning a year in one call")
struct SchedulePlannerTests {
    let people = [
        RotaPlannerTests.person("Ana Lopez", clinical: true),
        RotaPlannerTests.person("Ben Okafor", trained: false, clinical: false),
        RotaPlannerTests.person("Cai Jones", clinical: false),
        RotaPlannerTests.person("Dee Roy", trained: false, clinical: true),
        RotaPlannerTests.person("Eve Sun", clinical: true),
        RotaPlannerTests.person("Fay Ito", clinical: false),
    ]
    let themes = ["never-forget", "things-go-wrong", "why-i-come", "small-acts", "human-too"]
        .map { Theme(slug: $0, title: $0) }
    let programme: Programme = {
        var programme = Fixture.programme(perQuarter: 2, clinicalPairing: true)
        programme.themeRepeatGapMonths = 5
        return programme
    }()

    func firstYear() throws -> PlanResult {
        try SchedulePlanner(expander: ArithmeticCadenceExpander()).plan(
            programme: programme, people: people, themes: themes, from: Fixture.month("2027-01"),
            months: 12)
    }

    @Test("A year: dates, two facilitators each, themes, preparation meetings, all new")
    func year() throws {
        let result = try firstYear()
        #expect(
            result.rounds.map(\.date.description) == [
                "2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11",
                "2027-06-08", "2027-07-13", "2027-08-10", "2027-09-14", "2027-10-12",
                "2027-11-09", "2027-12-14",
            ])
        #expect(result.rounds.map(\.id.description).first == "R-0001")
        #expect(result.ids.highestIssued == 12)
        #expect(result.rounds.allSatisfy { $0.facilitators.count == 2 })
        #expect(result.rounds.allSatisfy { $0.theme != nil })
        #expect(result.themeNotices.isEmpty)
        #expect(result.rounds.first?.prepMeeting?.start.description == "2027-01-05T12:30")
        #expect(result.rotaCost.spread == 0)
        #expect(Set(result.loads.values) == [4])
        #expect(result.changes.count == 12 && result.changes.allSatisfy { $0.kind == .added })
        #expect(result.unstaffed.isEmpty && result.dateNotices.isEmpty)
    }

    @Test("Re-planning with nothing changed changes nothing")
    func stable() throws {
        let first = try firstYear()
        let again = try SchedulePlanner(expander: ArithmeticCadenceExpander()).plan(
            programme: programme, people: people, themes: themes, existingRounds: first.rounds,
            from: Fixture.month("2027-01"), months: 12, ids: first.ids)
        #expect(again.rounds == first.rounds)
        #expect(again.changes.isEmpty)
        #expect(again.ids == first.ids)
    }

    @Test("New leave changes that Round and few others; confirmed Rounds stay as they are")
    func illness() throws {
        let first = try firstYear()
        var existing = first.rounds
        existing[1].status = .confirmed
        let august = try #require(existing.firstIndex { $0.date.month == 8 })
        let absent = existing[august].facilitators[0]
        let confirmedPerson = existing[1].facilitators[0]
        let leave = [
            Leave(person: absent, range: DateRange(day: existing[august].date), note: "surgery"),
            Leave(person: confirmedPerson, range: DateRange(day: existing[1].date)),
        ]
        let result = try SchedulePlanner(expander: ArithmeticCadenceExpander()).plan(
            programme: programme, people: people, leave: leave, themes: themes,
            existingRounds: existing, from: Fixture.month("2027-01"), months: 12, ids: first.ids)
        #expect(result.rounds[1] == existing[1])
        #expect(!result.rounds[august].facilitators.contains(absent))
        let changed = Set(result.changes.map(\.round))
        #expect(changed.contains(existing[august].id))
        #expect(changed.count <= 1 + RotaPlanner.rePlanBound)
        #expect(result.changes.allSatisfy { $0.kind == .facilitatorsChanged })
        let name = try #require(people.first { $0.email == confirmedPerson }?.name)
        #expect(
            result.warnings == [
                "9 Feb 2027: \(name) on leave, but the Round's facilitators are fixed; change "
                    + "them with `rounds assign`."
            ])
        let message = try #require(result.changes.first { $0.round == existing[august].id })
        #expect(message.message.hasPrefix("R-0008 (10 Aug 2027): facilitators "))
        #expect(!result.changes.contains { $0.message.contains("surgery") })
    }

    @Test("A new blackout removes an open Round and says so")
    func blackoutRemoves() throws {
        let first = try firstYear()
        var blacked = programme
        blacked.lostDatePolicy = .skipMonth
        blacked.blackouts = [
            Blackout(range: DateRange(day: Fixture.date("2027-03-09")), reason: "Ward move")
        ]
        let result = try SchedulePlanner(expander: ArithmeticCadenceExpander()).plan(
            programme: blacked, people: people, themes: themes, existingRounds: first.rounds,
            from: Fixture.month("2027-01"), months: 12, ids: first.ids)
        #expect(result.removedRounds.map(\.description) == ["R-0003"])
        #expect(
            result.changes.first { $0.kind == .removed }?.message
                == "R-0003 (Tue 9 Mar 2027) no longer has a date in the plan.")
        #expect(
            result.dateNotices.map(\.message) == [
                "Tue 9 Mar 2027 is blacked out (Ward move); the programme skips such months, so "
                    + "there is no Round in March 2027."
            ])
    }

    @Test("A new blackout moves an open Round a week, with its preparation meeting")
    func blackoutMoves() throws {
        let first = try firstYear()
        var blacked = programme
        blacked.blackouts = [
            Blackout(range: DateRange(day: Fixture.date("2027-03-09")), reason: "Ward move")
        ]
        let result = try SchedulePlanner(expander: ArithmeticCadenceExpander()).plan(
            programme: blacked, people: people, themes: themes, existingRounds: first.rounds,
            from: Fixture.month("2027-01"), months: 12, ids: first.ids)
        let third = try #require(result.rounds.first { $0.id == Fixture.roundID(3) })
        #expect(third.date.description == "2027-03-16")
        #expect(
            result.changes.filter { $0.round == third.id }.map(\.message) == [
                "R-0003 moved from Tue 9 Mar 2027 12:30 to Tue 16 Mar 2027 12:30.",
                "R-0003 (16 Mar 2027): preparation meeting now Tue 9 Mar 2027 12:30.",
            ])
    }

    @Test("A person listed twice is never paired with themselves")
    func duplicatePerson() {
        let ana = RotaPlannerTests.person("Ana Lopez")
        let result = RotaPlanner().plan(
            rounds: [RotaPlannerTests.round("2027-01-12T12:30")], programme: programme,
            people: [ana, ana])
        #expect(result.facilitators == [[]])
        #expect(
            result.unstaffed.first?.explanation
                == "12 Jan 2027: Ana Lopez is the only facilitator free")
    }
}
