import RoundsCore

// The exact stages (docs/scheduling.md, "The exact solver"): the first four scores solved one
// after another as integer programs by CBC, each optimum then fixed, when the lower bounds do
// not prove the search's rota optimal on them. The same model as the judge's
// (Tests/Judges/rota_check.py), with the planner's own order of scores.
extension RotaModel {
    /// The first four scores, in priority order: the exact stages.
    enum ExactStage: CaseIterable {
        case unstaffed, excessSpread, changes, spread

        func value(_ cost: RotaCost) -> Int {
            switch self {
            case .unstaffed: cost.unstaffed
            case .excessSpread: cost.excessSpread
            case .changes: cost.changes
            case .spread: cost.spread
            }
        }

        func value(_ bound: RotaBound) -> Int {
            switch self {
            case .unstaffed: bound.unstaffed
            case .excessSpread: bound.excessSpread
            case .changes: bound.changes
            case .spread: bound.spread
            }
        }

        func set(_ bound: inout RotaBound, _ value: Int) {
            switch self {
            case .unstaffed: bound.unstaffed = value
            case .excessSpread: bound.excessSpread = value
            case .changes: bound.changes = value
            case .spread: bound.spread = value
            }
        }
    }

    /// True when `bound` proves `cost` optimal on the first four scores: the exact solver is
    /// not needed.
    func boundsProveStages(_ cost: RotaCost, _ bound: RotaBound) -> Bool {
        ExactStage.allCases.allSatisfy { $0.value(cost) <= $0.value(bound) }
    }

    /// Solves the stages the bounds leave open within `seconds`, starting from the search's
    /// `state`. Returns the best rota found (optimal on every stage solved) and the bounds, in
    /// which each solved stage's bound is its optimum, and a stage cut short by the time limit
    /// has CBC's best bound.
    func solveExactly(_ state: RotaState, bound searchBound: RotaBound, seconds: Double)
        -> (state: RotaState, bound: RotaBound)
    {
        var left = seconds
        var exact = ExactRota(self)
        var current = state
        var currentCost = cost(state)
        var bound = searchBound
        for stage in ExactStage.allCases {
            if stage == .excessSpread {
                // The places are known once the number staffed is: fairness can be modelled,
                // and the relaxation bounds it for that number.
                let staffed = openSlots.count - currentCost.unstaffed
                let relaxed = self.bound(staffed: staffed)
                bound.excessSpread = relaxed.excessSpread
                bound.spread = relaxed.spread
                exact.addFairness(staffed: staffed, spreadAtLeast: relaxed.spread)
            }
            var optimum = stage.value(currentCost)
            if optimum > stage.value(bound) {
                let (terms, constant) = exact.objective(stage)
                exact.program.setObjective(terms)
                let solution =
                    left > 0
                    ? CbcSolver.solve(
                        exact.program, start: exact.values(current), seconds: left)
                    : IntegerProgram.Solution(
                        status: .unknown, values: [], objective: 0, bestBound: -.infinity)
                left -= solution.seconds
                if !solution.values.isEmpty {
                    let candidate = exact.state(solution.values)
                    let candidateCost = cost(candidate)
                    if stage.value(candidateCost) < optimum {
                        current = candidate
                        currentCost = candidateCost
                        optimum = stage.value(candidateCost)
                    }
                }
                guard solution.status == .optimal else {
                    // Out of time: what CBC proved so far is the bound; later stages are not
                    // compared.
                    if solution.bestBound.isFinite {
                        let proven = Int((solution.bestBound + constant - 1e-6).rounded(.up))
                        stage.set(&bound, max(stage.value(bound), min(optimum, proven)))
                    }
                    bound.proof = .exactSolverTimeLimit
                    return (current, bound)
                }
                bound.proof = .exactSolver
            }
            stage.set(&bound, optimum)
            exact.fix(stage, at: optimum)
        }
        return (current, bound)
    }
}

/// The rota as an integer program: `x[slot][person]` (1 when the person facilitates the open
/// Round) and `y[slot]` (1 when it is staffed), the hard rules as rows, and once the number
/// staffed is known, the highest and lowest scaled distance from fair share.
struct ExactRota {
    let model: RotaModel
    var program = IntegerProgram()
    /// The column of `x[slot][person]`, for each open slot and available person.
    var place: [Int: [Int: Int]] = [:]
    /// The column of `y[slot]`, for each open slot.
    var staffed: [Int: Int] = [:]
    /// The fairness columns (highest and lowest deviation, excess spread, each eligible
    /// person's load) and the places.
    var fairness: (high: Int, low: Int, excess: Int, loads: [Int: Int], places: Int)?

    init(_ model: RotaModel) {
        self.model = model
        let fixed = model.initialState()
        var byQuarter: [[Int: [Int]]] = Array(repeating: [:], count: model.quarterCount)
        for slot in model.openSlots {
            let y = program.addColumn()
            staffed[slot] = y
            var columns: [Int: Int] = [:]
            for person in model.people.indices where model.available[slot][person] {
                let x = program.addColumn()
                columns[person] = x
                byQuarter[model.slots[slot].quarter][person, default: []].append(x)
            }
            place[slot] = columns
            let all = columns.values.sorted()
            // Two facilitators when staffed, none otherwise.
            program.addRow(all.map { ($0, 1) } + [(y, -2)], lower: 0, upper: 0)
            // At least one trained.
            let trained = columns.filter { model.trained[$0.key] }.map(\.value).sorted()
            program.addRow(trained.map { ($0, 1) } + [(y, -1)], lower: 0)
            // One clinical and one not, when the programme asks.
            if model.clinicalPairing {
                let clinical = columns.filter { model.clinical[$0.key] }.map(\.value).sorted()
                program.addRow(clinical.map { ($0, 1) } + [(y, -1)], lower: 0, upper: 0)
            }
        }
        // The quarterly limit binds the people the planner places: fixed Rounds may exceed it,
        // and then that person gets no other Round in the quarter.
        for (quarter, people) in byQuarter.enumerated() {
            for (person, columns) in people.sorted(by: { $0.key < $1.key }) {
                let room = max(0, model.maxPerQuarter - fixed.quarterCounts[person][quarter])
                program.addRow(columns.map { ($0, 1) }, upper: Double(room))
            }
        }
    }

