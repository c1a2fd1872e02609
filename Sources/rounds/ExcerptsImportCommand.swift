import ArgumentParser
import RoundsOperations

/// `rounds excerpts import FILE.yaml`: add or replace excerpts from a file.
struct ExcerptsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or replace excerpts from a YAML file.",
        discussion: """
            The file has an "excerpts:" list, as in Samples/excerpts.yaml. An excerpt whose \
            id is already stored replaces it; the others are added. Nothing is stored when \
            the file has a mistake.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The excerpts file.", valueName: "file.yaml"))
    var file: String

    func run() throws {
        let (added, replaced, total) = try store.operations.importExcerpts(file: file)
        if added + replaced == 0 {
            say(["No changes: the store already has these \(total) excerpts."])
        } else {
            say(["Imported \(file): \(added) added, \(replaced) replaced."])
        }
    }
}
