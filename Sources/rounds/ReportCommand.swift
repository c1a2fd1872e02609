import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds report --from YYYY-MM --to YYYY-MM --out DIR [--format ...] [--no-comments]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report with charts on the held Rounds of a period.",
        discussion: """
            Per Round: attendance, evaluation forms, response rate, the overall rating and \
            each statement, staff groups and first-timers; over the period: trends, staff \
            groups, themes ranked by rating and fidelity warnings. report.json holds every \
            number the HTML shows (docs/report-json.md). The session summary for the \
            licensing body (session-summary.csv and .html) is always written. \
            --no-comments leaves out every free-text comment (the board version).
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The first month, YYYY-MM.", valueName: "month"))
    var from: String

    @Option(help: ArgumentHelp("The last month, YYYY-MM.", valueName: "month"))
    var to: String

    @Option(
        help: ArgumentHelp("The folder to write into; created when missing.", valueName: "folder"))
    var out: String

    @Option(
        help: ArgumentHelp("Formats: html, pdf, csv, json, separated by commas.", valueName: "list")
    )
    var format = "html,csv,json"

    @Flag(help: "Leave out the free-text comments (the board version).")
    var noComments = false

    @Option(
        help: ArgumentHelp(
            "A folder whose report/ templates replace the built-in ones of the same name.",
            valueName: "folder"))
    var templates: String?

    var formats: Set<ReportFormat> {
        get throws {
            var result: Set<ReportFormat> = []
            for name in format.split(separator: ",") {
                let key = name.trimmingCharacters(in: .whitespaces).lowercased()
                guard let value = ReportFormat(named: key) else {
                    throw ValidationError(
                        "\"\(key)\" is not a report format. Use html, pdf, csv or json, "
                            + "separated by commas.")
                }
                result.insert(value)
            }
            return result
        }
    }

    func validate() throws {
        guard let first = YearMonth(parsing: from), let last = YearMonth(parsing: to) else {
            throw ValidationError("Give --from and --to as YYYY-MM, such as 2027-01.")
        }
        if last < first { throw ValidationError("--to \(to) comes before --from \(from).") }
        if out.isEmpty { throw ValidationError("The --out folder is empty. Give a folder.") }
        if try formats.isEmpty { throw ValidationError("Give at least one --format.") }
    }

    func run() throws {
        let formats = try self.formats
        guard let first = YearMonth(parsing: from), let last = YearMonth(parsing: to) else {
            throw ValidationError("Give --from and --to as YYYY-MM, such as 2027-01.")
        }
        let (files, held) = try store.operations.writeReport(
            from: first, to: last, formats: formats, includeComments: !noComments,
            templates: templates, now: try CommandClock.now(), to: out)
        let prefix = out.hasSuffix("/") ? out : out + "/"
        say(
            files.map { "Wrote \(prefix)\($0.lastPathComponent)." } + [
                "\(counted(held, "held Round")) from \(first.displayText) "
                    + "to \(last.displayText)."
            ])
    }
}
