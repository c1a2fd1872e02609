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
                let key = [-kept, loads[a] + loads[b], max(loads[a], loads[b]), repeats, a, b]
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

    private func restaff(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
        var best: (cost: RotaCost, state: RotaState)?
        let quarter = slots[slot].quarter
        for pair in allowedPairs(slot) {
            var trial = state
            // Free quarterly capacity along a chain: the blocked person hands one of their
            // Rounds in the same quarter to someone else, who may in turn hand one on.
            var freed = true
            for person in pair where trial.quarterCounts[person][quarter] >= maxPerQuarter {
                if !freeCapacity(person, quarter: quarter, avoiding: slot, &trial) {
                    freed = false
                    break
                }
            }
            guard freed else { continue }
            set(&trial, slot, pair)
            guard withinQuarterLimits(trial, people: people.indices.map { $0 }) else { continue }
            let trialCost = cost(trial)
            if trialCost < (best?.cost ?? current) { best = (trialCost, trial) }
        }
        if best == nil, var trial = restaffQuarter(slot, state) {
            let trialCost = cost(trial)
            if trialCost < current {
                swap(&state, &trial)
                current = trialCost
            }
            return
        }
        if let best {
            state = best.state
            current = best.cost
        }
    }

    /// Re-staffs every open Round in `slot`'s quarter by depth-first search, trying the current
    /// pairs first; used when hand-over chains cannot free a tight quarterly limit. The search
    /// stops after a fixed number of steps so that large programmes stay fast.
    private func restaffQuarter(_ slot: Int, _ state: RotaState) -> RotaState? {
        let quarter = slots[slot].quarter
        let members = openSlots.filter { slots[$0].quarter == quarter }
        var trial = state
        for member in members { set(&trial, member, []) }
        let loads = loads(state)
        let options = members.map { member in
            allowedPairs(member).sorted { first, second in
                let firstKey = [
                    first == state.pairs[member] ? 0 : 1,
                    -first.filter { slots[member].previous.contains($0) }.count,
                    loads[first[0]] + loads[first[1]], first[0], first[1],
                ]
                let secondKey = [
                    second == state.pairs[member] ? 0 : 1,
                    -second.filter { slots[member].previous.contains($0) }.count,
                    loads[second[0]] + loads[second[1]], second[0], second[1],
                ]
                return firstKey.lexicographicallyPrecedes(secondKey)
            }
        }
        var budget = 200_000
        func search(_ position: Int) -> Bool {
            if position == members.count { return true }
            for pair in options[position] {
                budget -= 1
                if budget < 0 { return false }
                if pair.contains(where: { trial.quarterCounts[$0][quarter] >= maxPerQuarter }) {
                    continue
                }
                set(&trial, members[position], pair)
                if search(position + 1) { return true }
                set(&trial, members[position], [])
            }
            return false
        }
        return search(0) ? trial : nil
    }

    /// Lowers `person`'s count in `quarter` by one through a shortest chain of hand-overs of
    /// open Rounds in that quarter, ending with someone who has spare capacity.
    private func freeCapacity(
        _ person: Int, quarter: Int, avoiding avoided: Int, _ state: inout RotaState
    ) -> Bool {
        var parent: [ChainNode: ChainLink] = [:]
        var visited: Set<Int> = [person]
        var queue = [ChainNode(person: person, received: nil)]
        var head = 0
        let quarterSlots = openSlots.filter { slots[$0].quarter == quarter && $0 != avoided }
        while head < queue.count {
            let giverNode = queue[head]
            let giver = giverNode.person
            head += 1
            for slot in quarterSlots
            where slot != giverNode.received && state.pairs[slot].contains(giver) {
                let partner = state.pairs[slot].filter { $0 != giver }
                for taker in people.indices
                where !visited.contains(taker) && !state.pairs[slot].contains(taker) {
                    let helper: ChainHelper?
                    if partner.allSatisfy({ pairAllowed(slot, $0, taker) }) {
                        helper = nil
                    } else if let found = partnerSwap(
                        slot, partner: partner, newcomer: taker, avoiding: avoided, state)
                    {
                        helper = found
                    } else {
                        continue
                    }
                    visited.insert(taker)
                    let child = ChainNode(person: taker, received: slot)
                    parent[child] = ChainLink(from: giverNode, slot: slot, helper: helper)
                    if state.quarterCounts[taker][quarter] < maxPerQuarter {
                        var trial = state
                        if apply(chainTo: child, parent: parent, &trial) {
                            state = trial
                            return true
                        }
                    }
                    queue.append(child)
                }
            }
        }
        return false
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

    /// Moves one Round along the shortest chain from a most-loaded to a least-loaded
    /// facilitator (each step hands a Round to the next person), when that lowers the spread
    /// or evens the load without unstaffing anything. Returns false when no chain helps.
    ///
    /// Search nodes are (person, Round they would receive), so that the quarterly limit can be
    /// checked for each hand-over: a person may receive a Round in a full quarter only if they
    /// hand one on in that same quarter.
    private func rebalanceOnce(_ state: inout RotaState) -> Bool {
        let loads = loads(state)
        let eligibleIndices = people.indices.filter { eligible[$0] }
        guard let maxLoad = eligibleIndices.map({ loads[$0] }).max(),
            let minLoad = eligibleIndices.map({ loads[$0] }).min(), maxLoad - minLoad > 1
        else { return false }
        let before = cost(state)
        // Partner swaps depend only on the Round, the newcomer and the Round to avoid.
        var memo: [[Int]: ChainHelper?] = [:]
        func swapMemo(_ slot: Int, _ newcomer: Int, _ avoided: Int?, _ partner: [Int])
            -> ChainHelper?
        {
            let key = [slot, newcomer, avoided ?? -1] + partner
            if let known = memo[key] { return known }
            let found = partnerSwap(
                slot, partner: partner, newcomer: newcomer, avoiding: avoided, state)
            memo[key] = found
            return found
        }
        for source in eligibleIndices where loads[source] == maxLoad {
            var parent: [ChainNode: ChainLink] = [:]
            let root = ChainNode(person: source, received: nil)
            var queue = [root]
            var visited: Set<ChainNode> = [root]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for slot in openSlots
                where slot != node.received && state.pairs[slot].contains(node.person) {
                    if let received = node.received,
                        slots[received].quarter != slots[slot].quarter,
                        state.quarterCounts[node.person][slots[received].quarter]
                            >= maxPerQuarter
                    {
                        continue
                    }
                    let partner = state.pairs[slot].filter { $0 != node.person }
                    for next in people.indices
                    where next != source && !state.pairs[slot].contains(next) {
                        let child = ChainNode(person: next, received: slot)
                        guard !visited.contains(child) else { continue }
                        let helper: ChainHelper?
                        if partner.allSatisfy({ pairAllowed(slot, $0, next) }) {
                            helper = nil
                        } else if let found = swapMemo(slot, next, node.received, partner) {
                            helper = found
                        } else {
                            continue
                        }
                        visited.insert(child)
                        parent[child] = ChainLink(from: node, slot: slot, helper: helper)
                        if eligible[next] && loads[next] <= maxLoad - 2
                            && state.quarterCounts[next][slots[slot].quarter] < maxPerQuarter
                        {
                            var trial = state
                            if apply(chainTo: child, parent: parent, &trial) {
                                let after = cost(trial)
                                if (after.unstaffed, after.excessSpread, after.sumOfSquares)
                                    < (before.unstaffed, before.excessSpread, before.sumOfSquares)
                                {
                                    state = trial
                                    return true
                                }
                            }
                        }
                        queue.append(child)
                    }
                }
            }
        }
        return false
    }

    /// A swap that lets `newcomer` join `slot`: the current partner trades places with
    /// someone from another open Round, so that both Rounds stay valid and loads do not change.
    private func partnerSwap(
        _ slot: Int, partner: [Int], newcomer: Int, avoiding avoided: Int?, _ state: RotaState
    ) -> ChainHelper? {
        guard partner.count == 1, available[slot][newcomer] else { return nil }
        let mate = partner[0]
        for other in openSlots
        where other != slot && other != avoided && state.pairs[other].count == 2
            && !state.pairs[other].contains(mate) && !state.pairs[other].contains(newcomer)
        {
            for incoming in state.pairs[other] {
                let remaining = state.pairs[other].filter { $0 != incoming }
                if pairAllowed(slot, incoming, newcomer)
                    && remaining.allSatisfy({ pairAllowed(other, $0, mate) })
                {
                    return ChainHelper(slot: other, incoming: incoming)
                }
            }
        }
        return nil
    }

    private func apply(
        chainTo target: ChainNode, parent: [ChainNode: ChainLink], _ state: inout RotaState
    ) -> Bool {
        var steps: [(link: ChainLink, to: Int)] = []
        var node = target
        while let link = parent[node] {
            steps.append((link, node.person))
            node = link.from
        }
        let touched = steps.map(\.link.slot) + steps.compactMap(\.link.helper?.slot)
        guard Set(touched).count == touched.count else { return false }
        for (link, to) in steps {
            var pair = state.pairs[link.slot].filter { $0 != link.from.person } + [to]
            if let helper = link.helper {
                let mate = pair.filter { $0 != to }
                pair = [to, helper.incoming]
                let other = state.pairs[helper.slot].filter { $0 != helper.incoming } + mate
                set(&state, helper.slot, other)
            }
            set(&state, link.slot, pair)
        }
        return withinQuarterLimits(state, people: people.indices.map { $0 })
    }
}

/// How a chain reaches a person: from whom, through which Round, and with which partner swap.
struct ChainLink {
    let from: ChainNode
    let slot: Int
    let helper: ChainHelper?
}

/// A partner swap that makes a hand-over valid.
struct ChainHelper {
    let slot: Int
    let incoming: Int
}

/// A point of a hand-over chain: the person, and the Round they receive (nil at the start).
struct ChainNode: Hashable {
    let person: Int
    let received: Int?
}
