import RoundsCore

extension RotaModel {
    /// The rota `state` with its explanations, against `bound` (by default the relaxations').
    func result(_ state: RotaState, bound given: RotaBound? = nil) -> RotaResult {
        var facilitators = Array(repeating: [EmailAddress](), count: inputCount)
        var unstaffed: [UnstaffedRound] = []
        var warnings: [String] = []
        for (slot, info) in slots.enumerated() {
            guard let input = info.inputIndex else { continue }
            let pair = state.pairs[slot]
            facilitators[input] = pair.map { people[$0].email }.sorted()
            if info.isOpen {
                if pair.count < 2 {
                    facilitators[input] = []
                    unstaffed.append(explain(slot, input, state))
                }
            } else {
                for person in pair {
                    if let reason = blockers[slot][person] {
                        warnings.append(
                            "\(info.start.date.displayText): \(people[person].name) "
                                + "\(phrase(reason, slot)), but the Round's facilitators are "
                                + "fixed; change them with `rounds assign`.")
                    }
                }
            }
        }
        var loads = Array(repeating: 0, count: people.count)
        var before = Array(repeating: 0, count: people.count)
        for (slot, pair) in state.pairs.enumerated() where slots[slot].countsForLoad {
            for person in pair {
                if slots[slot].inputIndex == nil { before[person] += 1 } else { loads[person] += 1 }
            }
        }
        let cost = cost(state)
        var places = 0
        for person in eligibleIndices { places += loads[person] + before[person] }
        let shares = people.indices.map { person in
            FairShare(
                person: people[person].email, before: before[person], inWindow: loads[person],
                availableMonths: weight[person],
                share: eligible[person] && shareScale > 0
                    ? Double(places * weight[person]) / Double(shareScale) : 0,
                counted: eligible[person])
        }
        return RotaResult(
            facilitators: facilitators, unstaffed: unstaffed, warnings: warnings, cost: cost,
            loads: Dictionary(
                people.indices.map { (people[$0].email, loads[$0]) }
            ) { first, _ in first },
            fairShares: shares,
            bound: given ?? bound(staffed: openSlots.count - cost.unstaffed))
    }

    private func phrase(_ reason: UnavailabilityReason, _ slot: Int) -> String {
        switch reason {
        case .onLeave: "on leave"
        case .busy(let interval): interval.phrase(on: slots[slot].start.date)
        case .quarterLimit(let count):
            "already has \(count) Round\(count == 1 ? "" : "s") this quarter"
        }
    }

    private func explain(_ slot: Int, _ input: Int, _ state: RotaState) -> UnstaffedRound {
        let info = slots[slot]
        let date = info.start.date
        var reasons: [Unavailability] = []
        var parts: [String] = []
        var free: [Int] = []
        let order = people.indices.sorted {
            (people[$0].name, people[$0].email) < (people[$1].name, people[$1].email)
        }
        for person in order {
            var reason = blockers[slot][person]
            let count = state.quarterCounts[person][info.quarter]
            if reason == nil, count >= maxPerQuarter { reason = .quarterLimit(count) }
            if let reason {
                reasons.append(
                    Unavailability(
                        person: people[person].email, name: people[person].name, reason: reason))
                parts.append("\(people[person].name) \(phrase(reason, slot))")
            } else {
                free.append(person)
            }
        }
        let names = Sentence.list(free.map { people[$0].name })
        if people.isEmpty {
            parts.append("the programme has no facilitators")
        } else if free.count == 1 {
            parts.append("\(names) is the only facilitator free")
        } else if free.count > 1 && !free.contains(where: { trained[$0] }) {
            parts.append("\(names) are free but none is trained")
        } else if free.count > 1 && clinicalPairing && Set(free.map { clinical[$0] }).count == 1 {
            let kind = clinical[free[0]] ? "clinical" : "non-clinical"
            parts.append("\(names) are free but all \(kind)")
        } else if free.count > 1 {
            parts.append("\(names) are free but no valid pair could be formed")
        }
        return UnstaffedRound(
            index: input, id: inputIDs[input], date: date, reasons: reasons,
            explanation: "\(date.displayText): " + parts.joined(separator: "; "))
    }
}
