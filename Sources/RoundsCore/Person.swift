/// Someone who takes part in the programme; their email address is their identity.
public struct Person: Sendable, Hashable, Codable {
    /// Identity; two records with the same address are the same person.
    public var email: EmailAddress
    /// Name as colleagues know it, such as `Ana Price`.
    public var name: String
    /// Staff group or discipline, such as `Nursing`, `Medical`, `Estates and Facilities`.
    public var staffGroup: String
    /// True for staff in clinical roles.
    public var isClinical: Bool
    /// Band or grade, such as `Band 6` or `Consultant`; nil when not recorded.
    public var seniority: String?
    /// What the person does in the programme.
    public var roles: Set<Role>
    /// Training details for facilitators; nil for everyone else.
    public var facilitatorProfile: FacilitatorProfile?

    /// A person record.
    public init(
        email: EmailAddress, name: String, staffGroup: String, isClinical: Bool,
        seniority: String? = nil, roles: Set<Role> = [],
        facilitatorProfile: FacilitatorProfile? = nil
    ) {
        self.email = email
        self.name = name
        self.staffGroup = staffGroup
        self.isClinical = isClinical
        self.seniority = seniority
        self.roles = roles
        self.facilitatorProfile = facilitatorProfile
    }

    /// True when the person holds the facilitator role.
    public var isFacilitator: Bool { roles.contains(.facilitator) }

    /// True when the person may lead a Round alone: a trained or accredited facilitator.
    public var isTrainedFacilitator: Bool {
        isFacilitator && (facilitatorProfile?.training.isTrained ?? false)
    }

    /// Roles sorted in a stable order, for output.
    public var sortedRoles: [Role] { Role.allCases.filter { roles.contains($0) } }

    private enum CodingKeys: String, CodingKey {
        case email, name, staffGroup, isClinical, seniority, roles, facilitatorProfile
    }

    /// Decodes a person; `roles` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            email: try c.decode(EmailAddress.self, forKey: .email),
            name: try c.decode(String.self, forKey: .name),
            staffGroup: try c.decode(String.self, forKey: .staffGroup),
            isClinical: try c.decode(Bool.self, forKey: .isClinical),
            seniority: try c.decodeIfPresent(String.self, forKey: .seniority),
            roles: try c.decodeIfPresent(Set<Role>.self, forKey: .roles) ?? [],
            facilitatorProfile: try c.decodeIfPresent(
                FacilitatorProfile.self, forKey: .facilitatorProfile))
    }

    /// Encodes a person with roles in a stable order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(email, forKey: .email)
        try c.encode(name, forKey: .name)
        try c.encode(staffGroup, forKey: .staffGroup)
        try c.encode(isClinical, forKey: .isClinical)
        try c.encodeIfPresent(seniority, forKey: .seniority)
        try c.encode(sortedRoles, forKey: .roles)
        try c.encodeIfPresent(facilitatorProfile, forKey: .facilitatorProfile)
    }
}

extension Person: CustomStringConvertible {
    /// `Ana Price <ana.price@northbrook.nhs.uk>`.
    public var description: String { "\(name) <\(email)>" }
}
