/// The shape and timings of a Round: panel size and how its minutes are spent.
///
/// `lengthMinutes` is the booked Round proper, from the welcome to the end of the close: a
/// cadence of 12:00-13:00 books a 60-minute Round from 12:00 to 13:00. Arrival and food come
/// before the start (`arrivalMinutes`, "lunch from 11:45") and are not part of the length. The
/// closing segment (thanks, evaluation forms) takes whatever the welcome, ground rules, stories
/// and discussion leave, so a run sheet always adds up to the length; ``validate()`` refuses a
/// format whose segments overrun it.
public struct RoundFormat: Sendable, Hashable {
    /// The preset this format started from.
    public var preset: FormatPreset
    /// Fewest panellists a faithful Round has.
    public var minPanellists: Int
    /// Most panellists a faithful Round has.
    public var maxPanellists: Int
    /// Panellists the run sheet plans for.
    public var panellists: Int
    /// Minutes for each panellist's story.
    public var storyMinutes: Int
    /// Minutes of facilitated open discussion.
    public var discussionMinutes: Int
    /// Minutes for arrival and food before the Round starts; not part of ``lengthMinutes``.
    public var arrivalMinutes: Int
    /// Minutes for the clinical lead's welcome and introduction.
    public var welcomeMinutes: Int
    /// Minutes for the facilitators' ground rules.
    public var groundRulesMinutes: Int
    /// Booked length of the Round in minutes, welcome to close, arrival and food excluded.
    public var lengthMinutes: Int

    /// A format with every field given; call ``validate()`` before relying on it.
    public init(
        preset: FormatPreset, minPanellists: Int, maxPanellists: Int, panellists: Int,
        storyMinutes: Int, discussionMinutes: Int, arrivalMinutes: Int, welcomeMinutes: Int,
        groundRulesMinutes: Int, lengthMinutes: Int
    ) {
        self.preset = preset
        self.minPanellists = minPanellists
        self.maxPanellists = maxPanellists
        self.panellists = panellists
        self.storyMinutes = storyMinutes
        self.discussionMinutes = discussionMinutes
        self.arrivalMinutes = arrivalMinutes
        self.welcomeMinutes = welcomeMinutes
        self.groundRulesMinutes = groundRulesMinutes
        self.lengthMinutes = lengthMinutes
    }

    /// The UK pattern: an hour with three panellists (two to four), 15 minutes of stories, 40
    /// of discussion and a 2-minute close, after 15 minutes for food before the start.
    public static let uk = RoundFormat(
        preset: .uk, minPanellists: 2, maxPanellists: 4, panellists: 3, storyMinutes: 5,
        discussionMinutes: 40, arrivalMinutes: 15, welcomeMinutes: 2, groundRulesMinutes: 1,
        lengthMinutes: 60)

    /// The US pattern: an hour with three or four panellists of about five minutes each, a
    /// fuller introduction, and a 3-minute close that reminds people to complete evaluations.
    public static let us = RoundFormat(
        preset: .us, minPanellists: 3, maxPanellists: 4, panellists: 3, storyMinutes: 5,
        discussionMinutes: 36, arrivalMinutes: 10, welcomeMinutes: 4, groundRulesMinutes: 2,
        lengthMinutes: 60)

    /// Team Time: 45 minutes for one team, two storytellers of about five minutes each, 29 of
    /// discussion and a 3-minute close.
    public static let teamTime = RoundFormat(
        preset: .teamTime, minPanellists: 2, maxPanellists: 2, panellists: 2, storyMinutes: 5,
        discussionMinutes: 29, arrivalMinutes: 3, welcomeMinutes: 2, groundRulesMinutes: 1,
        lengthMinutes: 45)

    /// The preset's format; ``FormatPreset/custom`` starts from the UK timings.
    public static func preset(_ preset: FormatPreset) -> RoundFormat {
        switch preset {
        case .uk: .uk
        case .us: .us
        case .teamTime: .teamTime
        case .custom:
            RoundFormat(
                preset: .custom, minPanellists: uk.minPanellists,
                maxPanellists: uk.maxPanellists, panellists: uk.panellists,
                storyMinutes: uk.storyMinutes, discussionMinutes: uk.discussionMinutes,
                arrivalMinutes: uk.arrivalMinutes, welcomeMinutes: uk.welcomeMinutes,
                groundRulesMinutes: uk.groundRulesMinutes, lengthMinutes: uk.lengthMinutes)
        }
    }

