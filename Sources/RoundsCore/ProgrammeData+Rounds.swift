/// The deliberate changes people make to one Round: cancel, confirm, assign and the panel.
///
/// Each returns the sentences a front door shows (a change, then any warnings) and refuses with
/// a ``ProgrammeEditError`` when a rule of the model forbids it; nothing here reads a clock or
/// a store.
extension ProgrammeData {
    /// Finds the Round `reference` names, lets `body` change it, and puts it back.
    public mutating func changeRound<T>(
        _ reference: String, _ body: (inout Round, ProgrammeData) throws -> T
    ) throws -> T {
        let found = try round(reference)
        guard let index = rounds.firstIndex(where: { $0.id == found.id }) else {
            throw ProgrammeEditError.notFound("There is no Round \(reference).")
        }
        var changed = rounds[index]
        let result = try body(&changed, self)
        rounds[index] = changed
        return result
    }

    /// The person with `email`, or a plain refusal naming the command that adds people.
    public func requirePerson(_ email: EmailAddress) throws -> Person {
        guard let person = person(email) else {
            throw ProgrammeEditError.notFound(
                "\(email) is not in the programme. Add them with `rounds people add` first.")
        }
        return person
    }

    /// Cancels the Round; its id is never reused.
    public mutating func cancelRound(_ reference: String) throws -> [String] {
        try changeRound(reference) { round, _ in
            if round.status == .cancelled {
                return ["\(round.label) is already cancelled. Nothing changed."]
            }
            try round.requireChangeable(doing: "cancelled")
            round.status = .cancelled
            return [
                "Cancelled \(round.label). Run `rounds export invites` to send the "
                    + "cancellations."
            ]
        }
    }

    /// Confirms the Round, which needs its two facilitators.
    public mutating func confirmRound(_ reference: String) throws -> [String] {
        try changeRound(reference) { round, _ in
            if round.status == .confirmed {
                return ["\(round.label) is already confirmed. Nothing changed."]
            }
            try round.requireChangeable(doing: "confirmed")
            guard round.facilitators.count == 2 else {
                throw ProgrammeEditError.refused(
                    "\(round.label) has \(round.facilitators.count) of its 2 facilitators, so it "
                        + "cannot be confirmed yet. Choose them with `rounds assign "
                        + "\(round.id) --facilitators A,B` first.")
            }
            round.status = .confirmed
            return ["Confirmed \(round.label)."]
        }
    }

    /// Gives the Round the two `chosen` facilitators, pinned against later plans.
    public mutating func assignFacilitators(_ chosen: [EmailAddress], to reference: String)
        throws -> [String]
    {
        try changeRound(reference) { round, data in
            try round.requireChangeable(doing: "changed")
            let people = try chosen.map { try data.requirePerson($0) }
            for person in people where !person.isFacilitator {
                throw ProgrammeEditError.refused(
                    "\(person.name) (\(person.email)) is not a facilitator. Give them the "
                        + "facilitator role with `rounds people` first, or choose someone else.")
            }
            round.facilitators = chosen.sorted()
            round.facilitatorsPinned = true
            var lines = [
                "Assigned \(people.map(\.name).joined(separator: " and ")) to \(round.label)."
            ]
            if !people.contains(where: \.isTrainedFacilitator) {
                lines.append("Warning: neither is trained or accredited.")
            }
            for person in people
            where data.leave.contains(where: {
                $0.person == person.email && $0.range.contains(round.date)
            }) {
                lines.append("Warning: \(person.name) is on leave that day.")
            }
            return lines
        }
    }

    /// Adds `email` to the Round's panel at `position` (from 1; the default is last); an empty
    /// `story` title counts as none. `showsName` records the panellist's consent to be named on
    /// the Round's public page.
    public mutating func addPanellist(
        _ email: EmailAddress, story: String?, position: Int?, showsName: Bool = false,
        to reference: String
    ) throws -> [String] {
        try changeRound(reference) { round, data in
            try round.requireChangeable(doing: "changed")
            let person = try data.requirePerson(email)
            if round.panelMembers.contains(email) {
                throw ProgrammeEditError.refused(
                    "\(person.name) is already on the panel of \(round.label).")
            }
            let place = min(position ?? round.panel.count + 1, round.panel.count + 1)
            round.panel.insert(
                Panellist(
                    person: email, storyTitle: story?.isEmpty == true ? nil : story,
                    showsName: showsName),
                at: place - 1)
            var lines = [
                "Added \(person.name) to the panel of \(round.label), speaking "
                    + "\(Self.ordinal(place))."
            ]
            if showsName {
                lines.append(Self.nameConsentLine(shown: true, person.name, round.label))
            }
            if round.facilitators.contains(email) {
                lines.append("Warning: \(person.name) also facilitates this Round.")
            }
            return lines
        }
    }

