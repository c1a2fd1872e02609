/// A part someone plays in the programme; one person may hold several.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Co-facilitates Rounds and prepares panels.
    case facilitator
    /// Senior clinician who welcomes the audience and champions the programme.
    case clinicalLead = "clinical-lead"
    /// Runs rooms, food, publicity and invitations.
    case administrator
    /// Chooses themes and panellists.
    case steeringGroup = "steering-group"
    /// Tells a story on a panel.
    case panellist

    /// The name for people, such as `clinical lead`.
    public var displayName: String {
        switch self {
        case .facilitator: "facilitator"
        case .clinicalLead: "clinical lead"
        case .administrator: "administrator"
        case .steeringGroup: "steering group"
        case .panellist: "panellist"
        }
    }

    /// Earlier (or smaller) first.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
