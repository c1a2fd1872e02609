/// A small mixed-integer program in sparse form, minimised: columns with bounds, integrality
/// and an objective coefficient; rows with a lower and an upper limit on a sum of terms.
/// Solved exactly by ``CbcSolver``.
struct IntegerProgram {
    /// One variable.
    struct Column {
        var lower: Double
        var upper: Double
        var objective: Double
        var isInteger: Bool
    }

    /// One constraint: `lower <= sum of coefficient x column <= upper`.
    struct Row {
        var terms: [(column: Int, coefficient: Double)]
        var lower: Double
        var upper: Double
    }

    /// What a solve established.
    enum Status: Equatable {
        /// The values are optimal: no better solution exists.
        case optimal
        /// The values obey every row, but the time ran out before optimality was proven.
        case feasible
        /// No solution obeys every row.
        case infeasible
        /// The time ran out before any solution was found.
        case unknown
    }

    /// The outcome of one solve.
    struct Solution {
        var status: Status
        /// One value per column; empty unless `status` is optimal or feasible.
        var values: [Double]
        /// The objective of `values`.
        var objective: Double
        /// No solution has an objective below this: the optimum when optimal.
        var bestBound: Double
        /// The seconds the solve took, not counting the wait for another solve to finish.
        var seconds: Double = 0
    }

    /// No limit, for a row's side or a column's bound.
    static let unlimited = Double.greatestFiniteMagnitude

    private(set) var columns: [Column] = []
    private(set) var rows: [Row] = []

    /// Adds a column and returns its index.
    @discardableResult
    mutating func addColumn(
        lower: Double = 0, upper: Double = 1, objective: Double = 0, isInteger: Bool = true
    ) -> Int {
        columns.append(
            Column(lower: lower, upper: upper, objective: objective, isInteger: isInteger))
        return columns.count - 1
    }

    /// Adds `lower <= sum(terms) <= upper`.
    mutating func addRow(
        _ terms: [(column: Int, coefficient: Double)], lower: Double = -unlimited,
        upper: Double = unlimited
    ) {
        rows.append(Row(terms: terms, lower: lower, upper: upper))
    }

    /// Replaces the objective: `coefficients` per column, every other column 0.
    mutating func setObjective(_ coefficients: [(column: Int, coefficient: Double)]) {
        for index in columns.indices { columns[index].objective = 0 }
        for (column, coefficient) in coefficients { columns[column].objective += coefficient }
    }

    /// The objective of `values`.
    func objective(of values: [Double]) -> Double {
        zip(columns, values).reduce(0) { $0 + $1.0.objective * $1.1 }
    }
}
