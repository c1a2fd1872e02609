/// A way a programme or a Round strays from the Schwartz Rounds model, told in one sentence.
///
/// Warnings never stop a command; `rounds check` lists them. Messages name Rounds, dates,
/// people, venues and themes, never story titles or private notes.
public struct FidelityWarning: Sendable, Hashable, Codable {
    /// Stable identifier of the rule, for scripts (`panel-size`).
    public var code: FidelityCode
    /// How much it matters.
    public var severity: FidelitySeverity
    /// The Round concerned, when the warning is about one Round.
    public var round: RoundID?
    /// The person concerned, when the warning is about one person rather than a Round.
    public var person: EmailAddress?
    /// The sentence a person reads.
    public var message: String

    /// A warning.
    public init(
        code: FidelityCode, severity: FidelitySeverity = .warning, round: RoundID? = nil,
        person: EmailAddress? = nil, message: String
    ) {
        self.code = code
        self.severity = severity
        self.round = round
        self.person = person
        self.message = message
    }
}

extension FidelityWarning: CustomStringConvertible {
    /// `warning [panel-size] R-0042 (9 Mar 2027) has 1 panellist; ...`.
    public var description: String { "\(severity.rawValue) [\(code.rawValue)] \(message)" }
}

/// How much a warning matters.
public enum FidelitySeverity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Breaks a rule of the model; fix it before the Round.
    case warning
    /// Worth a look; the programme may have good reasons.
    case notice
}

/// The rule behind a warning; raw values are stable for scripts and `--json`.
public enum FidelityCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Fewer than two facilitators in the programme.
    case programmeFacilitators = "programme-facilitators"
    /// No trained or accredited facilitator in the programme.
    case programmeTraining = "programme-training"
    /// No clinical lead.
    case programmeClinicalLead = "programme-clinical-lead"
    /// A steering group that is missing or not mixed clinical and non-clinical.
    case steeringGroupMix = "steering-group-mix"
    /// A Round names someone who is not in the people list.
    case unknownPerson = "unknown-person"
    /// A Round names a venue the programme does not list.
    case unknownVenue = "unknown-venue"
    /// A Round has no venue and the programme has none to default to.
    case noVenue = "no-venue"
    /// A Round names a theme missing from the library.
    case unknownTheme = "unknown-theme"
    /// A panel smaller or larger than the format allows.
    case panelSize = "panel-size"
    /// A panel from a single discipline.
    case panelDisciplines = "panel-disciplines"
    /// A panel of a single seniority.
    case panelSeniority = "panel-seniority"
    /// The same person twice on one panel.
    case panelRepeat = "panel-repeat"
    /// Someone on the panel who also facilitates the Round.
    case facilitatorOnPanel = "facilitator-on-panel"
    /// Not exactly two facilitators.
    case facilitatorCount = "facilitator-count"
    /// No trained or accredited facilitator on the Round.
    case facilitatorTraining = "facilitator-training"
    /// Two clinical or two non-clinical facilitators when the programme pairs them.
    case facilitatorPairing = "facilitator-pairing"
    /// A facilitator without the facilitator role.
    case facilitatorRole = "facilitator-role"
    /// A facilitator on leave on the day.
    case facilitatorLeave = "facilitator-leave"
    /// A panellist on leave on the day.
    case panellistLeave = "panellist-leave"
    /// A facilitator with more Rounds in a quarter than the programme allows.
    case facilitatorLoad = "facilitator-load"
    /// A Round with no preparation meeting.
    case prepMissing = "prep-missing"
    /// A preparation meeting too close to (or after) its Round.
    case prepLeadTime = "prep-lead-time"
    /// A preparation meeting on a bank holiday.
    case prepHoliday = "prep-holiday"
    /// A preparation meeting on a weekend.
    case prepWeekend = "prep-weekend"
    /// A Round on a bank holiday.
    case holiday = "holiday"
    /// A Round on a blacked-out date.
    case blackout = "blackout"
    /// More than two months between consecutive Rounds.
    case seriesGap = "series-gap"
    /// Someone on the panels of two consecutive Rounds.
    case consecutivePanel = "consecutive-panel"
    /// A theme used again sooner than the programme allows.
    case themeRepeat = "theme-repeat"
    /// A held Round with no attendance recorded a week after it.
    case attendanceMissing = "attendance-missing"
    /// A held Round with no evaluations recorded a week after it.
    case evaluationsMissing = "evaluations-missing"
    /// A held Round whose evaluation response rate is below the threshold.
    case lowResponseRate = "low-response-rate"
    /// A debrief follow-up action past its due date and not done.
    case followUpOverdue = "follow-up-overdue"
}
