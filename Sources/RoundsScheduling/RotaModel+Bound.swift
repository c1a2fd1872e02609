import RoundsCore
// Lower bounds that every rota must respect, from relaxations of the problem: the planner's
// rota is proven optimal on a score when it meets the bound (docs/scheduling.md, "Proven
// optimal, or how far from it").
extension RotaModel {
    /// Lower bounds on the first five scores. A bound holds for every rota that obeys the
    /// rules; `spread` and `excessSpread` assume `staffed` open Rounds are staffed.
    func bound(staffed: Int) -> RotaBound {
        let fixedState = initialState()
        // Quarterly capacity left to the planner, per person and quarter.
        let capacity = people.indices.map { person in
            (0..<quarterCount).map {
                max(0, maxPerQuarter - fixedState.quarterCounts[person][$0])
            }
        }
        // People who have a valid partner for each open Round.
        var usable: [Int: [Int]] = [:]
        for slot in openSlots {
            usable[slot] = people.indices.filter { person in
                available[slot][person]
                    && people.indices.contains { pairAllowed(slot, person, $0) }
            }
        }
        var staffable = 0
        var roundsOpenTo = people.indices.map { _ in Array(repeating: 0, count: quarterCount) }
        for quarter in 0..<quarterCount {
            let members = openSlots.filter { slots[$0].quarter == quarter }
            guard !members.isEmpty else { continue }
            for slot in members {
                for person in usable[slot] ?? [] { roundsOpenTo[person][quarter] += 1 }
            }
            func flow(perRound: Int, _ include: (Int) -> Bool) -> Int {
                BipartiteFlow.maximum(
                    left: members.map { (perRound, (usable[$0] ?? []).filter(include)) },
                    rightCapacity: people.indices.map { capacity[$0][quarter] })
            }
            var most = members.filter { !(usable[$0] ?? []).isEmpty }.count
            most = min(most, flow(perRound: 2) { _ in true } / 2)
            most = min(most, flow(perRound: 1) { trained[$0] })
            if clinicalPairing {
                most = min(most, flow(perRound: 1) { clinical[$0] })
                most = min(most, flow(perRound: 1) { !clinical[$0] })
            }
            staffable += most
        }
        let spread = spreadBound(
            staffed: staffed, fixedState: fixedState, capacity: capacity,
            roundsOpenTo: roundsOpenTo)
        var changes = 0
        for slot in openSlots {
            changes += slots[slot].previousGone
            changes += slots[slot].previous.filter { !available[slot][$0] }.count
        }
        return RotaBound(
            unstaffed: openSlots.count - staffable, excessSpread: max(0, spread - shareScale),
            changes: changes, spread: spread, repeats: fixedRepeats(fixedState))
    }

    /// The smaller spread no rota can beat: with `staffed` open Rounds staffed the places are
    /// known; loads are whole numbers (so shares that are fractions cannot all be met), and
    /// each person's load lies between their fixed Rounds and what their availability and the
    /// quarterly limit allow.
    private func spreadBound(
        staffed: Int, fixedState: RotaState, capacity: [[Int]], roundsOpenTo: [[Int]]
    ) -> Int {
        guard !eligibleIndices.isEmpty, shareScale > 0 else { return 0 }
        let fixedLoads = loads(fixedState)
        var places = 2 * staffed
        for person in eligibleIndices { places += fixedLoads[person] }
        // Whole loads: round the shares with the largest remainders up.
        let remainders = eligibleIndices.map { places * weight[$0] % shareScale }
            .sorted(by: >)
        let roundedDown = eligibleIndices.reduce(0) { $0 + places * weight[$1] / shareScale }
        let up = places - roundedDown
        var whole = 0
        if up > 0 && up < remainders.count {
            whole = shareScale - remainders[up - 1] + remainders[up]
        } else if let first = remainders.first, let last = remainders.last {
            whole = first - last
        }
        // Loads within what is possible for each person.
        var highestLow = Int.min
        var lowestHigh = Int.max
        for person in eligibleIndices {
            var most = fixedLoads[person]
            for quarter in 0..<quarterCount {
                most += min(capacity[person][quarter], roundsOpenTo[person][quarter])
            }
            highestLow = max(highestLow, shareScale * fixedLoads[person] - places * weight[person])
            lowestHigh = min(lowestHigh, shareScale * most - places * weight[person])
        }
        return max(0, whole, highestLow - lowestHigh)
    }

    /// A person in two consecutive months among fixed Rounds: no rota avoids these.
    private func fixedRepeats(_ fixedState: RotaState) -> Int {
        var months = Array(repeating: Set<Int>(), count: people.count)
        for (slot, pair) in fixedState.pairs.enumerated() where pair.count >= 2 {
            for person in pair { months[person].insert(slots[slot].monthIndex) }
        }
        return months.reduce(0) { total, set in
            total + set.filter { set.contains($0 - 1) }.count
        }
    }
}

/// A maximum flow from Rounds (left) to people (right), each with a capacity; small enough
/// for augmenting paths found by breadth-first search.
enum BipartiteFlow {
    /// The largest number of places that can be given: each left node takes up to its
    /// capacity from the right nodes it lists, each right node gives up to its capacity.
    static func maximum(left: [(capacity: Int, right: [Int])], rightCapacity: [Int]) -> Int {
        var assigned = Array(repeating: [Int: Int](), count: left.count)
        var used = Array(repeating: 0, count: rightCapacity.count)
        var fill = Array(repeating: 0, count: left.count)
        var total = 0
        for start in left.indices {
            while fill[start] < left[start].capacity {
                guard let path = augmentingPath(from: start, left, rightCapacity, used, assigned)
                else { break }
                // The path alternates left, right, left, right ...; the last right has room.
                for step in stride(from: 0, to: path.count, by: 2) {
                    let (from, to) = (path[step], path[step + 1])
                    assigned[from][to, default: 0] += 1
                    if step + 2 < path.count {
                        let next = path[step + 2]
                        assigned[next][to, default: 0] -= 1
                    }
                }
                if let last = path.last { used[last] += 1 }
                fill[start] += 1
                total += 1
            }
        }
        return total
    }

    private static func augmentingPath(
        from start: Int, _ left: [(capacity: Int, right: [Int])], _ rightCapacity: [Int],
        _ used: [Int], _ assigned: [[Int: Int]]
    ) -> [Int]? {
        // Breadth-first over left nodes; parent links give the alternating path.
        var cameFrom: [Int: (left: Int, right: Int)] = [:]
        var seenRight = Set<Int>()
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for right in left[node].right
            where !seenRight.contains(right) && (assigned[node][right] ?? 0) == 0 {
                seenRight.insert(right)
                if used[right] < rightCapacity[right] {
                    var path = [node, right]
                    var current = node
                    while let link = cameFrom[current] {
                        path = [link.left, link.right] + path
                        current = link.left
                    }
                    return path
                }
                // Full: a left node holding a place from `right` may take another instead.
                for other in left.indices
                where other != start && cameFrom[other] == nil && (assigned[other][right] ?? 0) > 0
                {
                    cameFrom[other] = (node, right)
                    queue.append(other)
                }
            }
        }
        return nil
    }
}
