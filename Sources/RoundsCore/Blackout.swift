/// Dates on which the programme holds no Round, with the reason (such as "CQC inspection").
public struct Blackout: Sendable, Hashable, Codable {
    /// The days blacked out.
    public var range: DateRange
    /// Why, in a few words; shown in warnings and plan reports, so never confidential.
    public var reason: String

    /// A blackout over `range` for `reason`.
    public init(range: DateRange, reason: String) {
        self.range = range
        self.reason = reason
    }
}
