/// The settings of one organisation's Rounds programme.
///
/// People, themes, excerpts, leave and Rounds are separate records keyed by email, slug or
/// ``RoundID``; the programme holds what applies to all of them.
public struct Programme: Sendable, Hashable {
    /// Organisation name, such as `Northbrook Hospitals NHS Foundation Trust`.
    public var organisation: String
    /// Internet domain used in calendar UIDs, such as `northbrook.nhs.uk`.
    public var domain: String
    /// IANA time zone of every Round's wall-clock times, such as `Europe/London`.
    public var timeZone: String
    /// The region whose public holidays Rounds avoid.
    public var holidayRegion: HolidayRegion
    /// BCP 47 tag of the convention dates and times are written in for people, such as `en-GB`.
    public var locale: String
    /// The paper printed material is laid out for; nil follows ``locale``.
    public var paper: PaperSize?
    /// Rooms and video links, in the order the administrator listed them.
    public var venues: [Venue]
    /// Slug of the venue new Rounds use; nil means the first venue.
    public var defaultVenue: String?
    /// Which day of the month Rounds fall on, and when they start.
    public var cadence: Cadence
    /// Panel size and timings.
    public var format: RoundFormat
    /// Dates and ranges with no Rounds.
    public var blackouts: [Blackout]
    /// Days between the preparation meeting and its Round (at least this many).
    public var prepLeadDays: Int
    /// Length of the preparation meeting in minutes.
    public var prepMinutes: Int
    /// What happens when a cadence date falls on a holiday or blackout.
    public var lostDatePolicy: LostDatePolicy
    /// Months before a theme may be used again.
    public var themeRepeatGapMonths: Int
    /// Most Rounds one facilitator runs in a calendar quarter.
    public var maxRoundsPerFacilitatorPerQuarter: Int
    /// True when every Round pairs a clinical and a non-clinical facilitator.
    public var requiresClinicalPairing: Bool
    /// Months before a planning window whose Rounds still count towards fairness.
    public var fairnessHorizonMonths: Int
    /// Minutes before a Round (and its prep meeting) that invitations remind people.
    public var reminderMinutes: Int
    /// The administrator who sends invitations (the iCalendar ORGANIZER).
    public var organiser: EmailAddress
    /// The evaluation form's questions: the printed form and every import use them.
    public var questionSet: QuestionSet = .uk
    /// Days after a Round's start that its web evaluation form stays open.
    public var evaluationWindowDays: Int = Programme.defaultEvaluationWindowDays
    /// The address people reach `rounds serve` at (`https://rounds.example.nhs.uk`, no trailing
    /// slash); when set, packs carry a QR code to each Round's web evaluation. Nil: no QR code.
    public var webBaseURL: String?
    /// The support services the debrief page and the web's thank-you page list, in order
    /// (`support` in the programme file); nil gives ``SupportServices/defaults(for:)``.
    public var supportServices: [String]?

    /// Default days the web evaluation form stays open after a Round starts.
    public static let defaultEvaluationWindowDays = 7

    /// Default days between a preparation meeting and its Round.
    public static let defaultPrepLeadDays = 7
    /// Default preparation meeting length in minutes.
    public static let defaultPrepMinutes = 45
    /// Default months before a theme repeats.
    public static let defaultThemeRepeatGapMonths = 12
    /// Default most Rounds per facilitator per quarter.
    public static let defaultMaxRoundsPerFacilitatorPerQuarter = 2
    /// Default reminder in minutes.
    public static let defaultReminderMinutes = 30
    /// Default months of earlier Rounds that count towards fairness.
    public static let defaultFairnessHorizonMonths = 24
    /// Default locale: British English.
    public static let defaultLocale = "en-GB"

    /// The paper to print on: ``paper`` if set, else the locale's usual size.
    public var effectivePaper: PaperSize { paper ?? .default(forLocale: locale) }

