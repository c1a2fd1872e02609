extension FidelityChecker {
    /// Facilitator rules: two of them, at least one trained, the clinical pairing when the
    /// programme asks for it, the facilitator role, and nobody on leave on the day.
    func facilitatorWarnings(_ round: Round) -> [FidelityWarning] {
        var warnings: [FidelityWarning] = []
        var unique: [EmailAddress] = []
        for email in round.facilitators where !unique.contains(email) { unique.append(email) }
        if unique.count != 2 {
            let has =
                unique.isEmpty
                ? "no facilitators"
                : unique.count == 1
                    ? "1 facilitator"
                    : "\(unique.count) facilitators"
            warnings.append(
                FidelityWarning(
                    code: .facilitatorCount, round: round.id,
                    message: "\(label(round)) has \(has); every Round needs two."))
        }
        let known = unique.compactMap { peopleByEmail[$0] }
        if !unique.isEmpty, known.count == unique.count,
            !known.contains(where: \.isTrainedFacilitator)
        {
            let subject =
                switch known.count {
                case 1: "its facilitator is not"
                case 2: "neither facilitator is"
                default: "none of its facilitators is"
                }
            warnings.append(
                FidelityWarning(
                    code: .facilitatorTraining, round: round.id,
                    message: "\(label(round)): \(subject) trained; at least one must be trained "
                        + "or accredited."))
        }
        if programme.requiresClinicalPairing, known.count == 2, unique.count == 2,
            known[0].isClinical == known[1].isClinical
        {
            let kind = known[0].isClinical ? "clinical" : "non-clinical"
            warnings.append(
                FidelityWarning(
                    code: .facilitatorPairing, round: round.id,
                    message: "\(label(round)): both facilitators are \(kind); the programme "
                        + "pairs a clinical with a non-clinical facilitator."))
        }
        for person in known where !person.isFacilitator {
            warnings.append(
                FidelityWarning(
                    code: .facilitatorRole, round: round.id,
                    message: "\(label(round)): \(person.name) facilitates but does not hold "
                        + "the facilitator role."))
        }
        for email in unique where isOnLeave(email, on: round.date) {
            warnings.append(
                FidelityWarning(
                    code: .facilitatorLeave, round: round.id,
                    message: "\(label(round)): facilitator \(name(email)) is on leave that day."))
        }
        var panellists: [EmailAddress] = []
        for email in round.panelMembers where !panellists.contains(email) {
            panellists.append(email)
        }
        for email in panellists where isOnLeave(email, on: round.date) {
            warnings.append(
                FidelityWarning(
                    code: .panellistLeave, round: round.id,
                    message: "\(label(round)): panellist \(name(email)) is on leave that day."))
        }
        return warnings
    }
}
