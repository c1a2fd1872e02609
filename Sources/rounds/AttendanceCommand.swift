import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds attendance import FILE --round ID`.
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Bring in who came to a held Round.",
        subcommands: [AttendanceImportCommand.self])
}

/// `rounds attendance import FILE --round ID`: a keyed sign-in sheet or a Teams report.
struct AttendanceImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a keyed sign-in sheet (CSV) or a Microsoft Teams attendance report.",
        discussion: """
            The sign-in sheet needs a Name column; Staff group (or department), First time \
            (yes or no) and Email are read when present. A Teams attendance report is \
            recognised by its summary and read as Teams writes it (UTF-16, tab-separated); \
            each participant counts once. The whole file is imported or none of it; \
            importing the same file again adds nothing.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The sign-in CSV or Teams report.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The held Round the sign-ins belong to.", valueName: "round"))
    var round: String

    func run() throws {
        let result = try store.operations.importSignIns(file: file, round: round)
        let kind = result.kind == .teams ? "Teams attendance report" : "sign-in sheet"
        say([
            "Read \(counted(result.read, "sign-in")) from the \(kind) \(file); "
                + "\(result.added) new for \(result.round.label)."
        ])
    }
}