    /// A programme; settings not given take the documented defaults.
    public init(
        organisation: String, domain: String, timeZone: String, holidayRegion: HolidayRegion,
        locale: String = Programme.defaultLocale, paper: PaperSize? = nil,
        venues: [Venue], defaultVenue: String? = nil, cadence: Cadence,
        format: RoundFormat = .uk, blackouts: [Blackout] = [],
        prepLeadDays: Int = Programme.defaultPrepLeadDays,
        prepMinutes: Int = Programme.defaultPrepMinutes,
        lostDatePolicy: LostDatePolicy = .sameWeekdayNextWeekWithinMonth,
        themeRepeatGapMonths: Int = Programme.defaultThemeRepeatGapMonths,
        maxRoundsPerFacilitatorPerQuarter: Int =
            Programme.defaultMaxRoundsPerFacilitatorPerQuarter,
        requiresClinicalPairing: Bool = false,
        fairnessHorizonMonths: Int = Programme.defaultFairnessHorizonMonths,
        reminderMinutes: Int = Programme.defaultReminderMinutes,
        organiser: EmailAddress
    ) {
        self.organisation = organisation
        self.domain = domain
        self.timeZone = timeZone
        self.holidayRegion = holidayRegion
        self.locale = locale
        self.paper = paper
        self.venues = venues
        self.defaultVenue = defaultVenue
        self.cadence = cadence
        self.format = format
        self.blackouts = blackouts
        self.prepLeadDays = prepLeadDays
        self.prepMinutes = prepMinutes
        self.lostDatePolicy = lostDatePolicy
        self.themeRepeatGapMonths = themeRepeatGapMonths
        self.maxRoundsPerFacilitatorPerQuarter = maxRoundsPerFacilitatorPerQuarter
        self.requiresClinicalPairing = requiresClinicalPairing
        self.fairnessHorizonMonths = fairnessHorizonMonths
        self.reminderMinutes = reminderMinutes
        self.organiser = organiser
    }

    /// The web evaluation form of Round `id` on `rounds serve` (docs/commands/serve.md), when
    /// ``webBaseURL`` is set.
    public func evaluationURL(for id: RoundID) -> String? {
        webBaseURL.map { Programme.evaluationURL(base: $0, for: id) }
    }

    /// The web evaluation form of Round `id` on a server reached at `base`.
    public static func evaluationURL(base: String, for id: RoundID) -> String {
        "\(base)/rounds/\(id)/evaluation"
    }

    /// The venue with `slug`, if the programme has one.
    public func venue(slug: String) -> Venue? { venues.first { $0.slug == slug } }

    /// The venue new Rounds use: ``defaultVenue`` if set, else the first venue.
    public var defaultVenueRecord: Venue? {
        defaultVenue.flatMap { venue(slug: $0) } ?? venues.first
    }

    /// The venue of `round`: its own (nil if unknown), or the programme default when it names none.
    public func venue(for round: Round) -> Venue? {
        guard let slug = round.venue else { return defaultVenueRecord }
        return venue(slug: slug)
    }

    /// The blackouts that cover `date`.
    public func blackouts(on date: LocalDate) -> [Blackout] {
        blackouts.filter { $0.range.contains(date) }
    }
}

extension Programme: Codable {
    private enum CodingKeys: String, CodingKey {
        case organisation, domain, timeZone, holidays, nation, locale, paper, venues
        case defaultVenue, cadence, format
        case blackouts, prepLeadDays, prepMinutes, lostDatePolicy, themeRepeatGapMonths
        case maxRoundsPerFacilitatorPerQuarter, requiresClinicalPairing, reminderMinutes
        case organiser, fairnessHorizonMonths, questionSet, evaluationWindowDays, webBaseURL
        case supportServices
    }

