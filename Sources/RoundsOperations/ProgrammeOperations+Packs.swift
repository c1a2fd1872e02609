import Foundation
import RoundsCore
package import RoundsPacks
import RoundsStore

extension ProgrammeOperations {
    /// `pack`: a facilitator pack per chosen Round (every Round with `references` empty) in
    /// each format; returns the lines naming the files written.
    package func writePacks(
        _ references: [String], formats: [PackFormat], to out: String, templates: String?
    ) throws -> [String] {
        let data = try reader().load()
        guard let programme = data.programme else {
            throw RoundsPacksError.noProgramme(store: storePath)
        }
        let chosen =
            references.isEmpty
            ? data.rounds.sorted { $0.id < $1.id } : try references.map(data.round)
        let printer = formats.contains(.pdf) ? PDFPrinter.find() : nil
        if formats.contains(.pdf), printer == nil { throw RoundsPacksError.pdfRendererMissing }
        let renderer = try PackRenderer(
            locator: .standard(
                commandLineFolder: templates.map { URL(fileURLWithPath: $0) },
                programmeFolder: programmeTemplates),
            formats: Set(formats))
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RoundsPacksError.cannotWrite(file: out)
        }
        var lines: [String] = []
        for input in PackInput.inputs(
            programme: programme, rounds: chosen, people: data.people, themes: data.themes,
            excerpts: data.excerpts)
        {
            let files = try renderer.write(input, formats: formats, to: folder, printer: printer)
            let prefix = out.hasSuffix("/") ? out : out + "/"
            lines += files.map { "Wrote \(prefix)\($0.lastPathComponent)." }
        }
        if chosen.isEmpty { lines.append("The store has no Rounds yet; plan some first.") }
        return lines
    }

    /// The programme's own templates: a `templates` folder beside the store file, if present.
    var programmeTemplates: URL? {
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent()
            .appendingPathComponent("templates", isDirectory: true)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? folder : nil
    }

    /// A pack, in HTML and Markdown, for every Round that is not cancelled; returns how many.
    static func writeDemoPacks(from store: any ProgrammeRepository, to path: String) throws
        -> Int
    {
        let data = try store.load()
        guard let programme = data.programme else { return 0 }
        let rounds = data.rounds.filter { $0.status != .cancelled }.sorted { $0.id < $1.id }
        let formats: [PackFormat] = [.html, .markdown]
        let renderer = try PackRenderer(locator: .standard(), formats: Set(formats))
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OperationFailure("The folder \(path) could not be created. Check the path.")
        }
        for input in PackInput.inputs(
            programme: programme, rounds: rounds, people: data.people, themes: data.themes,
            excerpts: data.excerpts)
        {
            _ = try renderer.write(input, formats: formats, to: folder, printer: nil)
        }
        return rounds.count
    }
}
