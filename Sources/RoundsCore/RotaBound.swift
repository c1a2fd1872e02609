/// Lower bounds on the rota's scores that no rota obeying the rules can beat, computed from
/// relaxations (docs/scheduling.md, "Proven optimal, or how far from it"). Fairness bounds are
/// in the same units as ``RotaCost``'s.
public struct RotaBound: Sendable, Hashable {
    /// Rounds that must stay unstaffed.
    public var unstaffed: Int
    /// The least excess spread possible with that many Rounds staffed.
    public var excessSpread: Int
    /// Places that must change from the previous plan (previous facilitators now away or gone).
    public var changes: Int
    /// The least spread possible with that many Rounds staffed.
    public var spread: Int
    /// Repeats among fixed Rounds, which no rota avoids.
    public var repeats: Int
    /// Where the bounds come from: the planner's relaxations alone, or the exact solver too.
    public var proof: RotaProof

    /// Bounds.
    public init(
        unstaffed: Int, excessSpread: Int, changes: Int, spread: Int, repeats: Int,
        proof: RotaProof = .bounds
    ) {
        self.unstaffed = unstaffed
        self.excessSpread = excessSpread
        self.changes = changes
        self.spread = spread
        self.repeats = repeats
        self.proof = proof
    }
}

/// How a rota's bounds were found (docs/scheduling.md, "Proven optimal, or how far from it").
public enum RotaProof: String, Sendable, Hashable {
    /// The planner's lower bounds from relaxations: the exact solver was not needed (they
    /// prove the first four scores) or was given no time.
    case bounds
    /// The exact solver (CBC) proved the optimum of the scores the bounds left open.
    case exactSolver = "exact solver"
    /// The exact solver ran out of time: the bound of the score it was solving is its best
    /// bound.
    case exactSolverTimeLimit = "exact solver, time limit"
}

/// How close a rota is proven to be to the best possible, score by score.
public struct RotaOptimality: Sendable, Hashable {
    /// One score, the planner's value and the bound.
    public struct Score: Sendable, Hashable {
        /// `unstaffed`, `excess spread`, `changes`, `spread` or `repeats`.
        public let name: String
        /// The planner's value (fairness scores in Rounds).
        public let value: Double
        /// The bound (fairness scores in Rounds).
        public let bound: Double
        /// True when the value meets the bound.
        public var isProven: Bool { value <= bound }
    }

    /// The five bounded scores in priority order.
    public let scores: [Score]
    /// How the bounds were found.
    public let proof: RotaProof

    /// The first five scores in priority order, the planner's against the bounds.
    public init(cost: RotaCost, bound: RotaBound) {
        proof = bound.proof
        let unit = Double(max(1, cost.scale))
        scores = [
            Score(
                name: "unstaffed", value: Double(cost.unstaffed), bound: Double(bound.unstaffed)),
            Score(
                name: "excess spread", value: Double(cost.excessSpread) / unit,
                bound: Double(bound.excessSpread) / unit),
            Score(name: "changes", value: Double(cost.changes), bound: Double(bound.changes)),
            Score(
                name: "spread", value: Double(cost.spread) / unit,
                bound: Double(bound.spread) / unit),
            Score(name: "repeats", value: Double(cost.repeats), bound: Double(bound.repeats)),
        ]
    }

    /// True when every bounded score meets its bound: no rota has better scores in the
    /// planner's priority order.
    public var isProvenOptimal: Bool { scores.allSatisfy(\.isProven) }

    /// The first score that does not meet its bound: the planner may fall short there by at
    /// most `value - bound` (later scores are then not compared).
    public var firstGap: Score? { scores.first { !$0.isProven } }

    /// The scores proven optimal before the first gap.
    public var provenScores: [String] { Array(scores.prefix { $0.isProven }.map(\.name)) }

    /// "proven optimal" or "proven optimal for unstaffed and excess spread; repeats may be up
    /// to 2 above the best possible"; "(exact solver)" after what the exact solver proved, or
    /// "(the exact solver ran out of time)" after the gap it could not close.
    public var summary: String {
        let by = proof == .exactSolver ? " (exact solver)" : ""
        guard let gap = firstGap else { return "proven optimal\(by)" }
        let proven = provenScores
        let head =
            proven.isEmpty
            ? "not proven optimal"
            : "proven optimal for \(Sentence.list(proven))\(by)"
        let timeLimit = proof == .exactSolverTimeLimit ? " (the exact solver ran out of time)" : ""
        // A gap of a few hundredths of a Round would print as "0".
        let size = RotaCost.rounded(gap.value - gap.bound)
        let amount = size == "0" ? "under 0.01" : "up to \(size)"
        return "\(head); \(gap.name) may be \(amount) above the best possible\(timeLimit)"
    }
}
