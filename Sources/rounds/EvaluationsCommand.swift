import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds evaluations template|import`.
struct EvaluationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluations",
        abstract: "Key in paper evaluation forms or import an online form's export.",
        subcommands: [EvaluationsTemplateCommand.self, EvaluationsImportCommand.self])
}

/// `rounds evaluations template [--round ID] --out FILE.csv`.
struct EvaluationsTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a keying sheet for paper forms: one row per form.",
        discussion: """
            The sheet opens in a spreadsheet. Type each form into a row: 1 to 5 (or the \
            scale's words) for each statement, the overall rating 1 to 5, the staff group and \
            the comment. Save it as CSV and import it with rounds evaluations import.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Fill the Round column with this Round.", valueName: "round"))
    var round: String?

    @Option(help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Numbered rows to offer (default 60).", valueName: "n"))
    var rows = ProgrammeOperations.keyingSheetRows

    func validate() throws {
        if !(1...2000).contains(rows) { throw ValidationError("--rows must be 1 to 2000.") }
    }

    func run() throws {
        try store.operations.writeKeyingSheet(round: round, rows: rows, to: out)
        say(["Wrote \(out): a keying sheet with \(rows) rows."])
    }
}

/// `rounds evaluations import FILE [--round ID] [--mapping FILE]`.
struct EvaluationsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a keying sheet or a Microsoft Forms or Google Forms export (CSV).",
        discussion: """
            Columns are matched to the programme's questions by their wording (case, \
            punctuation and the "Today's Round..." stem do not matter); other columns such as \
            ID, start time and email are ignored. When a form words its questions differently, \
            a mapping file (CSV with the columns column and question) says which is which. \
            The whole file is imported or none of it; importing it again adds nothing.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "The Round the forms are about, when the file has no Round column.",
            valueName: "round"))
    var round: String?

    @Option(help: ArgumentHelp("A mapping file for differently worded forms.", valueName: "file"))
    var mapping: String?

    func run() throws {
        let result = try store.operations.importEvaluations(
            file: file, round: round, mapping: mapping)
        let rounds = result.rounds.map(\.description)
        say([
            "Read \(counted(result.read, "form")) from \(file)"
                + (rounds.isEmpty ? "" : " for \(rounds.joined(separator: ", "))")
                + "; \(result.added) new."
        ])
    }
}
