import RoundsCore

/// The rota problem in index form: people and Rounds numbered, availability precomputed.
struct RotaModel {
    struct Slot {
        let start: LocalDateTime
        let end: LocalDateTime
        let monthIndex: Int
        let quarter: Int
        /// Index into the caller's `rounds`, or nil for a history Round.
        let inputIndex: Int?
        /// Fixed facilitators (indices of known facilitators), or nil when open.
        let fixed: [Int]?
        let previous: Set<Int>
        /// Previous facilitators who are no longer facilitators: always a change.
        let previousGone: Int
        /// True for the window's Rounds and for earlier Rounds within the fairness horizon.
        let countsForLoad: Bool
        /// True for the window's Rounds and every earlier Round: the tie-break on the whole
        /// known history.
        let countsForLifetime: Bool
        var isOpen: Bool { fixed == nil }
    }

    let people: [Person]
    let trained: [Bool]
    let clinical: [Bool]
    let slots: [Slot]
    /// available[slot][person]
    let available: [[Bool]]
    let blockers: [[UnavailabilityReason?]]
    let quarterCount: Int
    let maxPerQuarter: Int
    let clinicalPairing: Bool
    let eligible: [Bool]
    let eligibleIndices: [Int]
    let openSlots: [Int]
    let inputCount: Int
    let inputIDs: [RoundID?]
    /// Months of the fairness span (horizon and window) each person could facilitate: the
    /// weight of their fair share.
    let weight: [Int]
    /// The sum of `weight` over eligible people: deviations are scaled by it to stay whole.
    let shareScale: Int
    /// Places in the span once every open Round is staffed, for ordering choices by share.
    let expectedPlaces: Int
    /// The months whose Rounds count towards loads: the horizon before the window, and the
    /// window.
    let span: ClosedRange<YearMonth>
    /// Months each person could facilitate from the first known Round to the window's end.
    let lifetimeWeight: [Int]
    /// The sum of `lifetimeWeight` over eligible people.
    let lifetimeScale: Int

