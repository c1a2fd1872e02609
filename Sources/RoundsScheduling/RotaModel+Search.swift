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
            let loads = loads(state)
            var best: (key: [Int], pair: [Int])?
            for pair in allowedPairs(slot) {
                set(&state, slot, pair)
                if withinQuarterLimits(state, people: pair) {
                    let kept = pair.filter { slots[slot].previous.contains($0) }.count
                    let key = [
                        -kept, loads[pair[0]] + loads[pair[1]], max(loads[pair[0]], loads[pair[1]]),
                        repeatPenalty(state, slot), pair[0], pair[1],
                    ]
                    if best.map({ key.lexicographicallyPrecedes($0.key) }) ?? true {
                        best = (key, pair)
                    }
                }
                set(&state, slot, [])
            }
            if let best { set(&state, slot, best.pair) }
        }
    }

    /// Local search: replacements, swaps, re-staffing and load-balancing chains, each kept
    /// only when it lowers the lexicographic cost.
    func improve(_ state: inout RotaState, maxPasses: Int) {
        var current = cost(state)
        for _ in 0..<maxPasses {
            let before = current
            for slot in openSlots {
                if state.pairs[slot].count < 2 {
                    restaff(&state, slot, &current)
                } else {
                    replaceOne(&state, slot, &current)
                }
            }
            swapBetweenRounds(&state, &current)
            if current.excessSpread > 0 {
                var trial = state
                while rebalanceOnce(&trial) {}
                let trialCost = cost(trial)
                if trialCost < current {
                    state = trial
                    current = trialCost
                }
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

    /// Same pair as the nearest staffed Round before or after, plus persons in adjacent months.
    private func repeatPenalty(_ state: RotaState, _ slot: Int) -> Int {
        let pair = state.pairs[slot]
        var penalty = 0
        if let before = (0..<slot).last(where: { state.pairs[$0].count >= 2 }),
            state.pairs[before] == pair
        {
            penalty += 1
        }
        if let after = ((slot + 1)..<slots.count).first(where: { state.pairs[$0].count >= 2 }),
            state.pairs[after] == pair
        {
            penalty += 1
        }
        let month = slots[slot].monthIndex
        for (other, otherPair) in state.pairs.enumerated() where other != slot {
            let distance = abs(slots[other].monthIndex - month)
            if distance == 1 { penalty += otherPair.filter { pair.contains($0) }.count }
        }
        return penalty
    }

    private func restaff(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
        var best: (cost: RotaCost, moves: [(Int, [Int])])?
        for pair in allowedPairs(slot) {
            set(&state, slot, pair)
            if withinQuarterLimits(state, people: pair) {
                let trial = cost(state)
                if trial < (best?.cost ?? current) { best = (trial, [(slot, pair)]) }
            } else {
                // Free quarterly capacity by handing one of the blocked person's Rounds in the
                // same quarter to someone else.
                for person in pair
                where state.quarterCounts[person][slots[slot].quarter] > maxPerQuarter {
                    for other in openSlots
                    where other != slot && slots[other].quarter == slots[slot].quarter
                        && state.pairs[other].contains(person)
                    {
                        let saved = state.pairs[other]
                        let partner = saved.filter { $0 != person }
                        for substitute in people.indices
                        where !saved.contains(substitute)
                            && partner.allSatisfy({ pairAllowed(other, $0, substitute) })
                        {
                            set(&state, other, partner + [substitute])
                            if withinQuarterLimits(state, people: pair + [substitute]) {
                                let trial = cost(state)
                                if trial < (best?.cost ?? current) {
                                    best = (trial, [(other, partner + [substitute]), (slot, pair)])
                                }
                            }
                        }
                        set(&state, other, saved)
                    }
                }
            }
            set(&state, slot, [])
        }
        if let best {
            for (target, pair) in best.moves { set(&state, target, pair) }
            current = best.cost
        }
    }

    private func replaceOne(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
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

    private func swapBetweenRounds(_ state: inout RotaState, _ current: inout RotaCost) {
        for (firstIndex, first) in openSlots.enumerated() where state.pairs[first].count == 2 {
            for second in openSlots[(firstIndex + 1)...] where state.pairs[second].count == 2 {
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

    /// Moves one Round along the shortest chain from a most-loaded to a least-loaded
    /// facilitator (each step hands a Round to the next person), when that lowers the spread
    /// or evens the load without unstaffing anything. Returns false when no chain helps.
    private func rebalanceOnce(_ state: inout RotaState) -> Bool {
        let loads = loads(state)
        let eligibleIndices = people.indices.filter { eligible[$0] }
        guard let maxLoad = eligibleIndices.map({ loads[$0] }).max(),
            let minLoad = eligibleIndices.map({ loads[$0] }).min(), maxLoad - minLoad > 1
        else { return false }
        let before = cost(state)
        for source in eligibleIndices where loads[source] == maxLoad {
            var parent: [Int: (from: Int, slot: Int)] = [:]
            var queue = [source]
            var visited: Set<Int> = [source]
            var head = 0
            while head < queue.count {
                let person = queue[head]
                head += 1
                for slot in openSlots where state.pairs[slot].contains(person) {
                    let partner = state.pairs[slot].filter { $0 != person }
                    for next in people.indices
                    where !visited.contains(next) && !state.pairs[slot].contains(next)
                        && partner.allSatisfy({ pairAllowed(slot, $0, next) })
                    {
                        visited.insert(next)
                        parent[next] = (person, slot)
                        if eligible[next] && loads[next] <= maxLoad - 2 {
                            var trial = state
                            if apply(chainTo: next, parent: parent, &trial) {
                                let after = cost(trial)
                                if (after.unstaffed, after.excessSpread, after.sumOfSquares)
                                    < (before.unstaffed, before.excessSpread, before.sumOfSquares)
                                {
                                    state = trial
                                    return true
                                }
                            }
                        }
                        queue.append(next)
                    }
                }
            }
        }
        return false
    }

    private func apply(
        chainTo target: Int, parent: [Int: (from: Int, slot: Int)], _ state: inout RotaState
    ) -> Bool {
        var steps: [(slot: Int, from: Int, to: Int)] = []
        var person = target
        while let link = parent[person] {
            steps.append((link.slot, link.from, person))
            person = link.from
        }
        guard Set(steps.map(\.slot)).count == steps.count else { return false }
        for step in steps {
            let pair = state.pairs[step.slot].filter { $0 != step.from } + [step.to]
            set(&state, step.slot, pair)
        }
        return withinQuarterLimits(state, people: steps.map(\.to))
    }
}
