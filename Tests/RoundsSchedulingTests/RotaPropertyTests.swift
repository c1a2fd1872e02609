import RoundsCore
import RoundsScheduling
import Testing

/// A random programme built around a hidden valid rota whose load spread is at most 1, so the
/// planner can always staff every Round with spread at most 1.
struct RandomRotaCase {
    var programme: Programme
    var people: [Person]
    var rounds: [RotaRound]
    var leave: [Leave]
    var busy: [BusyInterval]

    init(seed: UInt64, facilitators: ClosedRange<Int> = 6...12, months: ClosedRange<Int> = 12...24)
    {
        var random = SplitMix64(seed: seed)
        let clinicalPairing = Bool.random(using: &random)
        let half = Int.random(
            in: (facilitators.lowerBound / 2)...(facilitators.upperBound / 2), using: &random)
        let count = clinicalPairing ? half * 2 : Int.random(in: facilitators, using: &random)
        let months = Int.random(in: months, using: &random)
        var trained = (0..<count).map { _ in Bool.random(using: &random) }
        let clinical = (0..<count).map { clinicalPairing ? $0 < half : Bool.random(using: &random) }
        let order = (0..<count).shuffled(using: &random)
        let clinicalOrder = (0..<half).shuffled(using: &random)
        let otherOrder = (half..<(2 * half)).shuffled(using: &random)

        var hidden: [[Int]] = []
        for round in 0..<months {
            if clinicalPairing {
                hidden.append([clinicalOrder[round % half], otherOrder[round % half]])
            } else {
                hidden.append([order[(2 * round) % count], order[(2 * round + 1) % count]])
            }
            if !hidden[round].contains(where: { trained[$0] }) { trained[hidden[round][0]] = true }
        }
        let people = (0..<count).map { index in
            Person(
                email: Fixture.email("p\(index)@example.org"), name: "Person \(index)",
                staffGroup: "Staff", isClinical: clinical[index], roles: [.facilitator],
                facilitatorProfile: FacilitatorProfile(
                    training: trained[index] ? .trained : .trainee))
        }
        var rounds: [RotaRound] = []
        for round in 0..<months {
            let month = Fixture.month("2027-01").adding(months: round)
            let day = Int.random(in: 1...28, using: &random)
            let start = LocalDateTime(
                date: month.firstDay.adding(days: day - 1),
                time: LocalTime(minutesSinceMidnight: 12 * 60 + 30))
            var entry = RotaRound(start: start, end: start.adding(minutes: 75))
            if Int.random(in: 0..<10, using: &random) == 0 {
                entry.fixedFacilitators = hidden[round].map { people[$0].email }
            }
            rounds.append(entry)
        }
        var perQuarter: [String: Int] = [:]
        for (round, pair) in hidden.enumerated() {
            for person in pair {
                perQuarter[
                    "\(person)-\(rounds[round].start.year)-\(rounds[round].date.quarter)",
                    default: 0] += 1
            }
        }
        let programme = Fixture.programme(
            perQuarter: (perQuarter.values.max() ?? 1) + Int.random(in: 0...1, using: &random),
            clinicalPairing: clinicalPairing)
        var leave: [Leave] = []
        var busy: [BusyInterval] = []
        for (round, entry) in rounds.enumerated() {
            for person in 0..<count where !hidden[round].contains(person) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0, 1:
                    leave.append(
                        Leave(person: people[person].email, range: DateRange(day: entry.date)))
                case 2:
                    busy.append(
                        BusyInterval(
                            person: people[person].email, start: entry.start.adding(minutes: -30),
                            end: entry.start.adding(minutes: 30)))
                default: break
                }
            }
            // Busy time just after the Round never blocks anyone.
            busy.append(
                BusyInterval(
                    person: people[hidden[round][0]].email, start: entry.end,
                    end: entry.end.adding(minutes: 60)))
        }
        self.people = people
        self.rounds = rounds
        self.programme = programme
        self.leave = leave
        self.busy = busy
    }

    func plan(previous: [[EmailAddress]]? = nil, leave extra: [Leave] = []) -> RotaResult {
        var rounds = self.rounds
        if let previous {
            for index in rounds.indices { rounds[index].previousFacilitators = previous[index] }
        }
        return RotaPlanner().plan(
            rounds: rounds, programme: programme, people: people, leave: leave + extra, busy: busy)
    }

    /// Every hard rule, checked independently of the planner.
    func violations(_ result: RotaResult, leave extra: [Leave] = []) -> [String] {
        var problems: [String] = []
        let byEmail = Dictionary(uniqueKeysWithValues: people.map { ($0.email, $0) })
        var quarterCounts: [String: Int] = [:]
        var openQuarters: Set<String> = []
        for (index, round) in rounds.enumerated() {
            let pair = result.facilitators[index]
            if let fixed = round.fixedFacilitators {
                if Set(pair) != Set(fixed) { problems.append("round \(index): fixed changed") }
            } else if !pair.isEmpty {
                let persons = pair.compactMap { byEmail[$0] }
                if persons.count != 2 || pair[0] == pair[1] {
                    problems.append("round \(index): not two facilitators")
                }
                if !persons.contains(where: \.isTrainedFacilitator) {
                    problems.append("round \(index): nobody trained")
                }
                if programme.requiresClinicalPairing,
                    Set(persons.map(\.isClinical)).count != 2
                {
                    problems.append("round \(index): not a clinical pair")
                }
                for email in pair {
                    if (leave + extra).contains(where: {
                        $0.person == email && $0.range.contains(round.date)
                    }) {
                        problems.append("round \(index): \(email) on leave")
                    }
                    if busy.contains(where: {
                        $0.person == email && $0.overlaps(start: round.start, end: round.end)
                    }) {
                        problems.append("round \(index): \(email) busy")
                    }
                    openQuarters.insert("\(email)-\(round.start.year)-\(round.date.quarter)")
                }
            }
            for email in pair {
                quarterCounts["\(email)-\(round.start.year)-\(round.date.quarter)", default: 0] +=
                    1
            }
        }
        for key in openQuarters
        where quarterCounts[key, default: 0] > programme.maxRoundsPerFacilitatorPerQuarter {
            problems.append("\(key): over the quarterly limit")
        }
        return problems
    }
}

