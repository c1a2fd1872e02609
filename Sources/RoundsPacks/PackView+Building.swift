import RoundsCore

extension PackView {
    /// Rows on the sign-in sheet: enough for a well-attended Round across two pages.
    static let signInRowCount = 40

    /// Builds the view of `input`; `storytellers` placeholders fill an empty panel.
    init(_ input: PackInput) {
        let programme = input.programme
        let round = input.round
        let format = programme.format
        let panel = round.panel.enumerated().map { index, panellist in
            PanellistView(input.person(panellist.person), panellist: panellist, order: index + 1)
        }
        let storytellers =
            panel.isEmpty
            ? (1...max(format.panellists, 1)).map { "Panellist \($0) (to be confirmed)" }
            : panel.map(\.name)
        let sheet = PackRunSheet(round: round, format: format, storytellers: storytellers)
        let themeTitle = input.theme?.title ?? "Theme to be chosen"
        let facilitators = round.facilitators.map { email in
            PersonView(input.person(email), email: email)
        }
        let lead = input.people.first { $0.roles.contains(.clinicalLead) }
        let prepDeadline = round.date.adding(days: -programme.prepLeadDays)

        self.title = "Facilitator pack: \(themeTitle), \(round.date.displayText)"
        self.organisation = programme.organisation
        self.roundID = round.id.description
        self.status = round.status.rawValue
        self.isCancelled = round.status == .cancelled
        self.dateText = round.date.longText
        self.startTime = round.start.time.description
        self.endTime = round.end.time.description
        self.timeZone = programme.timeZone
        self.formatName = format.preset.displayName
        self.venue = programme.venue(for: round).map(VenueView.init)
        self.theme = ThemeView(
            title: themeTitle, description: paragraphs(input.theme?.description),
            isChosen: input.theme != nil)
        self.excerpt = input.excerpt.map(ExcerptView.init)
        self.prompts = ReflectivePrompts.choose(
            theme: input.theme, excerpt: input.excerpt, preset: format.preset)
        self.promptsSource =
            !(input.theme?.prompts.isEmpty ?? true)
            ? "the theme" : !(input.excerpt?.suggestedPrompts.isEmpty ?? true)
                ? "the excerpt" : "the \(format.preset.displayName) format's defaults"
        self.runSheet = sheet.segments.map(SegmentView.init)
        self.runSheetOverrun = sheet.overrunMinutes > 0 ? sheet.overrunMinutes : nil
        self.clinicalLead = lead.map { PersonView($0, email: $0.email) }
        self.facilitators = facilitators
        self.facilitatorNames =
            facilitators.isEmpty
            ? "Facilitators to be assigned" : listText(facilitators.map(\.name))
        self.panel = panel
        self.hasPanel = !panel.isEmpty
        self.panelNames = listText(panel.map(\.name))
        self.prepMeeting = round.prepMeeting.map(PrepMeetingView.init)
        self.prepDeadline = prepDeadline.longText
        self.signInRows = (1...PackView.signInRowCount).map(SignInRow.init)
        self.evaluationItems = EvaluationForm.statements.enumerated().map {
            EvaluationItem(number: $0.offset + 1, statement: $0.element)
        }
        self.agreementScale = EvaluationForm.agreementScale
        self.ratingScale = EvaluationForm.ratingScale.map { RatingPoint(value: $0, label: nonEmpty($1)) }
    }
}

extension VenueView {
    init(_ venue: Venue) {
        self.init(
            name: venue.name, address: nonEmpty(venue.address), videoLink: nonEmpty(venue.videoLink),
            isVideo: venue.kind == .video)
    }
}

extension ExcerptView {
    init(_ excerpt: Excerpt) {
        self.init(
            quotation: paragraphs(excerpt.quotation), citation: excerpt.citation,
            url: nonEmpty(excerpt.url), note: paragraphs(excerpt.note))
    }
}

extension SegmentView {
    init(_ segment: RunSheetSegment) {
        self.init(
            start: segment.start.time.description, end: segment.end.time.description,
            minutes: segment.minutes, title: segment.title, lead: segment.lead)
    }
}

extension PersonView {
    init(_ person: Person?, email: EmailAddress) {
        self.init(
            name: person?.name ?? email.value, email: email.value,
            staffGroup: person?.staffGroup ?? "Not recorded", seniority: nonEmpty(person?.seniority),
            training: person?.facilitatorProfile?.training.rawValue)
    }
}

extension PanellistView {
    init(_ person: Person?, panellist: Panellist, order: Int) {
        let notes = paragraphs(panellist.notes)
        self.init(
            order: order, name: person?.name ?? panellist.person.value,
            email: panellist.person.value, staffGroup: person?.staffGroup ?? "Not recorded",
            seniority: nonEmpty(person?.seniority), storyTitle: nonEmpty(panellist.storyTitle),
            notes: notes, hasNotes: !notes.isEmpty, slot: "Story \(order)")
    }
}

extension PrepMeetingView {
    init(_ meeting: PrepMeeting) {
        self.init(
            dateText: meeting.start.date.longText, startTime: meeting.start.time.description,
            endTime: meeting.end.time.description)
    }
}

/// Text split at blank lines into trimmed paragraphs; nil or blank gives none.
func paragraphs(_ text: String?) -> [String] {
    guard let text else { return [] }
    var result: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.allSatisfy(\.isWhitespace) {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        } else {
            current.append(line.drop { $0.isWhitespace })
        }
    }
    if !current.isEmpty { result.append(current.joined(separator: " ")) }
    return result
}

/// Names as English prose: `A`, `A and B`, `A, B and C`.
func listText(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    guard names.count > 1 else { return last }
    return names.dropLast().joined(separator: ", ") + " and " + last
}

/// The text, or nil when it is nil or only whitespace.
func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
}

extension LocalDate {
    /// The date in words, such as `Tuesday 9 March 2027`.
    var longText: String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ]
        return "\(weekday.displayName) \(day) \(months[month - 1]) \(year)"
    }
}