    init(
        rounds: [RotaRound], programme: Programme, people allPeople: [Person], leave: [Leave],
        busy: [BusyInterval], history: [Round], window: ClosedRange<YearMonth>? = nil
    ) {
        // One entry per address: a person listed twice must not be paired with themselves.
        var seen: Set<EmailAddress> = []
        let people = allPeople.filter(\.isFacilitator).sorted { $0.email < $1.email }
            .filter { seen.insert($0.email).inserted }
        self.people = people
        trained = people.map(\.isTrainedFacilitator)
        clinical = people.map(\.isClinical)
        maxPerQuarter = programme.maxRoundsPerFacilitatorPerQuarter
        clinicalPairing = programme.requiresClinicalPairing
        inputCount = rounds.count
        inputIDs = rounds.map(\.id)
        let index = Dictionary(
            people.enumerated().map { ($0.element.email, $0.offset) }
        ) { first, _ in first }
        func indices(_ emails: [EmailAddress]) -> [Int] {
            Array(Set(emails.compactMap { index[$0] })).sorted()
        }

        struct Raw {
            let start: LocalDateTime
            let end: LocalDateTime
            let inputIndex: Int?
            let fixed: [EmailAddress]?
            let previous: [EmailAddress]
        }
        var raws: [Raw] = history.filter { $0.status != .cancelled }.map {
            Raw(start: $0.start, end: $0.end, inputIndex: nil, fixed: $0.facilitators, previous: [])
        }
        for (offset, round) in rounds.enumerated() {
            raws.append(
                Raw(
                    start: round.start, end: round.end, inputIndex: offset,
                    fixed: round.fixedFacilitators, previous: round.previousFacilitators))
        }
        raws.sort { ($0.start, $0.inputIndex ?? -1) < ($1.start, $1.inputIndex ?? -1) }
        let inputMonths = rounds.map { YearMonth($0.date) }
        let fallbackMonth = YearMonth(raws.first?.start.date ?? LocalDate(dayNumber: 0))
        let window =
            window
            ?? ((inputMonths.min() ?? fallbackMonth)...(inputMonths.max() ?? fallbackMonth))
        let horizonStart = window.lowerBound.adding(
            months: -max(0, programme.fairnessHorizonMonths))
        let fairnessSpan = horizonStart...window.upperBound
        span = fairnessSpan
        let quarterKeys = Array(Set(raws.map { $0.start.year * 4 + $0.start.date.quarter }))
            .sorted()
        let quarterIndex = Dictionary(
            quarterKeys.enumerated().map { ($0.element, $0.offset) }
        ) { first, _ in first }
        quarterCount = quarterKeys.count
        let slotList = raws.map { raw in
            Slot(
                start: raw.start, end: raw.end, monthIndex: raw.start.date.monthIndex,
                quarter: quarterIndex[raw.start.year * 4 + raw.start.date.quarter] ?? 0,
                inputIndex: raw.inputIndex, fixed: raw.fixed.map(indices),
                previous: Set(indices(raw.previous)),
                previousGone: Set(raw.previous).filter { index[$0] == nil }.count,
                countsForLoad: raw.inputIndex != nil
                    || (YearMonth(raw.start.date) >= horizonStart
                        && YearMonth(raw.start.date) < window.lowerBound),
                countsForLifetime: raw.inputIndex != nil
                    || YearMonth(raw.start.date) < window.lowerBound)
        }
        slots = slotList
        let open = slotList.indices.filter { slotList[$0].isOpen }
        openSlots = open

        let leaveByPerson = Dictionary(grouping: leave, by: \.person)
        let busyByPerson = Dictionary(grouping: busy, by: \.person)
        var blockers: [[UnavailabilityReason?]] = []
        for slot in slotList {
            blockers.append(
                people.map { person in
                    if (leaveByPerson[person.email] ?? []).contains(where: {
                        $0.range.contains(slot.start.date)
                            || $0.range.contains(slot.end.date)
                    }) {
                        return .onLeave
                    }
                    let clash = (busyByPerson[person.email] ?? [])
                        .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                        .first { $0.overlaps(start: slot.start, end: slot.end) }
                    return clash.map { .busy($0) }
                })
        }
        self.blockers = blockers
        let available = blockers.map { $0.map { $0 == nil } }
        self.available = available
        let eligible = people.indices.map { person in open.contains { available[$0][person] } }
        self.eligible = eligible
        let eligibleIndices = people.indices.filter { eligible[$0] }
        self.eligibleIndices = eligibleIndices

        var firstRound: [Int: LocalDate] = [:]
        for slot in slotList {
            for person in slot.fixed ?? [] where firstRound[person] == nil {
                firstRound[person] = slot.start.date
            }
        }
        func weights(_ months: ClosedRange<YearMonth>) -> [Int] {
            let weight = people.indices.map { person in
                FairShareRule.availableMonths(
                    person: people[person], leave: leaveByPerson[people[person].email] ?? [],
                    span: months, firstRound: firstRound[person])
            }
            // Nobody counted was ever available: share equally rather than divide by zero.
            return eligibleIndices.allSatisfy({ weight[$0] == 0 })
                ? Array(repeating: 1, count: people.count) : weight
        }
        let weight = weights(fairnessSpan)
        self.weight = weight
        shareScale = eligibleIndices.reduce(0) { $0 + weight[$1] }
        let earliest =
            slotList.filter(\.countsForLifetime).map { YearMonth($0.start.date) }
            .min().map { min($0, horizonStart) } ?? horizonStart
        let lifetimeWeight = weights(earliest...window.upperBound)
        self.lifetimeWeight = lifetimeWeight
        lifetimeScale = eligibleIndices.reduce(0) { $0 + lifetimeWeight[$1] }
        var fixedPlaces = 0
        for slot in slotList where slot.countsForLoad {
            fixedPlaces += (slot.fixed ?? []).filter { eligible[$0] }.count
        }
        expectedPlaces = fixedPlaces + 2 * open.count
    }

    /// True when `pair` may facilitate `slot`, apart from the quarterly limit.
    func pairAllowed(_ slot: Int, _ a: Int, _ b: Int) -> Bool {
        a != b && available[slot][a] && available[slot][b] && (trained[a] || trained[b])
            && (!clinicalPairing || clinical[a] != clinical[b])
    }
}

/// A full assignment: facilitator indices per slot, plus running counts.
struct RotaState {
    var pairs: [[Int]]
    /// counts[person][quarter]: Rounds of every kind in that quarter.
    var quarterCounts: [[Int]]
    /// openCounts[person][quarter]: Rounds the planner chose in that quarter.
    var openCounts: [[Int]]
}

extension RotaModel {
    func initialState() -> RotaState {
        var state = RotaState(
            pairs: slots.map { $0.fixed ?? [] },
            quarterCounts: Array(
                repeating: Array(repeating: 0, count: quarterCount), count: people.count),
            openCounts: Array(
                repeating: Array(repeating: 0, count: quarterCount), count: people.count))
        for (slot, pair) in state.pairs.enumerated() {
            for person in pair { state.quarterCounts[person][slots[slot].quarter] += 1 }
        }
        return state
    }

