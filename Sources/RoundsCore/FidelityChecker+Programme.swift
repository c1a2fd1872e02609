extension FidelityChecker {
    /// Rules about the programme as a whole: enough facilitators, a clinical lead, a mixed
    /// steering group.
    public func programmeWarnings() -> [FidelityWarning] {
        var warnings: [FidelityWarning] = []
        let facilitators = people.filter(\.isFacilitator)
        if facilitators.count < 2 {
            let count = facilitators.count == 0 ? "no facilitators" : "1 facilitator"
            warnings.append(
                FidelityWarning(
                    code: .programmeFacilitators,
                    message: "The programme has \(count); it needs at least two."))
        }
        if !facilitators.isEmpty, !facilitators.contains(where: \.isTrainedFacilitator) {
            warnings.append(
                FidelityWarning(
                    code: .programmeTraining,
                    message: "None of the programme's facilitators is trained; at least one "
                        + "must be trained or accredited."))
        }
        if !people.contains(where: { $0.roles.contains(.clinicalLead) }) {
            warnings.append(
                FidelityWarning(
                    code: .programmeClinicalLead, severity: .notice,
                    message: "The programme has no clinical lead; a senior clinician should "
                        + "welcome each Round and champion the programme."))
        }
        let steering = people.filter { $0.roles.contains(.steeringGroup) }
        if steering.isEmpty {
            warnings.append(
                FidelityWarning(
                    code: .steeringGroupMix, severity: .notice,
                    message: "The programme has no steering group; it should have one of "
                        + "clinical and non-clinical staff."))
        } else if steering.allSatisfy(\.isClinical) || !steering.contains(where: \.isClinical) {
            let missing = steering.allSatisfy(\.isClinical) ? "non-clinical" : "clinical"
            warnings.append(
                FidelityWarning(
                    code: .steeringGroupMix, severity: .notice,
                    message: "The steering group has no \(missing) members; it should mix "
                        + "clinical and non-clinical staff."))
        }
        return warnings
    }

    /// People, venue and theme that a Round names but the programme does not know.
    func referenceWarnings(_ round: Round) -> [FidelityWarning] {
        var warnings: [FidelityWarning] = []
        var reported: Set<EmailAddress> = []
        for email in round.facilitators + round.panelMembers
        where peopleByEmail[email] == nil && reported.insert(email).inserted {
            warnings.append(
                FidelityWarning(
                    code: .unknownPerson, round: round.id,
                    message: "\(label(round)) names \(email), who is not in the people list."))
        }
        if let slug = round.venue, programme.venue(slug: slug) == nil {
            warnings.append(
                FidelityWarning(
                    code: .unknownVenue, round: round.id,
                    message: "\(label(round)) is at venue \(slug), which the programme "
                        + "does not list."))
        } else if round.venue == nil, programme.venues.isEmpty {
            warnings.append(
                FidelityWarning(
                    code: .noVenue, round: round.id,
                    message: "\(label(round)) has no venue, and the programme lists none."))
        }
        if let slug = round.theme, !themes.contains(where: { $0.slug == slug }) {
            warnings.append(
                FidelityWarning(
                    code: .unknownTheme, round: round.id,
                    message: "\(label(round)) has theme \(slug), which is not in the theme "
                        + "library."))
        }
        return warnings
    }
}