    /// Adds the fairness columns for `staffed` open Rounds staffed: `high >= deviation >=
    /// low` for every eligible person, `excess >= high - low - shareScale`, and the relaxation's
    /// `high - low >= spreadAtLeast` (a valid cut that helps CBC).
    mutating func addFairness(staffed count: Int, spreadAtLeast: Int) {
        let fixedLoads = model.loads(model.initialState())
        var places = 2 * count
        for person in model.eligibleIndices { places += fixedLoads[person] }
        let scale = Double(model.shareScale)
        let limit =
            scale * Double(model.slots.count + 1)
            + Double(places) * Double(model.weight.max() ?? 0) + 1
        let high = program.addColumn(lower: -limit, upper: limit)
        let low = program.addColumn(lower: -limit, upper: limit)
        let excess = program.addColumn(lower: 0, upper: 2 * limit)
        var loadColumns: [Int: Int] = [:]
        for person in model.eligibleIndices {
            // Each load is an integer column of its own, so that CBC branches on loads (a
            // load below or above the share) rather than on single places: far fewer nodes.
            let chosen = model.openSlots.compactMap { place[$0]?[person] }
            let fixedLoad = Double(fixedLoads[person])
            let load = program.addColumn(
                lower: fixedLoad, upper: fixedLoad + Double(chosen.count))
            loadColumns[person] = load
            program.addRow(
                [(load, 1)] + chosen.map { ($0, -1) }, lower: fixedLoad, upper: fixedLoad)
            // deviation = scale x load - places x weight
            let share = Double(places) * Double(model.weight[person])
            program.addRow([(load, scale), (high, -1)], upper: share)
            program.addRow([(load, scale), (low, -1)], lower: share)
        }
        fairness = (high, low, excess, loadColumns, places)
        program.addRow([(excess, 1), (high, -1), (low, 1)], lower: -scale)
        program.addRow([(high, 1), (low, -1)], lower: Double(spreadAtLeast))
    }

    /// The stage's objective as terms and a constant: the score is `sum(terms) + constant`.
    func objective(_ stage: RotaModel.ExactStage) -> ([(column: Int, coefficient: Double)], Double)
    {
        switch stage {
        case .unstaffed:
            return (
                model.openSlots.compactMap { staffed[$0] }.map { ($0, -1) },
                Double(model.openSlots.count)
            )
        case .excessSpread:
            return (fairness.map { [($0.excess, 1)] } ?? [], 0)
        case .changes:
            var terms: [(column: Int, coefficient: Double)] = []
            var constant = 0.0
            for slot in model.openSlots {
                let info = model.slots[slot]
                guard !info.previous.isEmpty || info.previousGone > 0,
                    let y = staffed[slot]
                else { continue }
                constant += Double(info.previous.count + info.previousGone)
                terms.append((y, 2))
                for person in info.previous.sorted() {
                    if let x = place[slot]?[person] { terms.append((x, -2)) }
                }
            }
            return (terms, constant)
        case .spread:
            return (fairness.map { [($0.high, 1), ($0.low, -1)] } ?? [], 0)
        }
    }

    /// Keeps the stage at its optimum for the stages after it.
    mutating func fix(_ stage: RotaModel.ExactStage, at optimum: Int) {
        let (terms, constant) = objective(stage)
        guard !terms.isEmpty else { return }
        program.addRow(terms, upper: Double(optimum) - constant)
    }

    /// A rota as values of the columns: the starting solution CBC is given.
    func values(_ state: RotaState) -> [Double] {
        var values = Array(repeating: 0.0, count: program.columns.count)
        for slot in model.openSlots {
            let pair = state.pairs[slot]
            if pair.count == 2, let y = staffed[slot] { values[y] = 1 }
            for person in pair {
                if let x = place[slot]?[person] { values[x] = 1 }
            }
        }
        if let fairness {
            let loads = model.loads(state)
            for (person, column) in fairness.loads { values[column] = Double(loads[person]) }
            let deviations = model.deviations(loads, places: fairness.places)
            let list = model.eligibleIndices.map { deviations[$0] }
            let high = list.max() ?? 0
            let low = list.min() ?? 0
            values[fairness.high] = Double(high)
            values[fairness.low] = Double(low)
            values[fairness.excess] = Double(max(0, high - low - model.shareScale))
        }
        return values
    }

    /// The rota CBC's values describe.
    func state(_ values: [Double]) -> RotaState {
        var state = model.initialState()
        for slot in model.openSlots {
            let pair = (place[slot] ?? [:]).filter { values[$0.value] > 0.5 }.map(\.key).sorted()
            if pair.count == 2 { model.set(&state, slot, pair) }
        }
        return state
    }
}
