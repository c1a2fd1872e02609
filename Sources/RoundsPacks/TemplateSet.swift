package import Foundation
internal import Mustache

/// The parsed templates of one format, with per-file overrides applied.
///
/// The entry template is `pack` (for reports, `report`); the others are partials it includes
/// with `{{> name}}`. Reports (RoundsReports) load their own folder through the same code.
package struct TemplateSet: Sendable {
    /// The templates by name, as partials see them.
    let library: MustacheLibrary
    /// Which file each template came from, for messages.
    let files: [String: URL]

    /// The name of the template a pack starts from.
    package static let entry = "pack"

    /// Reads every `*.mustache` of `folder` (`html` or `markdown`) in `folders`, most specific
    /// first, so that a file in an earlier folder replaces the one of the same name later.
    package static func load(
        templateFolder: String, from folders: [URL], entry: String = TemplateSet.entry
    ) throws(RoundsPacksError) -> TemplateSet {
        var files: [String: URL] = [:]
        for folder in folders.reversed() {
            let directory = folder.appendingPathComponent(templateFolder, isDirectory: true)
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names where name.hasSuffix(".mustache") {
                files[String(name.dropLast(".mustache".count))] =
                    directory.appendingPathComponent(name)
            }
        }
        guard files[entry] != nil else {
            throw .templateMissing(
                name: "\(templateFolder)/\(entry).mustache",
                searched: folders.map(\.path))
        }
        var library = MustacheLibrary()
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: file.path),
                let text = String(data: data, encoding: .utf8)
            else { throw .templateUnreadable(file: file.path) }
            library.register(
                try parse(text, file: file.path, markdown: templateFolder == "markdown"),
                named: name)
        }
        return TemplateSet(library: library, files: files)
    }

    /// Parses one template; Markdown templates get the Markdown escaping pragma first.
    static func parse(_ text: String, file: String, markdown: Bool) throws(RoundsPacksError)
        -> MustacheTemplate
    {
        // swift-mustache starts every partial with HTML escaping, so a Markdown template that
        // forgot the pragma would HTML-escape; adding it ourselves makes that impossible. The
        // pragma takes a line of its own, hence the line correction below.
        _ = MarkdownContentType.registered
        let prefix = markdown ? "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}\n" : ""
        do {
            return try MustacheTemplate(string: prefix + text)
        } catch let error as MustacheTemplate.ParserError {
            // swift-mustache reports where it gave up, which for an unclosed section or tag is
            // the end of the file; point at the opening instead when we can find it.
            if let opening = TemplateScanner.unclosed(in: text) {
                throw .templateSyntax(
                    file: file, line: opening.line, column: opening.column,
                    problem: opening.problem)
            }
            throw .templateSyntax(
                file: file, line: error.context.lineNumber - (markdown ? 1 : 0),
                column: error.context.columnNumber, problem: explain(error.error))
        } catch {
            throw .templateSyntax(
                file: file, line: 1, column: 1, problem: "Mustache cannot read it")
        }
    }

    /// A plain description of a swift-mustache parser error.
    static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            return "Mustache cannot read it"
        }
        switch error {
        case .sectionCloseNameIncorrect:
            return "a section is closed with a different name from the one that opened it"
        case .unfinishedName:
            return "a tag is not finished (a missing }} or a character not allowed in a name)"
        case .expectedSectionEnd:
            return "a section is opened and never closed (add {{/name}})"
        case .invalidSetDelimiter:
            return "a delimiter change {{=<% %>=}} is malformed"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection,
            .textInsideInheritSection:
            return "a block inside {{<partial}} ... {{/partial}} is malformed"
        case .invalidConfigVariableSyntax:
            return "a {{% ... }} setting is malformed (write {{% CONTENT_TYPE: HTML }})"
        case .unrecognisedConfigVariable:
            return "a {{% ... }} setting or content type is unknown"
        }
    }

    /// Renders `view` with the entry template.
    func render(_ view: Any) -> String {
        library.render(view, withTemplate: TemplateSet.entry) ?? ""
    }

    /// Renders `view` with the template called `name`.
    package func render(_ view: Any, template name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}
