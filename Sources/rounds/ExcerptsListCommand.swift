import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds excerpts list`: the excerpt library.
struct ExcerptsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the excerpts in the library.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let excerpts = try store.operations.snapshot().excerpts.sorted { $0.id < $1.id }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(excerpts), as: UTF8.self))
            return
        }
        if excerpts.isEmpty {
            say(["No excerpts yet. Add one with `rounds excerpts add` or `rounds excerpts import`."]
            )
            return
        }
        var lines: [String] = []
        for excerpt in excerpts {
            lines.append("\(excerpt.id)")
            lines.append("  “\(excerpt.quotation)”")
            lines.append("  \(excerpt.citation)")
            if !excerpt.suggestedPrompts.isEmpty {
                let count = excerpt.suggestedPrompts.count
                lines.append("  \(count) suggested prompt\(count == 1 ? "" : "s")")
            }
        }
        say(lines)
    }
}