    /// Records whether `email` agreed to be named on the Round's public page (false keeps the
    /// name off it, the default for every panellist).
    public mutating func setNameShown(
        _ shown: Bool, of email: EmailAddress, on reference: String
    ) throws -> [String] {
        try changePanellist(email, on: reference) { round, index, name in
            round.panel[index].showsName = shown
            return [Self.nameConsentLine(shown: shown, name, round.label)]
        }
    }

    /// Runs `change` on the panellist `email` of a Round that can still be changed, with the
    /// Round, the panellist's place in its panel and their name; refuses someone not on the
    /// panel. The one way panel edits find their panellist.
    private mutating func changePanellist(
        _ email: EmailAddress, on reference: String,
        _ change: (inout Round, Int, String) throws -> [String]
    ) throws -> [String] {
        try changeRound(reference) { round, data in
            try round.requireChangeable(doing: "changed")
            guard let index = round.panel.firstIndex(where: { $0.person == email }) else {
                throw ProgrammeEditError.notFound(
                    "\(email) is not on the panel of \(round.label).")
            }
            return try change(&round, index, data.person(email)?.name ?? email.description)
        }
    }

    private static func nameConsentLine(shown: Bool, _ name: String, _ round: String) -> String {
        shown
            ? "\(name) will be named on the public page of \(round)."
            : "\(name) will not be named on the public page of \(round)."
    }

    /// Takes `email` off the Round's panel.
    public mutating func removePanellist(_ email: EmailAddress, from reference: String) throws
        -> [String]
    {
        try changePanellist(email, on: reference) { round, index, name in
            round.panel.remove(at: index)
            return ["Removed \(name) from the panel of \(round.label)."]
        }
    }

    /// Replaces the confidential story title of `email` on the Round's panel; an empty or
    /// nil `story` removes it. The title never appears in the returned lines.
    public mutating func setStoryTitle(
        _ story: String?, of email: EmailAddress, on reference: String
    ) throws -> [String] {
        try changePanellist(email, on: reference) { round, index, name in
            round.panel[index].storyTitle = story?.isEmpty == false ? story : nil
            return [
                round.panel[index].storyTitle == nil
                    ? "Removed the story title of \(name) on the panel of \(round.label)."
                    : "Changed the story title of \(name) on the panel of \(round.label)."
            ]
        }
    }

    /// Puts the Round's panel in the speaking order `wanted`, which names each panellist once.
    public mutating func orderPanel(_ wanted: [EmailAddress], of reference: String) throws
        -> [String]
    {
        try changeRound(reference) { round, data in
            try round.requireChangeable(doing: "changed")
            guard wanted.count == round.panel.count, Set(wanted) == Set(round.panelMembers)
            else {
                throw ProgrammeEditError.refused(
                    "The order must name each of the \(round.panel.count) panellists of "
                        + "\(round.label) once: "
                        + round.panelMembers.map(\.description).joined(separator: ", ")
                        + ". See them with `rounds panel \(round.id) list`.")
            }
            round.panel = wanted.compactMap { email in
                round.panel.first { $0.person == email }
            }
            let names = wanted.map { data.person($0)?.name ?? $0.description }
            return ["Speaking order for \(round.label): \(names.joined(separator: ", "))."]
        }
    }

    /// "1st", "2nd", "3rd", "4th" ...
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (1, let tens) where tens != 11: suffix = "st"
        case (2, let tens) where tens != 12: suffix = "nd"
        case (3, let tens) where tens != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}

extension Round {
    /// Refuses to change a Round that is cancelled or has been held.
    public func requireChangeable(doing verb: String) throws {
        switch status {
        case .cancelled:
            throw ProgrammeEditError.refused(
                "\(label) is cancelled, so it cannot be \(verb). Plan a new Round with "
                    + "`rounds plan` instead.")
        case .held:
            throw ProgrammeEditError.refused(
                "\(label) has already been held, so it cannot be \(verb).")
        case .planned, .confirmed:
            return
        }
    }
}
