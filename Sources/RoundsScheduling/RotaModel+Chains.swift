import RoundsCore
// Hand-over chains: moves that change several Rounds at once, for the quarterly limit and
// for balancing load, which single replacements and swaps cannot reach.
extension RotaModel {
    func restaff(_ state: inout RotaState, _ slot: Int, _ current: inout RotaCost) {
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

    /// Re-staffs the open Rounds in `slot`'s quarter by depth-first search, trying the current
    /// pairs first, so that one more of them is staffed than now (every one, when the limit
    /// allows); used when hand-over chains cannot free a tight quarterly limit. Which Rounds of
    /// a full quarter are staffed can decide how many fit: with one Round each a quarter, two
    /// trainees and two trained facilitators fill two Rounds only if each trained one takes a
    /// Round the other pair cannot (found by the exact solver's judge, docs/scheduling.md). The
    /// search stops after a fixed number of steps so that large programmes stay fast.
    func restaffQuarter(_ slot: Int, _ state: RotaState) -> RotaState? {
        let quarter = slots[slot].quarter
        let members = openSlots.filter { slots[$0].quarter == quarter }
        var trial = state
        for member in members { set(&trial, member, []) }
        let loads = expectedDeviations(state)
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
        let staffedNow = members.filter { state.pairs[$0].count == 2 }.count
        // Rounds the search may leave empty and still staff one more than now.
        let spare = max(0, members.count - staffedNow - 1)
        var budget = 200_000
        func search(_ position: Int, skipsLeft: Int) -> Bool {
            if position == members.count { return true }
            for pair in options[position] {
                budget -= 1
                if budget < 0 { return false }
                if pair.contains(where: { trial.quarterCounts[$0][quarter] >= maxPerQuarter }) {
                    continue
                }
                set(&trial, members[position], pair)
                if search(position + 1, skipsLeft: skipsLeft) { return true }
                set(&trial, members[position], [])
            }
            return skipsLeft > 0 && search(position + 1, skipsLeft: skipsLeft - 1)
        }
        for skips in 0...spare {
            budget = 200_000
            if search(0, skipsLeft: skips) { return trial }
            for member in members { set(&trial, member, []) }
        }
        return nil
    }

    /// Lowers `person`'s count in `quarter` by one through a shortest chain of hand-overs of
    /// open Rounds in that quarter, ending with someone who has spare capacity.
    func freeCapacity(
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

    /// Moves one Round along the shortest chain from a most-loaded to a least-loaded
    /// facilitator (each step hands a Round to the next person), when that lowers the spread
    /// or evens the load without unstaffing anything. Returns false when no chain helps.
    ///
    /// Search nodes are (person, Round they would receive), so that the quarterly limit can be
    /// checked for each hand-over: a person may receive a Round in a full quarter only if they
    /// hand one on in that same quarter.
    ///
    /// With `lifetime`, the same over the whole known history (the last tie-break), kept only
    /// when the whole score improves.
    func rebalanceOnce(_ state: inout RotaState, lifetime: Bool = false) -> Bool {
        // Distances from fair share, in units of 1 / shareScale Rounds: one Round handed over
        // moves the giver down and the taker up by shareScale.
        let loads = lifetime ? lifetimeDeviations(state) : deviations(loads(state))
        let shareScale = lifetime ? lifetimeScale : shareScale
        guard let maxLoad = eligibleIndices.map({ loads[$0] }).max(),
            let minLoad = eligibleIndices.map({ loads[$0] }).min(), maxLoad - minLoad > shareScale
        else { return false }
        let before = cost(state)
        func better(_ after: RotaCost) -> Bool {
            lifetime
                ? after < before
                : (after.unstaffed, after.excessSpread, after.sumOfSquares)
                    < (before.unstaffed, before.excessSpread, before.sumOfSquares)
        }
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
        // The most loaded first; when their Rounds are all fixed or in the past, anyone a
        // Round above the least loaded, so that the bottom still comes up.
        let sources = eligibleIndices.filter { loads[$0] - minLoad > shareScale }
            .sorted { (-loads[$0], $0) < (-loads[$1], $1) }
        for source in sources {
            let sourceLoad = loads[source]
            var parent: [ChainNode: ChainLink] = [:]
            let root = ChainNode(person: source, received: nil)
            var queue = [root]
            var visited: Set<ChainNode> = [root]
            var queued: Set<ChainNode> = [root]
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
                        // A node reached again (after a failed try) must not become its
                        // own ancestor.
                        if queued.contains(child) && Self.chain(parent, from: node, has: child) {
                            continue
                        }
                        parent[child] = ChainLink(from: node, slot: slot, helper: helper)
                        if eligible[next] && loads[next] < sourceLoad - shareScale
                            && state.quarterCounts[next][slots[slot].quarter] < maxPerQuarter
                        {
                            var trial = state
                            if apply(chainTo: child, parent: parent, &trial), better(cost(trial)) {
                                state = trial
                                return true
                            }
                            // This path to a possible taker failed (it used a Round twice, or
                            // broke a limit): leave the node open to a later path (found by
                            // the exact solver's judge, docs/scheduling.md).
                            if queued.insert(child).inserted { queue.append(child) }
                            continue
                        }
                        visited.insert(child)
                        if queued.insert(child).inserted { queue.append(child) }
                    }
                }
            }
        }
        return false
    }

    /// True when `target` is `node` or one of its ancestors in `parent`.
    static func chain(_ parent: [ChainNode: ChainLink], from node: ChainNode, has target: ChainNode)
        -> Bool
    {
        var current = node
        var steps = 0
        while true {
            if current == target { return true }
            guard let link = parent[current], steps <= parent.count else { return false }
            current = link.from
            steps += 1
        }
    }

    /// A swap that lets `newcomer` join `slot`: the current partner trades places with
    /// someone from another open Round, so that both Rounds stay valid and loads do not change.
    func partnerSwap(
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

    func apply(
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
