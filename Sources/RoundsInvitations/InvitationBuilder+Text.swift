import RoundsCore

// The DESCRIPTION of each invitation: practical details in plain sentences. Names of the
// facilitators and the panel appear because everyone reading it is one of them; story titles
// and private notes never do (docs/invitations.md says why).
extension InvitationBuilder {
    func requestText(_ subject: InvitationSubject) -> String {
        let round = subject.round
        var paragraphs: [String] = []
        if subject.isPrepMeeting {
            paragraphs.append(
                "Panel preparation for the \(content.kindName) on "
                    + "\(content.whenText(round.start, round.end)). The facilitators and the "
                    + "panel agree the speaking order and talk the stories through; what is "
                    + "said stays in the meeting.")
        } else {
            paragraphs.append(title(subject))
        }
        paragraphs.append(detailLines(subject).joined(separator: "\n"))
        if let theme = source.theme(for: round), !theme.description.isEmpty {
            paragraphs.append(theme.description)
        }
        let people = peopleLines(round)
        if !people.isEmpty { paragraphs.append(people.joined(separator: "\n")) }
        paragraphs.append(
            "Please accept or decline, so that the facilitators know who is coming. "
                + "Questions: \(programme.organiser).")
        return paragraphs.joined(separator: "\n\n")
    }

    func cancelText(_ subject: InvitationSubject) -> String {
        let what = subject.isPrepMeeting ? "panel preparation meeting" : content.kindName
        return [
            "This \(what) has been cancelled. Please remove it from your calendar.",
            detailLines(subject).joined(separator: "\n"),
            "Questions: \(programme.organiser).",
        ].joined(separator: "\n\n")
    }

    func uninviteText(_ subject: InvitationSubject) -> String {
        let what = subject.isPrepMeeting ? "panel preparation meeting" : content.kindName
        return [
            "You are no longer needed at this \(what); it still takes place. "
                + "Thank you for being ready to help.",
            detailLines(subject).joined(separator: "\n"),
            "Questions: \(programme.organiser).",
        ].joined(separator: "\n\n")
    }

    private func detailLines(_ subject: InvitationSubject) -> [String] {
        var lines = ["When: " + content.whenText(subject.start, subject.end)]
        if let place = content.whereText(programme.venue(for: subject.round)) {
            lines.append("Where: " + place)
        }
        if let theme = source.theme(for: subject.round), !theme.title.isEmpty {
            lines.append("Theme: " + theme.title)
        }
        return lines
    }

    private func peopleLines(_ round: Round) -> [String] {
        var lines: [String] = []
        if !round.facilitators.isEmpty {
            lines.append(
                "Facilitators: " + round.facilitators.map(displayName).joined(separator: ", "))
        }
        if !round.panel.isEmpty {
            lines.append(
                "Panel, in speaking order: "
                    + round.panelMembers.map(displayName).joined(separator: ", "))
        }
        return lines
    }

    private func displayName(_ email: EmailAddress) -> String {
        source.name(of: email) ?? email.value
    }
}
