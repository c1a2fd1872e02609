import ArgumentParser
import Foundation
import RoundsOperations

/// `rounds import`: brings files into the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a programme file or a people spreadsheet into the store.",
        usage: "rounds import <file> [--prune] [--store <path>]",
        discussion: """
            `rounds import FILE.yaml` imports a programme file; `rounds import FILE.csv` imports \
            people from a spreadsheet export. `rounds import holidays FILE` refreshes bank \
            holidays, and `rounds import availability FILE.ics --person EMAIL` reads a \
            person's busy times. Each import runs in one transaction: if anything in the file \
            is wrong, nothing is changed.
            """,
        subcommands: [
            ImportFileCommand.self, ImportHolidaysCommand.self, ImportAvailabilityCommand.self,
        ],
        defaultSubcommand: ImportFileCommand.self)
}

/// `rounds import FILE`: a programme file (.yaml, .yml) or people (.csv).
struct ImportFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Import a programme file (.yaml) or people from a spreadsheet (.csv).",
        discussion: """
            Records are matched by email (people), slug (venues, themes), id (excerpts, Rounds) \
            and dates (leave). Importing the same file twice changes nothing. Records the file \
            does not mention are kept, unless you add --prune to a programme file import; \
            Rounds are never removed by an import.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "The file to import: a programme file ending in .yaml or .yml, or a CSV "
                + "spreadsheet of people ending in .csv.", valueName: "file"))
    var file: String

    @Flag(
        help: """
            Also remove, and list, the people (with their leave), venues, themes and excerpts \
            that the programme file's sections leave out. Sections the file does not have are \
            left alone.
            """)
    var prune = false

    enum Kind { case programme, people }

    var kind: Kind? {
        switch URL(fileURLWithPath: file).pathExtension.lowercased() {
        case "yaml", "yml": .programme
        case "csv": .people
        default: nil
        }
    }

    func validate() throws {
        guard let kind else {
            throw ValidationError(
                "\(file) is neither a programme file (.yaml) nor a spreadsheet (.csv). "
                    + "Give a file ending in .yaml, .yml or .csv.")
        }
        if prune && kind == .people {
            throw ValidationError(
                "--prune works with programme files only; a people import never removes anyone.")
        }
    }

    func run() throws {
        switch kind {
        case .people: say(try store.operations.importPeople(file: file))
        default: say(try store.operations.importProgramme(file: file, prune: prune))
        }
    }
}
