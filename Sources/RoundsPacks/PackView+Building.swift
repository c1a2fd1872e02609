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
        let (sheet, sheetWarning) = PackView.runSheet(round: round, format: format)
        let themeTitle = input.theme?.title ?? "Theme to be chosen"
        let facilitators = round.facilitators.map { email in
            PersonView(input.person(email), email: email)
        }
        let lead = input.people.first { $0.roles.contains(.clinicalLead) }
        let prepDeadline = round.date.adding(days: -programme.prepLeadDays)
        let dates = DateWriter(locale: programme.locale)

        self.lang = programme.locale
        let words = PackWords(locale: programme.locale)
        self.words = words
        self.supportServices = SupportServices.list(for: programme)
        self.title = "Facilitator pack: \(themeTitle), \(dates.short(round.date))"
        self.organisation = programme.organisation
        self.roundID = round.id.description
        self.status = round.status.rawValue
        self.isCancelled = round.status == .cancelled
        self.dateText = dates.long(round.date)
        self.startTime = dates.time(round.start.time)
        self.endTime = dates.time(round.end.time)
        self.timeRange = dates.timeRange(round.start.time, round.end.time)
        self.paperSize = programme.effectivePaper.cssName
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
            ? "the theme"
            : !(input.excerpt?.suggestedPrompts.isEmpty ?? true)
                ? "the excerpt" : "the \(format.preset.displayName) format's defaults"
        self.runSheet = sheet.map { segment in
            SegmentView(
                segment, roundStart: round.start, panel: panel, dates: dates, words: words)
        }
        self.runSheetWarning = sheetWarning
        self.arrivalTime = dates.time(format.arrivalStart(for: round.start).time)
        self.clinicalLead = lead.map { PersonView($0, email: $0.email) }
        self.facilitators = facilitators
        self.facilitatorNames =
            facilitators.isEmpty
            ? "Facilitators to be assigned" : listText(facilitators.map(\.name))
        self.panel = panel
        self.hasPanel = !panel.isEmpty
        self.panelNames = listText(panel.map(\.name))
        self.prepMeeting = round.prepMeeting.map { PrepMeetingView($0, dates: dates) }
        self.prepDeadline = dates.long(prepDeadline)
        self.signInRows = (1...PackView.signInRowCount).map(SignInRow.init)
        let questions = input.questionSet
        self.evaluationItems = questions.questions.enumerated().map {
            EvaluationItem(number: $0.offset + 1, statement: $0.element.text)
        }
        self.agreementScale = QuestionSet.agreementScale
        self.ratingScale = QuestionSet.ratingLabels.enumerated().map {
            RatingPoint(value: $0.offset + 1, label: nonEmpty($0.element))
        }
        self.evaluationStem = questions.stem
        self.ratingQuestion = questions.ratingQuestion
        self.staffGroups = questions.staffGroups
        self.commentQuestion = questions.commentQuestion
        self.evaluationLink = programme.evaluationURL(for: round.id).map {
            EvaluationLinkView(url: $0)
        }
    }
}

extension EvaluationLinkView {
    /// The link to `url`: the QR code, and the address without its scheme for typing.
    init(url: String) {
        let short = url.firstRange(of: "://").map { String(url[$0.upperBound...]) } ?? url
        self.init(
            url: url, shortURL: short,
            qrSVG: QRCode(url)?.svg(title: "QR code for the evaluation at \(short)") ?? "")
    }
}

extension VenueView {
    init(_ venue: Venue) {
        self.init(
            name: venue.name, address: nonEmpty(venue.address),
            videoLink: nonEmpty(venue.videoLink),
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

extension PackView {
    /// Core's run sheet for the Round's panel (the format's planned panel while it has none),
    /// and a warning when it does not fit the Round as booked.
    static func runSheet(round: Round, format: RoundFormat) -> ([RunSheetSegment], String?) {
        let planned = format.end(for: round.start)
        var warning: String?
        if planned != round.end {
            warning =
                "The Round is booked until \(round.end.time) but the format's run sheet ends at "
                + "\(planned.time). Adjust the booking or the programme's format."
        }
        if !round.panel.isEmpty {
            do {
                return (try RunSheet(format: format, round: round).segments, warning)
            } catch {
                warning =
                    "With \(round.panel.count) panellists the stories leave no time for open "
                    + "discussion; the run sheet below plans for \(format.panellists)."
            }
        }
        // A format that fails validation cannot come from a checked programme; show no
        // segments rather than stop the whole pack.
        return ((try? RunSheet(format: format))?.segments ?? [], warning)
    }
}

extension SegmentView {
    init(
        _ segment: RunSheetSegment, roundStart: LocalDateTime, panel: [PanellistView],
        dates: DateWriter, words: PackWords = PackWords(locale: "en-GB")
    ) {
        let lead: String
        switch segment.kind {
        case .arrival: lead = "Administrator"
        case .welcome: lead = "Clinical lead"
        case .groundRules, .discussion, .close: lead = "Facilitators"
        case .story:
            let position = segment.speakingPosition ?? 1
            lead =
                panel.first { $0.order == position }?.name
                ?? "\(words.panellist.prefix(1).uppercased())\(words.panellist.dropFirst()) "
                + "\(position) (to be confirmed)"
        }
        self.init(
            start: dates.time(segment.start(from: roundStart).time),
            end: dates.time(segment.end(from: roundStart).time),
            minutes: segment.minutes, title: segment.title, lead: lead)
    }
}

extension PersonView {
    init(_ person: Person?, email: EmailAddress) {
        self.init(
            name: person?.name ?? email.value, email: email.value,
            staffGroup: person?.staffGroup ?? "Not recorded",
            seniority: nonEmpty(person?.seniority),
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
    init(_ meeting: PrepMeeting, dates: DateWriter) {
        self.init(
            dateText: dates.long(meeting.start.date), startTime: dates.time(meeting.start.time),
            endTime: dates.time(meeting.end.time),
            timeRange: dates.timeRange(meeting.start.time, meeting.end.time))
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
