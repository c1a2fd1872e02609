import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds rota [--from YYYY-MM --to YYYY-MM] [--json]`: fairness at a glance.
struct RotaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rota",
        abstract: "Show each facilitator's Rounds per year, last and next, and fair share.",
        discussion: """
            Counts held, confirmed and planned Rounds (not cancelled ones) from --from to --to, \
            by default the programme's fairness horizon before this month through the next \
            eleven months. The fair share divides the span's places in proportion to the \
            months each facilitator could facilitate: after they joined, and not away for a \
            whole month (docs/scheduling.md). With --json, prints an array for scripts.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The first month counted, as YYYY-MM.", valueName: "YYYY-MM"))
    var from: String?

    @Option(help: ArgumentHelp("The last month counted, as YYYY-MM.", valueName: "YYYY-MM"))
    var to: String?

    @Flag(help: "Print the report as JSON instead of a table.")
    var json = false

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, YearMonth(parsing: value) == nil {
                throw ValidationError(
                    "\(name) \(value) is not a month. Write months as YYYY-MM, such as 2027-01.")
            }
        }
        if let from, let to, let first = YearMonth(parsing: from),
            let last = YearMonth(parsing: to), last < first
        {
            throw ValidationError("--to \(to) is before --from \(from).")
        }
    }

    func run() throws {
        let report = try store.operations.rotaReport(
            from: from.flatMap { YearMonth(parsing: $0) },
            to: to.flatMap { YearMonth(parsing: $0) },
            now: try CommandClock.now())
        if json {
            print(try Self.json(report))
        } else {
            say(Self.lines(report))
        }
    }

    static func lines(_ report: RotaReport) -> [String] {
        guard !report.rows.isEmpty else {
            return ["The programme has no facilitators. Add people with the facilitator role."]
        }
        var lines = ["Rounds from \(report.from.displayText) to \(report.to.displayText):"]
        for row in report.rows {
            let years = row.perYear.keys.sorted().map { "\($0): \(row.perYear[$0] ?? 0)" }
            let distance = Self.number(row.distance)
            lines.append(
                "  \(row.name): \(row.total) (\(years.isEmpty ? "none" : years.joined(separator: ", "))); "
                    + "fair share \(Self.number(row.share)), "
                    + "\(row.distance > 0 ? "+" : "")\(distance); "
                    + "last \(row.last?.displayText ?? "none"), next \(row.next?.displayText ?? "none")"
            )
        }
        return lines
    }

    /// Two decimals without trailing zeros.
    static func number(_ value: Double) -> String { RotaCost.rounded(value) }

    struct Entry: Encodable {
        let email: String
        let name: String
        let roundsPerYear: [String: Int]
        let total: Int
        let last: String?
        let next: String?
        let availableMonths: Int
        let fairShare: Double
        let distance: Double
    }

    static func json(_ report: RotaReport) throws -> String {
        let entries = report.rows.map { row in
            Entry(
                email: row.person.description, name: row.name,
                roundsPerYear: Dictionary(
                    uniqueKeysWithValues: row.perYear.map { ("\($0.key)", $0.value) }),
                total: row.total, last: row.last.map { "\($0)" }, next: row.next.map { "\($0)" },
                availableMonths: row.availableMonths,
                fairShare: (row.share * 100).rounded() / 100,
                distance: (row.distance * 100).rounded() / 100)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
