import RoundsCore
extension RotaModel {
    /// Keeps every previous pair that is still valid, then fills the rest in date order,
    /// least-loaded pairs first.
    func construct(_ state: inout RotaState) {
        for slot in openSlots {
            let previous = slots[slot].previous.sorted()
            guard previous.count == 2, pairAllowed(slot, previous[0], previous[1]) else {
                continue
            }
            set(&state, slot, previous)
            if !withinQuarterLimits(state, people: previous) { set(&state, slot, []) }
        }
        for slot in openSlots where state.pairs[slot].count < 2 {
            // Distance below each person's share of the whole span, fixed Rounds included.
            let loads = expectedDeviations(state)
            let lifetime = lifetimeDeviations(state)
            let quarter = slots[slot].quarter
            let month = slots[slot].monthIndex
            // People already placed in the months either side, and the neighbouring pairs.
            var adjacent = Array(repeating: 0, count: people.count)
            for (other, pair) in state.pairs.enumerated()
            where abs(slots[other].monthIndex - month) == 1 {
                for person in pair { adjacent[person] += 1 }
            }
            let before = (0..<slot).last { state.pairs[$0].count >= 2 }.map { state.pairs[$0] }
            let after = ((slot + 1)..<slots.count).first { state.pairs[$0].count >= 2 }
                .map { state.pairs[$0] }
            var best: (key: [Int], pair: [Int])?
            for pair in allowedPairs(slot)
            where pair.allSatisfy({ state.quarterCounts[$0][quarter] < maxPerQuarter }) {
                let (a, b) = (pair[0], pair[1])
                let kept = pair.filter { slots[slot].previous.contains($0) }.count
                let repeats =
                    (pair == before ? 1 : 0) + (pair == after ? 1 : 0) + adjacent[a] + adjacent[b]
                let key = [
                    -kept, loads[a] + loads[b], max(loads[a], loads[b]),
                    lifetime[a] + lifetime[b], repeats, a, b,
                ]
                if best.map({ key.lexicographicallyPrecedes($0.key) }) ?? true {
                    best = (key, pair)
                }
            }
            if let best { set(&state, slot, best.pair) }
        }
    }

    /// Local search: replacements, swaps, re-staffing and load-balancing chains, each kept
    /// only when it lowers the lexicographic cost.
    func improve(_ state: inout RotaState, maxPasses: Int) {
        var current = cost(state)
        var cycleBudget = Self.cycleBudget
        for _ in 0..<maxPasses {
            let before = current
            for slot in openSlots where state.pairs[slot].count < 2 {
                restaff(&state, slot, &current)
            }
            if current.excessSpread > 0 {
                var trial = state
                while rebalanceOnce(&trial) {}
                let trialCost = cost(trial)
                if trialCost < current {
                    state = trial
                    current = trialCost
                }
            }
            // When not every Round can be staffed, which ones are decides who carries the
            // load: staff an unstaffed Round instead of a staffed one (found by the exact
            // solver's judge on programmes with history, docs/scheduling.md).
            if current.excessSpread > 0 && current.unstaffed > 0 {
                for slot in openSlots where state.pairs[slot].count == 2 {
                    relocate(&state, slot, &current)
                }
            }
            // Hand-overs that even out the load over the whole history, where the horizon
            // leaves a choice.
            var lifetimeTrial = state
            while rebalanceOnce(&lifetimeTrial, lifetime: true) {}
            let lifetimeCost = cost(lifetimeTrial)
            if lifetimeCost < current {
                state = lifetimeTrial
                current = lifetimeCost
            }
            // Nothing below can improve a rota with every Round staffed, spread at most 1,
            // no change from the previous plan and no repeats.
            if current.unstaffed == 0 && current.excessSpread == 0 && current.changes == 0
                && current.repeats == 0
            {
                break
            }
            for slot in openSlots where state.pairs[slot].count == 2 {
                replaceOne(&state, slot, &current)
            }
            swapBetweenRounds(&state, &current)
            // A repeat can need both places of a Round changed at once (found by the exact
            // solver's judge, docs/scheduling.md); only Rounds next to a repeat are tried.
            if current.repeats > 0 {
                for slot in openSlots where touchesRepeat(state, slot) {
                    replacePair(&state, slot, &current)
                }
                for slot in openSlots where touchesRepeat(state, slot) {
                    relocate(&state, slot, &current)
                }
                // Rings of hand-overs between distant Rounds, which keep every load.
                exchangeCycles(&state, &current, budget: &cycleBudget)
            }
            if !(current < before) { break }
        }
    }