    /// Decodes a programme; settings with defaults may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            organisation: try c.decode(String.self, forKey: .organisation),
            domain: try c.decode(String.self, forKey: .domain),
            timeZone: try c.decode(String.self, forKey: .timeZone),
            // Stores written before holiday regions hold a UK `nation` instead.
            holidayRegion: try c.decodeIfPresent(HolidayRegion.self, forKey: .holidays)
                ?? HolidayRegion(c.decode(Nation.self, forKey: .nation)),
            locale: try c.decodeIfPresent(String.self, forKey: .locale)
                ?? Programme.defaultLocale,
            paper: try c.decodeIfPresent(PaperSize.self, forKey: .paper),
            venues: try c.decodeIfPresent([Venue].self, forKey: .venues) ?? [],
            defaultVenue: try c.decodeIfPresent(String.self, forKey: .defaultVenue),
            cadence: try c.decode(Cadence.self, forKey: .cadence),
            format: try c.decodeIfPresent(RoundFormat.self, forKey: .format) ?? .uk,
            blackouts: try c.decodeIfPresent([Blackout].self, forKey: .blackouts) ?? [],
            prepLeadDays: try c.decodeIfPresent(Int.self, forKey: .prepLeadDays)
                ?? Programme.defaultPrepLeadDays,
            prepMinutes: try c.decodeIfPresent(Int.self, forKey: .prepMinutes)
                ?? Programme.defaultPrepMinutes,
            lostDatePolicy: try c.decodeIfPresent(LostDatePolicy.self, forKey: .lostDatePolicy)
                ?? .sameWeekdayNextWeekWithinMonth,
            themeRepeatGapMonths: try c.decodeIfPresent(Int.self, forKey: .themeRepeatGapMonths)
                ?? Programme.defaultThemeRepeatGapMonths,
            maxRoundsPerFacilitatorPerQuarter: try c.decodeIfPresent(
                Int.self, forKey: .maxRoundsPerFacilitatorPerQuarter)
                ?? Programme.defaultMaxRoundsPerFacilitatorPerQuarter,
            requiresClinicalPairing: try c.decodeIfPresent(
                Bool.self, forKey: .requiresClinicalPairing) ?? false,
            fairnessHorizonMonths: try c.decodeIfPresent(Int.self, forKey: .fairnessHorizonMonths)
                ?? Programme.defaultFairnessHorizonMonths,
            reminderMinutes: try c.decodeIfPresent(Int.self, forKey: .reminderMinutes)
                ?? Programme.defaultReminderMinutes,
            organiser: try c.decode(EmailAddress.self, forKey: .organiser))
        questionSet = try c.decodeIfPresent(QuestionSet.self, forKey: .questionSet) ?? .uk
        evaluationWindowDays =
            try c.decodeIfPresent(Int.self, forKey: .evaluationWindowDays)
            ?? Self.defaultEvaluationWindowDays
        webBaseURL = try c.decodeIfPresent(String.self, forKey: .webBaseURL)
        supportServices = try c.decodeIfPresent([String].self, forKey: .supportServices)
    }

    /// Encodes every setting; the holiday region under `holidays`, the paper only when set.
    ///
    /// A setting left out here is lost in the store: `ProgrammeCodingTests` round-trips them all.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(domain, forKey: .domain)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(holidayRegion, forKey: .holidays)
        try c.encode(locale, forKey: .locale)
        try c.encodeIfPresent(paper, forKey: .paper)
        try c.encode(venues, forKey: .venues)
        try c.encodeIfPresent(defaultVenue, forKey: .defaultVenue)
        try c.encode(cadence, forKey: .cadence)
        try c.encode(format, forKey: .format)
        try c.encode(blackouts, forKey: .blackouts)
        try c.encode(prepLeadDays, forKey: .prepLeadDays)
        try c.encode(prepMinutes, forKey: .prepMinutes)
        try c.encode(lostDatePolicy, forKey: .lostDatePolicy)
        try c.encode(themeRepeatGapMonths, forKey: .themeRepeatGapMonths)
        try c.encode(maxRoundsPerFacilitatorPerQuarter, forKey: .maxRoundsPerFacilitatorPerQuarter)
        try c.encode(requiresClinicalPairing, forKey: .requiresClinicalPairing)
        try c.encode(fairnessHorizonMonths, forKey: .fairnessHorizonMonths)
        try c.encode(reminderMinutes, forKey: .reminderMinutes)
        try c.encode(organiser, forKey: .organiser)
        try c.encode(questionSet, forKey: .questionSet)
        // Left out at its default, so stores written before the key existed read the same.
        if evaluationWindowDays != Self.defaultEvaluationWindowDays {
            try c.encode(evaluationWindowDays, forKey: .evaluationWindowDays)
        }
        try c.encodeIfPresent(webBaseURL, forKey: .webBaseURL)
        try c.encodeIfPresent(supportServices, forKey: .supportServices)
    }
}
