/// Problems with values people type or files hold, each told as plain sentences.
///
/// Associated values carry only what a person typed or an id; never confidential text.
public enum RoundsCoreError: Error, Sendable, Hashable {
    /// Text that is not a `YYYY-MM-DD` date, or names a day that does not exist.
    case invalidDate(String)
    /// Text that is not an `HH:MM` time.
    case invalidTime(String)
    /// Text that is not a `YYYY-MM-DDTHH:MM` date and time.
    case invalidDateTime(String)
    /// A date range whose end comes before its start.
    case invalidDateRange(start: LocalDate, end: LocalDate)
    /// Text that is not an email address.
    case invalidEmail(String)
    /// Text that is not a Round id.
    case invalidRoundID(String)
    /// Text that is neither a Round id nor a date.
    case invalidRoundReference(String)
    /// No Round has this id.
    case unknownRound(RoundID)
    /// No Round falls on this date.
    case noRoundOnDate(LocalDate)
    /// Several Rounds fall on this date.
    case ambiguousDate(LocalDate, [RoundID])
    /// A cadence with an impossible ordinal or interval.
    case invalidCadence(ordinal: Int, intervalMonths: Int)
    /// A format segment with negative minutes.
    case negativeMinutes(field: String, minutes: Int)
    /// A format whose panel sizes contradict each other.
    case invalidPanelSize(min: Int, max: Int, panellists: Int)
    /// A format whose segments from the welcome on take longer than its length.
    case formatOverruns(plannedMinutes: Int, lengthMinutes: Int)
    /// A Round whose end is not after its start.
    case roundEndsBeforeStart(RoundID)
    /// A programme setting left empty.
    case missingSetting(String)
    /// A programme domain that is not an internet domain.
    case invalidDomain(String)
    /// A key (venue, theme or excerpt slug) that is not a valid slug.
    case invalidSlug(kind: String, String)
    /// The same key used twice.
    case duplicateKey(kind: String, String)
    /// A video venue with no joining link.
    case videoVenueWithoutLink(String)
    /// A default venue the programme does not list.
    case unknownDefaultVenue(String)
    /// A numeric programme setting below its minimum.
    case settingTooSmall(String, value: Int, minimum: Int)
}

extension RoundsCoreError: CustomStringConvertible {
    /// What happened and what to do, in one or two sentences.
    public var description: String {
        switch self {
        case .invalidDate(let text):
            "\(quoted(text)) is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
        case .invalidTime(let text):
            "\(quoted(text)) is not a time. Write times as HH:MM on the 24-hour clock, "
                + "for example 12:30."
        case .invalidDateTime(let text):
            "\(quoted(text)) is not a date and time. Write them as YYYY-MM-DDTHH:MM, "
                + "for example 2027-03-09T12:00."
        case .invalidDateRange(let start, let end):
            "The dates \(start) to \(end) end before they start. Put the earlier date first."
        case .invalidEmail(let text):
            "\(quoted(text)) is not an email address. Check it for a missing @ or domain, "
                + "or a stray space."
        case .invalidRoundID(let text):
            "\(quoted(text)) is not a Round id. Round ids look like R-0042."
        case .invalidRoundReference(let text):
            "\(quoted(text)) does not name a Round. Give its id, such as R-0042, "
                + "or its date, such as 2027-03-09."
        case .unknownRound(let id):
            "There is no Round \(id). Run `rounds list` to see the Rounds there are."
        case .noRoundOnDate(let date):
            "There is no Round on \(date). Run `rounds list` to see the dates."
        case .ambiguousDate(let date, let ids):
            "There are \(ids.count) Rounds on \(date) "
                + "(\(ids.map(\.description).joined(separator: ", "))). Name one by its id."
        case .invalidCadence(let ordinal, let interval):
            if Cadence.validOrdinals.contains(ordinal) {
                "A Round every \(interval) months is not a cadence Rounds can plan. "
                    + "Give 1 to 12 months."
            } else {
                "Occurrence \(ordinal) of a weekday in the month is not a cadence Rounds can "
                    + "plan. Give 1 to 4 for the first to fourth, or -1 for the last."
            }
        case .negativeMinutes(let field, let minutes):
            "The format gives \(minutes) minutes for \(field). Give 0 or more minutes."
        case .invalidPanelSize(let min, let max, let panellists):
            "The format's panel sizes do not fit together: \(panellists) panellists planned, "
                + "\(min) to \(max) allowed. Give a minimum of at least 1, a maximum no "
                + "smaller, and a planned number between them."
        case .formatOverruns(let planned, let length):
            "The format's segments take \(planned) minutes from the welcome on, longer than its "
                + "\(length)-minute length. Shorten them or lengthen the Round; arrival and food "
                + "come before the start and do not count."
        case .roundEndsBeforeStart(let id):
            "Round \(id) ends before it starts. Give an end time after the start time."
        case .missingSetting(let setting):
            "The programme has no \(setting). Add it to the programme."
        case .invalidDomain(let text):
            "\(quoted(text)) is not an internet domain. Give the organisation's domain, "
                + "such as northbrook.nhs.uk; calendar entries are named after it."
        case .invalidSlug(let kind, let text):
            (text.isEmpty
                ? "A \(kind) has an empty key. " : "The \(kind) key \(text) is not valid. ")
                + "Use lower-case letters, digits and single hyphens, such as "
                + "\(Slug.make(from: text).isEmpty ? "main-hall" : Slug.make(from: text))."
        case .duplicateKey(let kind, let text):
            "The programme lists the \(kind) \(text) twice. Give each \(kind) its own key."
        case .videoVenueWithoutLink(let slug):
            "The venue \(slug) is a video call but has no link. Add its joining link."
        case .unknownDefaultVenue(let slug):
            "The default venue \(slug) is not one of the programme's venues. Name one of them, "
                + "or leave the default out to use the first."
        case .settingTooSmall(let setting, let value, let minimum):
            "The programme's \(setting) is \(value). Give \(minimum) or more."
        }
    }

    private func quoted(_ text: String) -> String {
        text.isEmpty ? "An empty value" : text
    }
}
