/// Issues Round ids in order, never reusing one.
///
/// The store persists ``highestIssued`` (not just the highest id still present), so an id freed
/// by a deleted Round is never issued again.
public struct RoundIDSequence: Sendable, Hashable, Codable {
    /// The highest sequence number ever issued; 0 before the first.
    public private(set) var highestIssued: Int

    /// A sequence that has issued numbers up to `highestIssued`.
    public init(highestIssued: Int = 0) {
        self.highestIssued = max(0, highestIssued)
    }

    /// A sequence that continues after the persisted counter and every id in `existing`,
    /// whichever is higher (so ids from an imported file are never reissued).
    public init(highestIssued: Int, existing: some Sequence<RoundID>) {
        self.init(highestIssued: max(highestIssued, existing.map(\.number).max() ?? 0))
    }

    /// The next id; advances the sequence.
    public mutating func next() -> RoundID {
        highestIssued += 1
        return RoundID(validNumber: highestIssued)
    }

    /// Records that `id` was issued elsewhere (such as in a programme file), so it is skipped.
    public mutating func noteIssued(_ id: RoundID) {
        highestIssued = max(highestIssued, id.number)
    }
}
