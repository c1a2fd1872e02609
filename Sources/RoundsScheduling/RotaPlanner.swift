package import RoundsCore

/// One Round as the rota planner sees it.
package struct RotaRound: Sendable, Hashable {
    /// The existing Round, if there is one.
    package var id: RoundID?
    /// Wall-clock start.
    package var start: LocalDateTime
    /// Wall-clock end.
    package var end: LocalDateTime
    /// Facilitators that planning must keep (confirmed, held, locked or assigned Rounds); nil
    /// when the planner chooses.
    package var fixedFacilitators: [EmailAddress]?
    /// The facilitators of the last plan, kept when still valid.
    package var previousFacilitators: [EmailAddress]

    /// A Round to staff.
    package init(
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
    package var date: LocalDate { start.date }
}

/// Why one person cannot facilitate one Round.
package enum UnavailabilityReason: Sendable, Hashable {
    /// On leave that day.
    case onLeave
    /// Busy during the Round.
    case busy(BusyInterval)
    /// Already at the per-quarter limit.
    case quarterLimit(Int)
}

/// A Round the planner could not staff, with the reason per person.
package struct UnstaffedRound: Sendable, Hashable {
    /// Position of the Round in the planner's input.
    package let index: Int
    /// The existing Round, if any.
    package let id: RoundID?
    /// The day of the Round.
    package let date: LocalDate
    /// Each facilitator who could not take it and why, in name order.
    package let reasons: [Unavailability]
    /// The sentence shown: "10 Aug 2027: Ana Lopez on leave; Ben Okafor busy 12:00-13:00; ...".
    package let explanation: String
}

/// One facilitator who cannot take a Round.
package struct Unavailability: Sendable, Hashable {
    /// The person.
    package let person: EmailAddress
    /// Their name, as shown.
    package let name: String
    /// Why.
    package let reason: UnavailabilityReason
}

/// The facilitators chosen for every Round.
package struct RotaResult: Sendable, Hashable {
    /// Facilitators per input Round, in email order; empty when unstaffed.
    package let facilitators: [[EmailAddress]]
    /// The Rounds left unstaffed, with explanations.
    package let unstaffed: [UnstaffedRound]
    /// Problems with Rounds the planner may not change, such as a confirmed facilitator now
    /// on leave.
    package let warnings: [String]
    /// The final score.
    package let cost: RotaCost
    /// Rounds per facilitator over the planned Rounds, for every facilitator.
    package let loads: [EmailAddress: Int]
    /// Every facilitator's fair share of the span (fairness horizon and window), in email
    /// order.
    package let fairShares: [FairShare]
    /// Lower bounds on the scores.
    package let bound: RotaBound
    /// The scores against the bounds: proven optimal, or by how much it may fall short.
    package var optimality: RotaOptimality { RotaOptimality(cost: cost, bound: bound) }
}

/// Chooses two facilitators for every Round.
///
/// Hard rules: two different facilitators; at least one trained or accredited; a clinical and
/// a non-clinical facilitator when the programme asks; nobody on leave or busy during the
/// Round; nobody past the programme's limit per calendar quarter; fixed Rounds untouched.
/// Then, in order: staff as many Rounds as possible; keep the load spread at most 1; change
/// as few places of the previous plan as possible; make the spread as small as possible;
/// avoid the same pair twice in a row and the same person in consecutive months; spread the
/// load evenly. The search is deterministic: no randomness, ties broken by email address. When
/// its lower bounds do not prove the first four scores, CBC solves them exactly
/// (`solverSeconds`).
package struct RotaPlanner: Sendable {
    /// Rounds on other dates that a re-plan after one new absence changed, at most, over 400
    /// seeded random programmes (checked by the property tests; measured, not proven).
    package static let rePlanBound = 4

    /// The most improvement passes the local search makes.
    package var maxPasses: Int

    /// The exact solver's time limit in seconds when the bounds do not prove the search's rota
    /// optimal (docs/scheduling.md, "The exact solver"); 0 leaves the search's rota as it is.
    package var solverSeconds: Double

    /// The default time limit of the exact solver.
    package static let defaultSolverSeconds = 10.0

    /// A planner.
    package init(maxPasses: Int = 50, solverSeconds: Double = defaultSolverSeconds) {
        self.maxPasses = maxPasses
        self.solverSeconds = solverSeconds
    }

    /// Staffs `rounds` (the planning window) given earlier Rounds in `history`.
    ///
    /// `history` counts towards the quarterly limit, repeated pairs and consecutive months;
    /// its Rounds in the programme's fairness horizon before the window count towards loads
    /// and fair shares too. `window` is the planned months (by default, those of `rounds`).
    /// `people` lists everyone; only facilitators are chosen.
    package func plan(
        rounds: [RotaRound], programme: Programme, people: [Person], leave: [Leave] = [],
        busy: [BusyInterval] = [], history: [Round] = [], window: ClosedRange<YearMonth>? = nil
    ) -> RotaResult {
        let model = RotaModel(
            rounds: rounds, programme: programme, people: people, leave: leave, busy: busy,
            history: history, window: window)
        var state = model.initialState()
        model.construct(&state)
        model.improve(&state, maxPasses: maxPasses)
        let cost = model.cost(state)
        let bound = model.bound(staffed: model.openSlots.count - cost.unstaffed)
        guard solverSeconds > 0, !model.boundsProveStages(cost, bound) else {
            return model.result(state, bound: bound)
        }
        // The bounds leave a score open: CBC solves the first four exactly, then the search
        // goes on from its rota for repeats and evenness; it accepts only lexicographically
        // better rotas, so the proven scores stay.
        let exact = model.solveExactly(state, bound: bound, seconds: solverSeconds)
        state = exact.state
        model.improve(&state, maxPasses: maxPasses)
        return model.result(state, bound: exact.bound)
    }
}
