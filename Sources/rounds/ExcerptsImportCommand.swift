import ArgumentParser
import Foundation
import RoundsCore
import RoundsPacks
import RoundsStore

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
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RoundsPacksError.cannotRead(file: file)
        }
        let excerpts = try ExcerptFile.read(String(decoding: data, as: UTF8.self), file: file)
        let (added, replaced) = try store.open().update { data in
            var added = 0
            var replaced = 0
            for excerpt in excerpts {
                if let index = data.excerpts.firstIndex(where: { $0.id == excerpt.id }) {
                    if data.excerpts[index] != excerpt { replaced += 1 }
                    data.excerpts[index] = excerpt
                } else {
                    data.excerpts.append(excerpt)
                    added += 1
                }
            }
            return (added, replaced)
        }
        if added + replaced == 0 {
            say(["No changes: the store already has these \(excerpts.count) excerpts."])
        } else {
            say(["Imported \(file): \(added) added, \(replaced) replaced."])
        }
    }
}