@Suite("Rota properties (seeded random programmes)")
struct RotaPropertyTests {
    static let seeds: [UInt64] = Array(1...100)

    @Test("Hard rules hold, every Round is staffed and the spread is at most 1", arguments: seeds)
    func hardRulesAndSpread(seed: UInt64) {
        let example = RandomRotaCase(seed: seed)
        let result = example.plan()
        #expect(example.violations(result).isEmpty, "\(example.violations(result))")
        #expect(result.unstaffed.isEmpty, "\(result.unstaffed.map(\.explanation))")
        #expect(result.cost.spread <= result.cost.scale, "\(result.cost)")
        let loads = example.people.map { result.loads[$0.email] ?? 0 }
        #expect((loads.max() ?? 0) - (loads.min() ?? 0) <= 1, "\(loads)")
    }

    @Test("A large programme: 60 facilitators, 120 Rounds")
    func largeProgramme() {
        let example = RandomRotaCase(seed: 7, facilitators: 60...60, months: 120...120)
        let result = example.plan()
        #expect(example.violations(result).isEmpty)
        #expect(result.unstaffed.isEmpty)
        #expect(result.cost.spread <= result.cost.scale)
    }

    @Test(
        "The same input gives the same rota, whatever the input order",
        arguments: seeds.prefix(40))
    func determinism(seed: UInt64) {
        let example = RandomRotaCase(seed: seed)
        let first = example.plan()
        var shuffled = example
        var random = SplitMix64(seed: seed ^ 0xABCDEF)
        shuffled.people.shuffle(using: &random)
        shuffled.leave.shuffle(using: &random)
        shuffled.busy.shuffle(using: &random)
        #expect(first == example.plan())
        #expect(first == shuffled.plan())
    }

    /// Adding leave for one facilitator on one Round's date changes that Round and at most
    /// `RotaPlanner.rePlanBound` others.
    @Test("Re-planning after new leave changes few other Rounds", arguments: seeds)
    func minimalChange(seed: UInt64) throws {
        let example = RandomRotaCase(seed: seed)
        let first = example.plan()
        var random = SplitMix64(seed: seed &* 31)
        let open = example.rounds.indices.filter {
            example.rounds[$0].fixedFacilitators == nil && first.facilitators[$0].count == 2
        }
        let target = try #require(open.randomElement(using: &random))
        let absent = try #require(first.facilitators[target].randomElement(using: &random))
        let extra = [Leave(person: absent, range: DateRange(day: example.rounds[target].date))]
        let second = example.plan(previous: first.facilitators, leave: extra)
        #expect(example.violations(second, leave: extra).isEmpty)
        #expect(!second.facilitators[target].contains(absent))
        let changed = example.rounds.indices.filter {
            example.rounds[$0].date != example.rounds[target].date
                && first.facilitators[$0] != second.facilitators[$0]
        }
        #expect(changed.count <= RotaPlanner.rePlanBound, "changed \(changed)")
        // With nothing changed, a re-plan changes nothing.
        #expect(example.plan(previous: first.facilitators) == first)
    }
}