    func allowedPairs(_ slot: Int) -> [[Int]] {
        var result: [[Int]] = []
        for a in people.indices where available[slot][a] {
            for b in (a + 1)..<people.count where pairAllowed(slot, a, b) {
                result.append([a, b])
            }
        }
        return result
    }

    func replaceOne(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
        let saved = state.pairs[slot]
        var best: (cost: RotaCost, pair: [Int])?
        for position in 0..<2 {
            let keep = saved[1 - position]
            for person in people.indices
            where !saved.contains(person) && pairAllowed(slot, keep, person) {
                let pair = [keep, person]
                set(&state, slot, pair)
                if withinQuarterLimits(state, people: [person]) {
                    let trial = cost(state)
                    if trial < (best?.cost ?? current) { best = (trial, pair) }
                }
                set(&state, slot, saved)
            }
        }
        if let best {
            set(&state, slot, best.pair)
            current = best.cost
        }
    }

    /// True when the Round's pair also facilitates a Round in the month before or after.
    func touchesRepeat(_ state: RotaState, _ slot: Int) -> Bool {
        let pair = state.pairs[slot]
        guard pair.count == 2 else { return false }
        let month = slots[slot].monthIndex
        return state.pairs.indices.contains { other in
            other != slot && abs(slots[other].monthIndex - month) <= 1
                && state.pairs[other].contains { pair.contains($0) }
        }
    }

    func replacePair(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
        let saved = state.pairs[slot]
        var best: (cost: RotaCost, pair: [Int])?
        for pair in allowedPairs(slot) where pair != saved {
            set(&state, slot, pair)
            if withinQuarterLimits(state, people: pair) {
                let trial = cost(state)
                if trial < (best?.cost ?? current) { best = (trial, pair) }
            }
            set(&state, slot, saved)
        }
        if let best {
            set(&state, slot, best.pair)
            current = best.cost
        }
    }

    /// When not every Round can be staffed, which ones are matters for repeats: staff an
    /// unstaffed Round instead of this one.
    func relocate(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
        let saved = state.pairs[slot]
        var best: (cost: RotaCost, target: Int, pair: [Int])?
        set(&state, slot, [])
        for target in openSlots where target != slot && state.pairs[target].count < 2 {
            for pair in allowedPairs(target) {
                set(&state, target, pair)
                if withinQuarterLimits(state, people: pair) {
                    let trial = cost(state)
                    if trial < (best?.cost ?? current) { best = (trial, target, pair) }
                }
                set(&state, target, [])
            }
        }
        if let best {
            set(&state, best.target, best.pair)
            current = best.cost
        } else {
            set(&state, slot, saved)
        }
    }

    func swapBetweenRounds(_ state: inout RotaState, _ current: inout RotaCost) {
        for (firstIndex, first) in openSlots.enumerated() where state.pairs[first].count == 2 {
            // Only nearby Rounds: swaps serve repeats and pairings, which are local.
            for second in openSlots[(firstIndex + 1)...]
            where state.pairs[second].count == 2
                && slots[second].monthIndex - slots[first].monthIndex <= 3
            {
                let pairOne = state.pairs[first]
                let pairTwo = state.pairs[second]
                var best: (cost: RotaCost, one: [Int], two: [Int])?
                for x in pairOne where !pairTwo.contains(x) {
                    for y in pairTwo where !pairOne.contains(y) {
                        let one = pairOne.filter { $0 != x } + [y]
                        let two = pairTwo.filter { $0 != y } + [x]
                        guard pairAllowed(first, one[0], one[1]),
                            pairAllowed(second, two[0], two[1])
                        else { continue }
                        set(&state, first, one)
                        set(&state, second, two)
                        if withinQuarterLimits(state, people: [x, y]) {
                            let trial = cost(state)
                            if trial < (best?.cost ?? current) { best = (trial, one, two) }
                        }
                        set(&state, first, pairOne)
                        set(&state, second, pairTwo)
                    }
                }
                if let best {
                    set(&state, first, best.one)
                    set(&state, second, best.two)
                    current = best.cost
                }
            }
        }
    }
}
