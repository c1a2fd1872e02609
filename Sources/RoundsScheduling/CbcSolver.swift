import CCbc
import Foundation

/// COIN-OR CBC through its C interface, wrapped once: a fresh CBC model per solve, silent
/// (log level 0: nothing on standard output or error), with an optional starting solution and
/// a time limit.
enum CbcSolver {
    /// CBC 2.10's C interface runs its command-line driver, which keeps state in globals: one
    /// solve at a time in the process.
    private static let lock = NSLock()

    /// Minimises `program`'s objective within `seconds` of CBC's time (processor time: the
    /// wait for another solve does not count); `start` (one value per column) is a known
    /// solution CBC may begin from.
    static func solve(_ program: IntegerProgram, start: [Double]? = nil, seconds: Double)
        -> IntegerProgram.Solution
    {
        lock.lock()
        defer { lock.unlock() }
        let clock = ContinuousClock()
        let started = clock.now
        var solution = solveAlone(program, start: start, seconds: seconds)
        let elapsed = (clock.now - started).components
        solution.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return solution
    }

    private static func solveAlone(
        _ program: IntegerProgram, start: [Double]?, seconds: Double
    ) -> IntegerProgram.Solution {
        guard let model = Cbc_newModel() else {
            return .init(status: .unknown, values: [], objective: 0, bestBound: -.infinity)
        }
        defer { Cbc_deleteModel(model) }
        load(program, into: model)
        Cbc_setLogLevel(model, 0)
        Cbc_setMaximumSeconds(model, max(0.01, seconds))
        if var values = start, values.count == program.columns.count {
            var indices = Array(Int32(0)..<Int32(values.count))
            Cbc_setMIPStartI(model, Int32(values.count), &indices, &values)
        }
        Cbc_solve(model)
        let bestBound = Cbc_getBestPossibleObjValue(model)
        if Cbc_isProvenInfeasible(model) != 0 {
            return .init(status: .infeasible, values: [], objective: 0, bestBound: bestBound)
        }
        guard let pointer = Cbc_bestSolution(model) else {
            return .init(status: .unknown, values: [], objective: 0, bestBound: bestBound)
        }
        let values = Array(UnsafeBufferPointer(start: pointer, count: program.columns.count))
        let status: IntegerProgram.Status = Cbc_isProvenOptimal(model) != 0 ? .optimal : .feasible
        return .init(
            status: status, values: values, objective: program.objective(of: values),
            bestBound: status == .optimal ? program.objective(of: values) : bestBound)
    }

    /// The columns in compressed sparse column form, then the rows' limits.
    private static func load(_ program: IntegerProgram, into model: UnsafeMutableRawPointer) {
        var byColumn = Array(
            repeating: [(row: Int32, value: Double)](), count: program.columns.count)
        for (row, entry) in program.rows.enumerated() {
            for term in entry.terms where term.coefficient != 0 {
                byColumn[term.column].append((Int32(row), term.coefficient))
            }
        }
        var starts: [CoinBigIndex] = [0]
        var indices: [Int32] = []
        var elements: [Double] = []
        for entries in byColumn {
            for entry in entries {
                indices.append(entry.row)
                elements.append(entry.value)
            }
            starts.append(CoinBigIndex(indices.count))
        }
        var columnLower = program.columns.map(\.lower)
        var columnUpper = program.columns.map(\.upper)
        var objective = program.columns.map(\.objective)
        var rowLower = program.rows.map(\.lower)
        var rowUpper = program.rows.map(\.upper)
        Cbc_loadProblem(
            model, Int32(program.columns.count), Int32(program.rows.count), &starts, &indices,
            &elements, &columnLower, &columnUpper, &objective, &rowLower, &rowUpper)
        for (index, column) in program.columns.enumerated() where column.isInteger {
            Cbc_setInteger(model, Int32(index))
        }
        Cbc_setObjSense(model, 1)
    }
}
