package import Foundation
package import RoundsCore
import RoundsFiles

/// Renders facilitator packs from the Mustache templates a ``TemplateLocator`` finds.
///
/// Templates are read and checked once, when the renderer is made, so a broken template stops
/// a run before any pack is written.
package struct PackRenderer: Sendable {
    private let html: TemplateSet?
    private let markdown: TemplateSet?

    /// Reads the templates `formats` need (PDF uses the HTML ones) from `locator`'s folders.
    package init(
        locator: TemplateLocator = .standard(), formats: Set<PackFormat> = [.html, .markdown]
    ) throws(RoundsPacksError) {
        let folders = try locator.folders()
        self.html =
            formats.contains(.html) || formats.contains(.pdf)
            ? try TemplateSet.load(templateFolder: "html", from: folders) : nil
        self.markdown =
            formats.contains(.markdown)
            ? try TemplateSet.load(templateFolder: "markdown", from: folders) : nil
    }

    /// The pack for `input` as HTML, one self-contained page.
    package func renderHTML(_ input: PackInput) throws(RoundsPacksError) -> String {
        try renderHTML(view: PackView(input))
    }

    /// The pack for `input` as Markdown.
    package func renderMarkdown(_ input: PackInput) throws(RoundsPacksError) -> String {
        try renderMarkdown(view: PackView(input))
    }

    func renderHTML(view: PackView) throws(RoundsPacksError) -> String {
        guard let html else { throw .templateMissing(name: "html/pack.mustache", searched: []) }
        return html.render(view)
    }

    func renderMarkdown(view: PackView) throws(RoundsPacksError) -> String {
        guard let markdown else {
            throw .templateMissing(name: "markdown/pack.mustache", searched: [])
        }
        return markdown.render(view)
    }

    /// The base file name of a Round's pack, such as `R-0042-2027-03-09-pack`.
    package static func baseName(for round: Round) -> String { "\(round.id)-\(round.date)-pack" }

    /// Writes the pack for `input` into `directory` once per format and returns the files.
    ///
    /// PDF needs `printer`; without one, asking for PDF throws
    /// ``RoundsPacksError/pdfRendererMissing`` before anything is written.
    package func write(
        _ input: PackInput, formats: [PackFormat], to directory: URL,
        printer: PDFPrinter? = nil
    ) throws(RoundsPacksError) -> [URL] {
        if formats.contains(.pdf), printer == nil { throw .pdfRendererMissing }
        let base = directory.appendingPathComponent(PackRenderer.baseName(for: input.round))
        // One view serves every format.
        let view = PackView(input)
        var written: [URL] = []
        for format in formats {
            let file = base.appendingPathExtension(format.fileExtension)
            switch format {
            case .html:
                try PackRenderer.save(try renderHTML(view: view), to: file)
            case .markdown:
                try PackRenderer.save(try renderMarkdown(view: view), to: file)
            case .pdf:
                guard let printer else { throw .pdfRendererMissing }
                try printer.print(html: try renderHTML(view: view), to: file)
            }
            written.append(file)
        }
        return written
    }

    package static func save(_ text: String, to file: URL) throws(RoundsPacksError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: file)
        } catch {
            throw .cannotWrite(file: file.path)
        }
    }
}
