import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

@Suite struct TemplateTests {
    /// An override folder holding `files` (relative path to text).
    func overrideFolder(_ files: [String: String]) throws -> URL {
        let folder = try TemporaryFolder().url
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    @Test func overrideReplacesOneTemplateAndKeepsTheRest() throws {
        let folder = try overrideFolder([
            "html/cover.mustache":
                "<section id=\"cover\"><h1>Our own cover: {{roundID}}</h1></section>\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try PackRenderer(locator: sourceTreeLocator(overrides: [folder]))
            .renderHTML(try samplePack())
        #expect(html.contains("<h1>Our own cover: R-0042</h1>"))
        #expect(!html.contains("id=\"cover-title\""))
        #expect(html.contains("<section id=\"run-sheet\""))
    }

    @Test func firstOverrideFolderWins() throws {
        let commandLine = try overrideFolder([
            "markdown/sign-in.mustache": "From the command line\n"
        ])
        let programme = try overrideFolder([
            "markdown/sign-in.mustache": "From the programme\n",
            "markdown/debrief.mustache": "Programme debrief {{roundID}}\n",
        ])
        defer {
            try? FileManager.default.removeItem(at: commandLine)
            try? FileManager.default.removeItem(at: programme)
        }
        let markdown = try PackRenderer(
            locator: sourceTreeLocator(overrides: [commandLine, programme])
        ).renderMarkdown(try samplePack())
        #expect(markdown.contains("From the command line\n"))
        #expect(!markdown.contains("From the programme"))
        #expect(markdown.contains("Programme debrief R-0042\n"))
    }

    @Test func markdownOverrideWithoutPragmaStillEscapesMarkdown() throws {
        let folder = try overrideFolder(["markdown/cover.mustache": "# {{organisation}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        var input = try samplePack()
        input.programme.organisation = "A & B *Trust*"
        let markdown = try PackRenderer(locator: sourceTreeLocator(overrides: [folder]))
            .renderMarkdown(input)
        #expect(markdown.hasPrefix(#"# A \& B \*Trust\*"#))
    }

    @Test(arguments: [
        (
            "html", "Line one\n<p>{{#panel}}{{name}}</p>\n",
            2, 4, "the section {{#panel}} is never closed (add {{/panel}})"
        ),
        (
            "html", "<p>\n  {{#panel}}{{name}}{{/facilitators}}</p>\n",
            2, 24, "a section is closed with a different name from the one that opened it"
        ),
        (
            "markdown", "# Title\n\nText {{name\n",
            3, 6, "a tag is not finished (a missing }})"
        ),
        (
            "html", "{{% CONTENT_TYPE: PDF }}\n",
            1, 25, "a {{% ... }} setting or content type is unknown"
        ),
    ])
    func brokenTemplateIsReportedWithFileLineAndColumn(
        _ format: String, _ text: String, _ line: Int, _ column: Int, _ problem: String
    ) throws {
        let folder = try overrideFolder(["\(format)/cover.mustache": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(format)/cover.mustache").path
        let formats: Set<PackFormat> = format == "html" ? [.html] : [.markdown]
        #expect(
            throws: RoundsPacksError.templateSyntax(
                file: file, line: line, column: column, problem: problem)
        ) {
            _ = try PackRenderer(locator: sourceTreeLocator(overrides: [folder]), formats: formats)
        }
    }

    @Test func syntaxErrorMessageWordForWord() {
        let error = RoundsPacksError.templateSyntax(
            file: "/srv/templates/html/cover.mustache", line: 2, column: 28,
            problem: "a section is opened and never closed (add {{/name}})")
        #expect(
            error.description
                == "The template /srv/templates/html/cover.mustache has an error at line 2, "
                + "column 28: a section is opened and never closed (add {{/name}}). "
                + "Correct the template, or delete it to use the built-in one.")
    }

    @Test func missingOverrideFolderIsNamed() {
        let missing = URL(fileURLWithPath: "/nonexistent/rounds-templates")
        #expect(throws: RoundsPacksError.templateFolderMissing("/nonexistent/rounds-templates")) {
            _ = try PackRenderer(locator: sourceTreeLocator(overrides: [missing]))
        }
        #expect(
            RoundsPacksError.templateFolderMissing("/nonexistent/rounds-templates").description
                == "The template folder /nonexistent/rounds-templates does not exist. "
                + "Check the path given with --templates.")
    }

    @Test func noBuiltInTemplatesIsExplained() {
        let locator = TemplateLocator(builtInCandidates: [
            URL(fileURLWithPath: "/nonexistent/a"), URL(fileURLWithPath: "/nonexistent/b"),
        ])
        #expect(
            throws: RoundsPacksError.builtInTemplatesNotFound(searched: [
                "/nonexistent/a", "/nonexistent/b",
            ])
        ) {
            _ = try PackRenderer(locator: locator)
        }
        #expect(
            RoundsPacksError.builtInTemplatesNotFound(searched: ["/a", "/b"]).description
                == "Rounds could not find its templates (looked in /a, /b). Reinstall with "
                + "`make install`, or set ROUNDS_TEMPLATES to the Templates folder.")
    }

    @Test func standardSearchOrder() {
        let locator = TemplateLocator.standard(
            commandLineFolder: URL(fileURLWithPath: "/cli"),
            programmeFolder: URL(fileURLWithPath: "/programme"),
            environment: ["ROUNDS_TEMPLATES": "/env"],
            executable: URL(fileURLWithPath: "/opt/rounds/bin/rounds"))
        #expect(locator.overrides.map(\.path) == ["/cli", "/programme"])
        #expect(
            locator.builtInCandidates.map(\.path) == [
                "/env", "/opt/rounds/share/rounds/Templates",
                TemplateLocator.sourceTreeFolder.path,
            ])
    }

    @Test func installedLayoutIsFoundNextToTheBinary() throws {
        let prefix = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: prefix) }
        let templates = prefix.appendingPathComponent("share/rounds/Templates")
        try FileManager.default.createDirectory(
            at: templates.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TemplateLocator.sourceTreeFolder, to: templates)
        let locator = TemplateLocator.standard(
            environment: [:], executable: prefix.appendingPathComponent("bin/rounds"))
        #expect(
            try locator.builtInFolder().standardizedFileURL.path
                == templates.standardizedFileURL.path)
        #expect(try PackRenderer(locator: locator).renderHTML(try samplePack()).contains("R-0042"))
    }
}
