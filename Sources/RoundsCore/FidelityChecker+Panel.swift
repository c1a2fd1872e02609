extension FidelityChecker {
    /// Panel rules: size for the format, mixed disciplines and seniority, nobody twice.
    ///
    /// An empty panel on a planned Round is still being chosen, so it is not reported; on a
    /// confirmed Round it is.
    func panelWarnings(_ round: Round) -> [FidelityWarning] {
        var warnings: [FidelityWarning] = []
        let format = programme.format
        let size = Set(round.panelMembers).count
        if !(format.minPanellists...format.maxPanellists).contains(size),
            size > 0 || round.status == .confirmed
        {
            let has = size == 0 ? "no panellists" : size == 1 ? "1 panellist" : "\(size) panellists"
            let range =
                format.minPanellists == format.maxPanellists
                ? "\(format.minPanellists)" : "\(format.minPanellists) to \(format.maxPanellists)"
            warnings.append(
                FidelityWarning(
                    code: .panelSize, round: round.id,
                    message: "\(label(round)) has \(has); the \(format.preset.displayName) format "
                        + "asks for \(range)."))
        }
        warnings += panelMixWarnings(round)
        var seen: Set<EmailAddress> = []
        for email in round.panelMembers where !seen.insert(email).inserted {
            warnings.append(
                FidelityWarning(
                    code: .panelRepeat, round: round.id,
                    message: "\(label(round)) lists \(name(email)) on the panel twice."))
        }
        for email in Set(round.panelMembers).intersection(round.facilitators).sorted() {
            warnings.append(
                FidelityWarning(
                    code: .facilitatorOnPanel, round: round.id,
                    message: "\(label(round)): \(name(email)) is both a facilitator and a "
                        + "panellist."))
        }
        return warnings
    }

    /// A panel of two or more known people should not share one discipline or one seniority.
    private func panelMixWarnings(_ round: Round) -> [FidelityWarning] {
        var unique: [EmailAddress] = []
        for email in round.panelMembers where !unique.contains(email) { unique.append(email) }
        let members = unique.compactMap { peopleByEmail[$0] }
        guard members.count >= 2, members.count == unique.count else { return [] }
        var warnings: [FidelityWarning] = []
        let all = members.count == 2 ? "both panellists" : "all \(members.count) panellists"
        let groups = Set(members.map { $0.staffGroup.trimmedWhitespace.lowercased() })
        if groups.count == 1, let group = members.first?.staffGroup.trimmedWhitespace {
            warnings.append(
                FidelityWarning(
                    code: .panelDisciplines, round: round.id,
                    message: "\(label(round)): \(all) are from \(group); "
                        + "a panel should mix disciplines."))
        }
        let levels = members.map { $0.seniority?.trimmedWhitespace.lowercased() ?? "" }
        if let level = levels.first, !level.isEmpty, levels.allSatisfy({ $0 == level }),
            let shown = members.first?.seniority?.trimmedWhitespace
        {
            warnings.append(
                FidelityWarning(
                    code: .panelSeniority, round: round.id,
                    message: "\(label(round)): \(all) are \(shown); "
                        + "a panel should mix levels of seniority."))
        }
        return warnings
    }
}
