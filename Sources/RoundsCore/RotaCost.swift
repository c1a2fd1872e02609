/// The rota's scores, compared in this order (lower is better).
///
/// Fairness scores are in units of `1 / scale` Rounds, so that they stay whole numbers when
/// fair shares are fractions: a `spread` of `scale` is one Round.
public struct RotaCost: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Rounds left without two facilitators.
    public var unstaffed: Int
    /// How far the spread of distances from fair share exceeds one Round.
    public var excessSpread: Int
    /// Facilitator places that differ from the previous plan.
    public var changes: Int
    /// Largest minus smallest distance from fair share (load minus share) among eligible
    /// facilitators. With equal shares, most minus fewest Rounds.
    public var spread: Int
    /// The same pair twice in a row, plus a person in consecutive months.
    public var repeats: Int
    /// Sum of squared distances from fair share: lower means more even.
    public var sumOfSquares: Int
    /// The same over every known Round before the window and in it, not only the horizon:
    /// among rotas equally fair over the horizon, the one fairer over the whole history.
    public var lifetimeSquares: Int
    /// The unit of the fairness scores: `spread / scale` Rounds.
    public var scale: Int

    /// The scores; `scale` is the unit of the fairness scores (1 when loads are compared
    /// directly).
    public init(
        unstaffed: Int, excessSpread: Int, changes: Int, spread: Int, repeats: Int,
        sumOfSquares: Int, lifetimeSquares: Int = 0, scale: Int = 1
    ) {
        self.unstaffed = unstaffed
        self.excessSpread = excessSpread
        self.changes = changes
        self.spread = spread
        self.repeats = repeats
        self.sumOfSquares = sumOfSquares
        self.lifetimeSquares = lifetimeSquares
        self.scale = scale
    }

    /// The spread in Rounds.
    public var spreadInRounds: Double { Double(spread) / Double(max(1, scale)) }
    /// The excess spread in Rounds.
    public var excessSpreadInRounds: Double { Double(excessSpread) / Double(max(1, scale)) }

    public static func < (lhs: RotaCost, rhs: RotaCost) -> Bool {
        (
            lhs.unstaffed, lhs.excessSpread, lhs.changes, lhs.spread, lhs.repeats,
            lhs.sumOfSquares
        )
            < (
                rhs.unstaffed, rhs.excessSpread, rhs.changes, rhs.spread, rhs.repeats,
                rhs.sumOfSquares
            )
            || (
                lhs.unstaffed, lhs.excessSpread, lhs.changes, lhs.spread, lhs.repeats,
                lhs.sumOfSquares
            )
                == (
                    rhs.unstaffed, rhs.excessSpread, rhs.changes, rhs.spread, rhs.repeats,
                    rhs.sumOfSquares
                ) && lhs.lifetimeSquares < rhs.lifetimeSquares
    }

    public var description: String {
        "unstaffed \(unstaffed), excess spread \(Self.rounded(excessSpreadInRounds)), "
            + "changes \(changes), spread \(Self.rounded(spreadInRounds)), repeats \(repeats), "
            + "sum of squares \(sumOfSquares)"
    }

    /// Two decimals, without trailing zeros: "1", "0.75".
    public static func rounded(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = "\(hundredths / 100)"
        let fraction = abs(hundredths % 100)
        guard fraction != 0 else { return (hundredths < 0 && whole == "0" ? "-" : "") + whole }
        var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        while digits.hasSuffix("0") { digits.removeLast() }
        return (hundredths < 0 && whole == "0" ? "-" : "") + whole + "." + digits
    }
}
