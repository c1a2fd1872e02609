import RoundsCore
import RoundsScheduling
import Testing

/// Why a year at a time can end one Round wider than the whole span at once (issue 11, seed 1
/// of `RotaWindowFairnessTests`), and what the planner says when its bound cannot tell: with
/// the exact solver, proven; without, how far it may fall short.
@Suite("Yearly planning: fixed history can force a wider spread")
struct RotaYearlyHistoryTests {
    /// Every facilitator may facilitate all 36 months here, so shares are equal and a spread
    /// of at most 1 means every final load is k or k + 1, k = places / facilitators rounded
    /// down. Every Round needs a trained facilitator, so a Round takes at most one trainee: the
    /// trainees' shortfall after two years is more than the last year's open Rounds can give.
    @Test("Seed 1: the first two years are optimal, and the third cannot reach a spread of 1")
    func seedOneHistoryForcesTheWiderSpread() {
        let example = RandomRotaCase(seed: 1, facilitators: 8...14, months: 36...36)
        let whole = example.plan().cost
        #expect(whole.spread <= whole.scale)
        let plans = RotaWindowFairnessTests.yearly(example)
        #expect(plans[0].result.optimality.isProvenOptimal)
        #expect(plans[1].result.optimality.isProvenOptimal)

        let (window, last) = plans[2]
        var before = Dictionary(uniqueKeysWithValues: example.people.map { ($0.email, 0) })
        for plan in plans.prefix(2) {
            for pair in plan.result.facilitators {
                for person in pair { before[person, default: 0] += 1 }
            }
        }
        var open = 0
        for (index, round) in window.enumerated() {
            if round.fixedFacilitators == nil {
                open += 1
            } else {
                for person in last.facilitators[index] { before[person, default: 0] += 1 }
            }
        }
        let places = before.values.reduce(0, +) + 2 * open
        let least = places / example.people.count
        let trainees = example.people.filter { !$0.isTrainedFacilitator }
        let shortfall = trainees.map { max(0, least - before[$0.email, default: 0]) }.reduce(0, +)
        #expect(last.unstaffed.isEmpty)
        #expect(shortfall > open, "trainees need \(shortfall) places; \(open) open Rounds")

        // The planner's bounds do not see that counting argument: the exact solver proves it.
        #expect(last.cost.spread == 2 * last.cost.scale)
        #expect(last.optimality.isProvenOptimal)
        #expect(last.optimality.summary == "proven optimal (exact solver)")
        // Without the solver the plan does not claim a proof: it says how far the rota may be
        // from the best, never that it is the best.
        let searchOnly = RotaWindowFairnessTests.yearly(example, solverSeconds: 0)[2].result
        #expect(searchOnly.cost == last.cost)
        #expect(!searchOnly.optimality.isProvenOptimal)
        #expect(
            searchOnly.optimality.summary
                == "proven optimal for unstaffed; excess spread may be up to 1 above the best "
                + "possible")
    }

    /// The line claims a score only up to the first one that misses its bound.
    @Test("The optimality line never claims a score past the first gap")
    func summaryClaimsOnlyWhatTheBoundsProve() {
        var cost = RotaCost(
            unstaffed: 1, excessSpread: 0, changes: 0, spread: 0, repeats: 0, sumOfSquares: 0,
            scale: 2)
        let bound = RotaBound(unstaffed: 0, excessSpread: 0, changes: 0, spread: 0, repeats: 0)
        let unstaffed = RotaOptimality(cost: cost, bound: bound)
        #expect(!unstaffed.isProvenOptimal)
        #expect(unstaffed.provenScores.isEmpty)
        #expect(
            unstaffed.summary
                == "not proven optimal; unstaffed may be up to 1 above the best possible")
        cost.unstaffed = 0
        cost.repeats = 3
        let repeats = RotaOptimality(cost: cost, bound: bound)
        #expect(repeats.provenScores == ["unstaffed", "excess spread", "changes", "spread"])
        #expect(repeats.summary.hasSuffix("; repeats may be up to 3 above the best possible"))
        cost.repeats = 0
        #expect(RotaOptimality(cost: cost, bound: bound).summary == "proven optimal")
        var exact = bound
        exact.proof = .exactSolver
        #expect(RotaOptimality(cost: cost, bound: exact).summary == "proven optimal (exact solver)")
        cost.spread = 1
        exact.proof = .exactSolverTimeLimit
        #expect(
            RotaOptimality(cost: cost, bound: exact).summary
                == "proven optimal for unstaffed, excess spread and changes; spread may be up to "
                + "0.5 above the best possible (the exact solver ran out of time)")
        cost.scale = 300
        #expect(
            RotaOptimality(cost: cost, bound: exact).summary.hasSuffix(
                "spread may be under 0.01 above the best possible (the exact solver ran out of "
                    + "time)"))
    }
}
