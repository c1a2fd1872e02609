import RoundsCore
// Exchange cycles: facilitators trade places in a ring of two or three Rounds, anywhere in the
// window, so that nobody's load changes. Some repeats go only this way: with a spread of 0, a
// person in two consecutive months may have to move to a Round half a year away, whose
// facilitator cannot simply take their place (found by the exact solver's judge,
// docs/scheduling.md).
extension RotaModel {
    /// Cost evaluations that the exchange cycles of one plan may use; keeps a large programme
    /// with many repeats that cannot be removed fast. One person in a repeat has at most about
    /// 4 x S x S rings for S staffed Rounds: about 600 in a 12-Round year.
    static let cycleBudget = 60_000

    /// Places (person, open Round) that take part in a repeat, in date order.
    func repeatedPlacements(_ state: RotaState) -> [(person: Int, slot: Int)] {
        var months = Array(repeating: Set<Int>(), count: people.count)
        for (slot, pair) in state.pairs.enumerated() where pair.count >= 2 {
            for person in pair { months[person].insert(slots[slot].monthIndex) }
        }
        let staffed = state.pairs.indices.filter { state.pairs[$0].count >= 2 }
        var repeatedPair = Set<Int>()
        for (first, second) in zip(staffed, staffed.dropFirst())
        where state.pairs[first] == state.pairs[second] {
            repeatedPair.insert(first)
            repeatedPair.insert(second)
        }
        var result: [(person: Int, slot: Int)] = []
        for slot in openSlots where state.pairs[slot].count == 2 {
            let month = slots[slot].monthIndex
            for person in state.pairs[slot]
            where repeatedPair.contains(slot) || months[person].contains(month - 1)
                || months[person].contains(month + 1)
            {
                result.append((person, slot))
            }
        }
        return result
    }

    /// Tries, for every place in a repeat, the best ring of hand-overs that takes that person
    /// out of that Round; keeps each ring that lowers the cost.
    func exchangeCycles(_ state: inout RotaState, _ current: inout RotaCost, budget: inout Int) {
        for (person, slot) in repeatedPlacements(state) where budget > 0 {
            // An earlier ring may have moved this person already.
            guard state.pairs[slot].contains(person) else { continue }
            guard let best = bestCycle(state, person: person, from: slot, current, &budget)
            else { continue }
            for (changed, pair) in best.pairs { set(&state, changed, pair) }
            current = best.cost
        }
    }

    /// The best ring that takes `person` out of Round `start`: a colleague from another Round
    /// takes their place, and `person` takes that colleague's place (two Rounds), or takes the
    /// place of someone who moved into the colleague's Round from a third. Nil when none is
    /// better than `current`.
    private func bestCycle(
        _ state: RotaState, person mover: Int, from start: Int, _ current: RotaCost,
        _ budget: inout Int
    ) -> (cost: RotaCost, pairs: [(Int, [Int])])? {
        guard let mate = state.pairs[start].first(where: { $0 != mover }) else { return nil }
        let staffed = openSlots.filter { $0 != start && state.pairs[$0].count == 2 }
        var trial = state
        var best: (cost: RotaCost, pairs: [(Int, [Int])])?
        func evaluate(_ pairs: [(Int, [Int])], movers: [Int]) {
            budget -= 1
            for (slot, pair) in pairs { set(&trial, slot, pair) }
            if withinQuarterLimits(trial, people: movers) {
                let cost = cost(trial)
                if cost < (best?.cost ?? current) { best = (cost, pairs) }
            }
            for (slot, _) in pairs { set(&trial, slot, state.pairs[slot]) }
        }
        for first in staffed where budget > 0 {
            for incoming in state.pairs[first]
            where incoming != mover && incoming != mate && pairAllowed(start, mate, incoming) {
                guard let rest = state.pairs[first].first(where: { $0 != incoming }) else {
                    continue
                }
                let intoStart = (start, [mate, incoming])
                if rest != mover, pairAllowed(first, rest, mover) {
                    evaluate([intoStart, (first, [rest, mover])], movers: [mover, incoming])
                }
                for second in staffed where second != first && budget > 0 {
                    for next in state.pairs[second]
                    where next != mover && next != incoming && pairAllowed(first, rest, next) {
                        guard let other = state.pairs[second].first(where: { $0 != next }),
                            other != mover, pairAllowed(second, other, mover)
                        else { continue }
                        evaluate(
                            [intoStart, (first, [rest, next]), (second, [other, mover])],
                            movers: [mover, incoming, next])
                    }
                }
            }
        }
        return best
    }
}
