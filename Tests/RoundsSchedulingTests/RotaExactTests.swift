import RoundsCore
import Testing

@testable import RoundsScheduling

/// The exact stages (docs/scheduling.md, "The exact solver") on the instances where the
/// search alone missed the optimal spread, found by the rota judge.
@Suite("Rota: the exact solver")
struct RotaExactTests {
    /// Seeds 339722707 and 5205 of `RotaQualityTests`: the search's spread was above the
    /// exact optimum and its bounds did not claim otherwise.
    static let judgeSeeds: [UInt64] = [339_722_707, 5205]

    func plan(_ example: SmallRotaCase, solverSeconds: Double) -> RotaResult {
        RotaPlanner(solverSeconds: solverSeconds).plan(
            rounds: example.rounds, programme: example.programme, people: example.people,
            leave: example.leave, busy: example.busy, history: example.history,
            window: example.window)
    }

    func model(_ example: SmallRotaCase) -> RotaModel {
        RotaModel(
            rounds: example.rounds, programme: example.programme, people: example.people,
            leave: example.leave, busy: example.busy, history: example.history,
            window: example.window)
    }

    /// The search's rota, its score and its bounds, as `RotaPlanner.plan` has them before it
    /// decides whether to call the solver.
    func searched(_ model: RotaModel) -> (RotaState, RotaCost, RotaBound) {
        var state = model.initialState()
        model.construct(&state)
        model.improve(&state, maxPasses: RotaPlanner().maxPasses)
        let cost = model.cost(state)
        return (state, cost, model.bound(staffed: model.openSlots.count - cost.unstaffed))
    }

    @Test("The judge's instances reach the optimum and say it is proven", arguments: judgeSeeds)
    func judgeSeedsAreProven(seed: UInt64) {
        let example = SmallRotaCase(seed: seed)
        let search = plan(example, solverSeconds: 0)
        let exact = plan(example, solverSeconds: 60)
        // The search alone stops above the optimum and its bounds cannot tell.
        #expect(search.bound.proof == .bounds)
        #expect(search.optimality.firstGap != nil)
        // The exact solver staffs as many and spreads the load less, and proves it.
        #expect(exact.bound.proof == .exactSolver)
        #expect(exact.cost.unstaffed <= search.cost.unstaffed)
        #expect(exact.cost < search.cost, "\(exact.cost) against \(search.cost)")
        #expect(
            exact.cost.spread < search.cost.spread || exact.cost.unstaffed < search.cost.unstaffed)
        let proven = exact.optimality.provenScores
        #expect(Array(proven.prefix(4)) == ["unstaffed", "excess spread", "changes", "spread"])
        #expect(exact.optimality.summary.contains("(exact solver)"))
        let check = RandomRotaCase(
            programme: example.programme, people: example.people, rounds: example.rounds,
            leave: example.leave, busy: example.busy)
        #expect(check.violations(exact).isEmpty, "\(check.violations(exact))")
    }

    @Test("No time for the solver: the search's rota and bounds, as before")
    func zeroSecondsFallsBackToTheSearch() {
        let example = SmallRotaCase(seed: 339_722_707)
        let search = plan(example, solverSeconds: 0)
        let (_, cost, bound) = searched(model(example))
        #expect(search.cost == cost)
        #expect(search.bound == bound)
        #expect(search.bound.proof == .bounds)
        #expect(!search.optimality.summary.contains("exact solver"))
    }

    @Test("The search after the solver keeps the proven scores", arguments: judgeSeeds)
    func searchAfterTheSolverKeepsTheProvenScores(seed: UInt64) {
        let model = model(SmallRotaCase(seed: seed))
        let (state, cost, bound) = searched(model)
        #expect(!model.boundsProveStages(cost, bound))
        let exact = model.solveExactly(state, bound: bound, seconds: 60)
        let solved = model.cost(exact.state)
        #expect(exact.bound.proof == .exactSolver)
        for stage in RotaModel.ExactStage.allCases {
            #expect(stage.value(solved) == stage.value(exact.bound))
        }
        var after = exact.state
        model.improve(&after, maxPasses: 50)
        let improved = model.cost(after)
        #expect(!(solved < improved))
        for stage in RotaModel.ExactStage.allCases {
            #expect(stage.value(improved) == stage.value(solved))
        }
    }

    @Test("A solver cut short reports its best bound, never more than the rota's score")
    func timeLimitReportsTheBestBound() {
        let model = model(SmallRotaCase(seed: 339_722_707))
        let (state, cost, bound) = searched(model)
        // No time at all: nothing solved, the search's rota and bounds stay.
        let exact = model.solveExactly(state, bound: bound, seconds: -1)
        #expect(exact.bound.proof == .exactSolverTimeLimit)
        #expect(model.cost(exact.state) == cost)
        for stage in RotaModel.ExactStage.allCases {
            #expect(stage.value(exact.bound) <= stage.value(cost))
        }
        let summary = RotaOptimality(cost: cost, bound: exact.bound).summary
        #expect(summary.hasSuffix("(the exact solver ran out of time)"), "\(summary)")
    }

    @Test("The integer program: a knapsack solved to optimality, and an infeasible one")
    func integerProgram() {
        // Maximise 5a + 4b + 3c with 2a + 3b + c <= 4: a and c, 8.
        var program = IntegerProgram()
        let a = program.addColumn()
        let b = program.addColumn()
        let c = program.addColumn()
        program.setObjective([(a, -5), (b, -4), (c, -3)])
        program.addRow([(a, 2), (b, 3), (c, 1)], upper: 4)
        let solution = CbcSolver.solve(program, start: [0, 1, 1], seconds: 10)
        #expect(solution.status == .optimal)
        #expect(solution.values.map { $0.rounded() } == [1, 0, 1])
        #expect(solution.objective == -8)
        #expect(solution.bestBound == -8)
        program.addRow([(a, 1), (b, 1)], lower: 3)
        #expect(CbcSolver.solve(program, seconds: 10).status == .infeasible)
    }
}
