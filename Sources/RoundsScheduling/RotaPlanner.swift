public import RoundsCore

/// One Round as the rota planner sees it.
public struct RotaRound: Sendable, Hashable {
    /// The existing Round, if there is one.
    public var id: RoundID?
    /// Wall-clock start.
    public var start: LocalDateTime
    /// Wall-clock end.
    public var end: LocalDateTime
    /// Facilitators that planning must keep (confirmed, held, locked or assigned Rounds); nil
    /// when the planner chooses.
    public var fixedFacilitators: [EmailAddress]?
    /// The facilitators of the last plan, kept when still valid.
    public var previousFacilitators: [EmailAddress]

    /// A Round to staff.
    public init(
        id: RoundID? = nil, start: LocalDateTime, end: LocalDateTime,
        fixedFacilitators: [EmailAddress]? = nil, previousFacilitators: [EmailAddress] = []
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.fixedFacilitators = fixedFacilitators
        self.previousFacilitators = previousFacilitators
    }

    /// The day of the Round.
    public var date: LocalDate { start.date }
}

/// Why one person cannot facilitate one Round.
public enum UnavailabilityReason: Sendable, Hashable {
    /// On leave that day.
    case onLeave
    /// Busy during the Round.
    case busy(BusyInterval)
    /// Already at the per-quarter limit.
    case quarterLimit(Int)
}

/// A Round the planner could not staff, with the reason per person.
public struct UnstaffedRound: Sendable, Hashable {
    /// Position of the Round in the planner's input.
    public let index: Int
    /// The existing Round, if any.
    public let id: RoundID?
    /// The day of the Round.
    public let date: LocalDate
    /// Each facilitator who could not take it and why, in name order.
    public let reasons: [Unavailability]
    /// The sentence shown: "10 Aug 2027: Ana Lopez on leave; Ben Okafor busy 12:00-13:00; ...".
    public let explanation: String
}

/// One facilitator who cannot take a Round.
public struct Unavailability: Sendable, Hashable {
    /// The person.
    public let person: EmailAddress
    /// Their name, as shown.
    public let name: String
    /// Why.
    public let reason: UnavailabilityReason
}

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
    static func rounded(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = "\(hundredths / 100)"
        let fraction = abs(hundredths % 100)
        guard fraction != 0 else { return (hundredths < 0 && whole == "0" ? "-" : "") + whole }
        var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        while digits.hasSuffix("0") { digits.removeLast() }
        return (hundredths < 0 && whole == "0" ? "-" : "") + whole + "." + digits
    }
}

/// The facilitators chosen for every Round.
public struct RotaResult: Sendable, Hashable {
    /// Facilitators per input Round, in email order; empty when unstaffed.
    public let facilitators: [[EmailAddress]]
    /// The Rounds left unstaffed, with explanations.
    public let unstaffed: [UnstaffedRound]
    /// Problems with Rounds the planner may not change, such as a confirmed facilitator now
    /// on leave.
    public let warnings: [String]
    /// The final score.
    public let cost: RotaCost
    /// Rounds per facilitator over the planned Rounds, for every facilitator.
    public let loads: [EmailAddress: Int]
    /// Every facilitator's fair share of the span (fairness horizon and window), in email
    /// order.
    public let fairShares: [FairShare]
    /// Lower bounds on the scores.
    public let bound: RotaBound
    /// The scores against the bounds: proven optimal, or by how much it may fall short.
    public var optimality: RotaOptimality { RotaOptimality(cost: cost, bound: bound) }
}

/// Chooses two facilitators for every Round.
///
/// Hard rules: two different facilitators; at least one trained or accredited; a clinical and
/// a non-clinical facilitator when the programme asks; nobody on leave or busy during the
/// Round; nobody past the programme's limit per calendar quarter; fixed Rounds untouched.
/// Then, in order: staff as many Rounds as possible; keep the load spread at most 1; change
/// as few places of the previous plan as possible; make the spread as small as possible;
/// avoid the same pair twice in a row and the same person in consecutive months; spread the
/// load evenly. The search is deterministic: no randomness, ties broken by email address.
public struct RotaPlanner: Sendable {
    /// Rounds on other dates that a re-plan after one new absence changed, at most, over 400
    /// seeded random programmes (checked by the property tests; measured, not proven).
    public static let rePlanBound = 4

    /// The most improvement passes the local search makes.
    public var maxPasses: Int

    /// A planner.
    public init(maxPasses: Int = 50) {
        self.maxPasses = maxPasses
    }

    /// Staffs `rounds` (the planning window) given earlier Rounds in `history`.
    ///
    /// `history` counts towards the quarterly limit, repeated pairs and consecutive months;
    /// its Rounds in the programme's fairness horizon before the window count towards loads
    /// and fair shares too. `window` is the planned months (by default, those of `rounds`).
    /// `people` lists everyone; only facilitators are chosen.
    public func plan(
        rounds: [RotaRound], programme: Programme, people: [Person], leave: [Leave] = [],
        busy: [BusyInterval] = [], history: [Round] = [], window: ClosedRange<YearMonth>? = nil
    ) -> RotaResult {
        let model = RotaModel(
            rounds: rounds, programme: programme, people: people, leave: leave, busy: busy,
            history: history, window: window)
        var state = model.initialState()
        model.construct(&state)
        model.improve(&state, maxPasses: maxPasses)
        return model.result(state)
    }
}