    func set(_ state: inout RotaState, _ slot: Int, _ pair: [Int]) {
        let quarter = slots[slot].quarter
        for person in state.pairs[slot] {
            state.quarterCounts[person][quarter] -= 1
            state.openCounts[person][quarter] -= 1
        }
        state.pairs[slot] = pair.sorted()
        for person in pair {
            state.quarterCounts[person][quarter] += 1
            state.openCounts[person][quarter] += 1
        }
    }

    /// True when every person the planner placed is within the quarterly limit.
    func withinQuarterLimits(_ state: RotaState, people touched: [Int]) -> Bool {
        for person in touched {
            for quarter in 0..<quarterCount
            where state.openCounts[person][quarter] > 0
                && state.quarterCounts[person][quarter] > maxPerQuarter
            {
                return false
            }
        }
        return true
    }

    func loads(_ state: RotaState) -> [Int] {
        var loads = Array(repeating: 0, count: people.count)
        for (slot, pair) in state.pairs.enumerated() where slots[slot].countsForLoad {
            for person in pair { loads[person] += 1 }
        }
        return loads
    }

    func cost(_ state: RotaState) -> RotaCost {
        var unstaffed = 0
        var changes = 0
        for slot in openSlots {
            let pair = state.pairs[slot]
            if pair.count < 2 { unstaffed += 1 }
            let info = slots[slot]
            var kept = 0
            for person in pair where info.previous.contains(person) { kept += 1 }
            changes += info.previous.count - kept + info.previousGone
            if !info.previous.isEmpty || info.previousGone > 0 { changes += pair.count - kept }
        }
        let deviations = deviations(loads(state))
        let lifetime = lifetimeDeviations(state)
        var highest = Int.min
        var lowest = Int.max
        var sumOfSquares = 0
        var lifetimeSquares = 0
        for person in eligibleIndices {
            let deviation = deviations[person]
            highest = max(highest, deviation)
            lowest = min(lowest, deviation)
            sumOfSquares += deviation * deviation
            lifetimeSquares += lifetime[person] * lifetime[person]
        }
        let spread = eligibleIndices.isEmpty ? 0 : highest - lowest
        var repeats = 0
        var previousPair: [Int] = []
        // Slots are in date order, so each person's months arrive in order.
        var lastMonth = Array(repeating: Int.min, count: people.count)
        for (slot, pair) in state.pairs.enumerated() where pair.count >= 2 {
            if pair == previousPair { repeats += 1 }
            previousPair = pair
            let month = slots[slot].monthIndex
            for person in pair where lastMonth[person] != month {
                if lastMonth[person] == month - 1 { repeats += 1 }
                lastMonth[person] = month
            }
        }
        return RotaCost(
            unstaffed: unstaffed, excessSpread: max(0, spread - shareScale), changes: changes,
            spread: spread, repeats: repeats, sumOfSquares: sumOfSquares,
            lifetimeSquares: lifetimeSquares, scale: shareScale)
    }

    /// Each person's load minus their fair share, times `shareScale` so that it is whole:
    /// `shareScale x load - places x weight`, where `places` is the eligible people's loads
    /// together. Zero for people who are not eligible.
    func deviations(_ loads: [Int]) -> [Int] {
        var places = 0
        for person in eligibleIndices { places += loads[person] }
        return deviations(loads, places: places)
    }

    /// Deviations from the shares of `places` places.
    func deviations(_ loads: [Int], places: Int) -> [Int] {
        var result = Array(repeating: 0, count: people.count)
        for person in eligibleIndices {
            result[person] = shareScale * loads[person] - places * weight[person]
        }
        return result
    }

    /// Deviations as they would be with every open Round staffed: construction and the
    /// quarter search prefer people furthest below that share.
    func expectedDeviations(_ state: RotaState) -> [Int] {
        deviations(loads(state), places: expectedPlaces)
    }

    /// Deviations from fair share over every known Round up to the window's end, in units of
    /// 1 / lifetimeScale Rounds: the last tie-break, so that a horizon does not forget who
    /// carried more before it.
    func lifetimeDeviations(_ state: RotaState) -> [Int] {
        var loads = Array(repeating: 0, count: people.count)
        for (slot, pair) in state.pairs.enumerated() where slots[slot].countsForLifetime {
            for person in pair { loads[person] += 1 }
        }
        var places = 0
        for person in eligibleIndices { places += loads[person] }
        var result = Array(repeating: 0, count: people.count)
        for person in eligibleIndices {
            result[person] = lifetimeScale * loads[person] - places * lifetimeWeight[person]
        }
        return result
    }
}
