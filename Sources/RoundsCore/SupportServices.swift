/// Where staff can turn after a Round that stirred something difficult: the list on the
/// debrief page of every pack and on the web's thank-you page.
///
/// A programme sets its own with `support` in the programme file (its real service names and
/// numbers). Without it, the list follows the holiday region, because the services and the
/// crisis line differ by country: Samaritans' 116 123 answers in the UK and Ireland, the 988
/// Suicide & Crisis Lifeline in the United States. Any other region gets the kinds of service
/// without a number, rather than a number that does not answer there.
public enum SupportServices {
    /// The programme's own list, or the default for its holiday region.
    public static func list(for programme: Programme) -> [String] {
        programme.supportServices ?? defaults(for: programme.holidayRegion)
    }

    /// The default list for `region`.
    public static func defaults(for region: HolidayRegion) -> [String] {
        if region.nation != nil { return unitedKingdom }
        switch region {
        case .ireland: return ireland
        case .unitedStates: return unitedStates
        default: return general
        }
    }

    /// The NHS's services, in the UK.
    public static let unitedKingdom = [
        "Occupational health and wellbeing service",
        "Employee assistance programme (confidential, usually 24 hours)",
        "Chaplaincy and spiritual care",
        "Staff psychological support service",
        "Line manager, clinical supervisor or professional nurse advocate",
        "Freedom to Speak Up guardian, for concerns about safety or conduct (which a Round does "
            + "not handle)",
        "Samaritans, free at any hour: 116 123",
    ]

    /// Ireland's: the HSE's counselling service for staff and its protected disclosures route.
    public static let ireland = [
        "Occupational health service",
        "Employee Assistance and Counselling Service (confidential)",
        "Chaplaincy and pastoral care",
        "Line manager or clinical supervisor",
        "Protected disclosures (speak up) process, for concerns about safety or conduct (which a "
            + "Round does not handle)",
        "Samaritans, free at any hour: 116 123",
    ]

    /// The United States'.
    public static let unitedStates = [
        "Employee health and wellness services",
        "Employee Assistance Program (EAP; confidential, usually 24 hours)",
        "Chaplaincy and spiritual care",
        "Peer support program",
        "Manager or clinical supervisor",
        "Compliance or ethics hotline, for concerns about safety or conduct (which a Round does "
            + "not handle)",
        "988 Suicide & Crisis Lifeline, call or text 988 at any hour",
    ]

    /// Anywhere else: the kinds of service, to be replaced by the programme's own list.
    public static let general = [
        "Occupational health or employee wellbeing service",
        "Employee assistance service (confidential)",
        "Chaplaincy and spiritual care",
        "Line manager or clinical supervisor",
        "Your organisation's route for concerns about safety or conduct (which a Round does not "
            + "handle)",
        "Your local crisis line",
    ]
}
