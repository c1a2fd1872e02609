/// Where a Round stands.
public enum RoundStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Proposed by planning; planning may still change it.
    case planned
    /// Agreed; planning leaves it alone, only explicit commands change it.
    case confirmed
    /// It took place.
    case held
    /// It will not take place; its id is not reused and invitations are withdrawn.
    case cancelled

    /// True when planning may change the Round (planned and not locked).
    public var isOpenToPlanning: Bool { self == .planned }
}