    /// Minutes all panellists' stories take together.
    public var totalStoryMinutes: Int { panellists * storyMinutes }

    /// Minutes left for the close and evaluation once the welcome, ground rules, stories and
    /// discussion are counted; arrival comes before the start and takes none of the length.
    public var closeMinutes: Int {
        lengthMinutes - welcomeMinutes - groundRulesMinutes - totalStoryMinutes - discussionMinutes
    }

    /// When arrival and food begin for a Round starting (welcome) at `start`.
    public func arrivalStart(for start: LocalDateTime) -> LocalDateTime {
        start.adding(minutes: -arrivalMinutes)
    }

    /// When a Round starting at `start` ends: `lengthMinutes` later.
    public func end(for start: LocalDateTime) -> LocalDateTime {
        start.adding(minutes: lengthMinutes)
    }

    /// Checks panel sizes and timings; throws the first problem as a ``RoundsCoreError``.
    public func validate() throws(RoundsCoreError) {
        let minutes: [(String, Int)] = [
            ("story", storyMinutes), ("discussion", discussionMinutes),
            ("arrival", arrivalMinutes), ("welcome", welcomeMinutes),
            ("ground rules", groundRulesMinutes), ("length", lengthMinutes),
        ]
        for (field, value) in minutes where value < 0 {
            throw .negativeMinutes(field: field, minutes: value)
        }
        guard minPanellists >= 1, minPanellists <= maxPanellists,
            (minPanellists...maxPanellists).contains(panellists)
        else {
            throw .invalidPanelSize(
                min: minPanellists, max: maxPanellists, panellists: panellists)
        }
        guard closeMinutes >= 0 else {
            throw .formatOverruns(
                plannedMinutes: lengthMinutes - closeMinutes, lengthMinutes: lengthMinutes)
        }
    }
}

/// The named starting points for a format.
public enum FormatPreset: String, Sendable, Hashable, Codable, CaseIterable {
    /// UK Schwartz Rounds.
    case uk
    /// US Schwartz Rounds.
    case us
    /// Team Time, for one team.
    case teamTime = "team-time"
    /// The programme's own timings.
    case custom

    /// The name for people, such as `Team Time`.
    public var displayName: String {
        switch self {
        case .uk: "UK"
        case .us: "US"
        case .teamTime: "Team Time"
        case .custom: "custom"
        }
    }
}

extension RoundFormat: Codable {
    private enum CodingKeys: String, CodingKey {
        case preset, minPanellists, maxPanellists, panellists, storyMinutes, discussionMinutes
        case arrivalMinutes, welcomeMinutes, groundRulesMinutes, lengthMinutes
    }

    /// Decodes a format: the preset's values, overridden by any field present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let preset = try container.decode(FormatPreset.self, forKey: .preset)
        var format = RoundFormat.preset(preset)
        let fields: [(CodingKeys, WritableKeyPath<RoundFormat, Int>)] = [
            (.minPanellists, \.minPanellists), (.maxPanellists, \.maxPanellists),
            (.panellists, \.panellists), (.storyMinutes, \.storyMinutes),
            (.discussionMinutes, \.discussionMinutes), (.arrivalMinutes, \.arrivalMinutes),
            (.welcomeMinutes, \.welcomeMinutes), (.groundRulesMinutes, \.groundRulesMinutes),
            (.lengthMinutes, \.lengthMinutes),
        ]
        for (key, path) in fields {
            if let value = try container.decodeIfPresent(Int.self, forKey: key) {
                format[keyPath: path] = value
            }
        }
        do {
            try format.validate()
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.description,
                    underlyingError: error))
        }
        self = format
    }

    /// Encodes every field, so a file shows the timings in use.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(preset, forKey: .preset)
        try container.encode(minPanellists, forKey: .minPanellists)
        try container.encode(maxPanellists, forKey: .maxPanellists)
        try container.encode(panellists, forKey: .panellists)
        try container.encode(storyMinutes, forKey: .storyMinutes)
        try container.encode(discussionMinutes, forKey: .discussionMinutes)
        try container.encode(arrivalMinutes, forKey: .arrivalMinutes)
        try container.encode(welcomeMinutes, forKey: .welcomeMinutes)
        try container.encode(groundRulesMinutes, forKey: .groundRulesMinutes)
        try container.encode(lengthMinutes, forKey: .lengthMinutes)
    }
}
