import Foundation
import RoundsTestSupport
import Testing

/// End-to-end runs of `rounds pack` and `rounds excerpts`, each in a fresh folder.
@Suite struct PackCommandTests {
    static let samples = Samples.folder

    let folder: URL

    init() throws {
        folder = try TemporaryFolder("rounds-pack-tests").url
    }

    func rounds(_ arguments: String...) throws -> RoundsExecutable.Outcome {
        try RoundsExecutable.run(
            arguments, environment: ["ROUNDS_STORE": "", "HOME": folder.path], in: folder)
    }

    func sampleStore() throws {
        let outcome = try rounds(
            "init", "--from", Self.samples.appendingPathComponent("programme.yaml").path)
        try #require(outcome.status == 0)
    }

    @Test func packAllWritesHTMLAndMarkdownForEveryRound() throws {
        try sampleStore()
        let outcome = try rounds("pack", "--all", "--out", "packs", "--format", "html,md")
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput == """
                Wrote packs/R-0001-2026-10-13-pack.html.
                Wrote packs/R-0001-2026-10-13-pack.md.
                Wrote packs/R-0002-2027-01-12-pack.html.
                Wrote packs/R-0002-2027-01-12-pack.md.

                """)
        let html = try String(
            contentsOf: folder.appendingPathComponent("packs/R-0002-2027-01-12-pack.html"),
            encoding: .utf8)
        #expect(html.contains("<h1 id=\"cover-title\">Taking the executive hat off</h1>"))
        #expect(html.contains("Fitzsimons B. BMJ 2022;378:o1650."))
    }

    @Test func packOneRoundByDateWithATemplateOverride() throws {
        try sampleStore()
        let override = folder.appendingPathComponent("mine/markdown")
        try FileManager.default.createDirectory(at: override, withIntermediateDirectories: true)
        try Data("Our cover for {{roundID}}\n".utf8).write(
            to: override.appendingPathComponent("cover.mustache"))
        let outcome = try rounds(
            "pack", "2027-01-12", "--out", "packs/", "--format", "md", "--templates", "mine")
        #expect(outcome.standardOutput == "Wrote packs/R-0002-2027-01-12-pack.md.\n")
        let markdown = try String(
            contentsOf: folder.appendingPathComponent("packs/R-0002-2027-01-12-pack.md"),
            encoding: .utf8)
        #expect(markdown.hasPrefix("Our cover for R-0002\n## Run sheet"))
    }

    @Test func templatesBesideTheStoreOverrideAndTheCommandLineWins() throws {
        try sampleStore()
        for (folder, text) in [("templates", "Programme cover"), ("mine", "Command-line cover")] {
            let markdown = folder + "/markdown"
            try FileManager.default.createDirectory(
                at: self.folder.appendingPathComponent(markdown),
                withIntermediateDirectories: true)
            try Data("\(text) for {{roundID}}\n".utf8).write(
                to: self.folder.appendingPathComponent(markdown + "/cover.mustache"))
        }
        let pack = folder.appendingPathComponent("packs/R-0002-2027-01-12-pack.md")
        _ = try rounds("pack", "R-0002", "--out", "packs", "--format", "md")
        #expect(
            try String(contentsOf: pack, encoding: .utf8).hasPrefix("Programme cover for R-0002\n"))
        _ = try rounds("pack", "R-0002", "--out", "packs", "--format", "md", "--templates", "mine")
        #expect(
            try String(contentsOf: pack, encoding: .utf8).hasPrefix(
                "Command-line cover for R-0002\n"))
    }

    @Test func themeSeededFromAnExcerptTakesItsPrompts() throws {
        try sampleStore()
        let imported = try rounds(
            "excerpts", "import", Self.samples.appendingPathComponent("excerpts.yaml").path)
        try #require(imported.status == 0)
        let added = try rounds(
            "themes", "add", "--from-excerpt", "fitzsimons-2022-executive-hat",
            "--slug", "executive-hat-seeded")
        #expect(added.status == 0)
        #expect(
            added.standardOutput
                == "Added theme executive-hat-seeded: To take their executive hat off.\n")
        let listed = try rounds("themes", "list")
        #expect(listed.standardOutput.contains("executive-hat-seeded"))
        let unknown = try rounds("themes", "add", "--from-excerpt", "no-such-excerpt")
        #expect(unknown.status == 1)
        #expect(
            unknown.standardError
                == "Error: No excerpt has the id no-such-excerpt. See the ids with `rounds excerpts list`.\n"
        )
        let neither = try rounds("themes", "add")
        #expect(neither.status == 64)
        #expect(
            neither.standardError.hasPrefix(
                "Error: Give the theme a --title, or seed it from an excerpt with --from-excerpt ID.\n"
            ))
    }

    @Test(arguments: [
        (
            ["pack", "--out", "packs"],
            "Error: Name at least one Round (such as R-0042), or give --all."
        ),
        (
            ["pack", "R-0001", "--all", "--out", "packs"],
            "Error: Give Round ids or --all, not both."
        ),
        (
            ["pack", "--all", "--out", "packs", "--format", "html,docx"],
            "Error: \"docx\" is not a pack format. Use html, md or pdf, separated by commas."
        ),
    ])
    func usageMistakesExit64(_ arguments: [String], _ message: String) throws {
        let outcome = try RoundsExecutable.run(
            arguments, environment: ["ROUNDS_STORE": ""], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix(message + "\n"))
    }

    @Test func pdfWithoutAPrinterSaysHowToInstallOne() throws {
        try sampleStore()
        let outcome = try RoundsExecutable.run(
            ["pack", "--all", "--out", "packs", "--format", "pdf"],
            environment: ["ROUNDS_STORE": "", "PATH": folder.path], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "Error: No PDF printer was found: Rounds prints PDF with Chromium or "
                + "WeasyPrint. Install one with `sudo apt-get install chromium` (or "
                + "`weasyprint`), or choose --format html and print from a browser.\n")
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("packs").path))
    }

    @Test func excerptsImportAddListAndRefuseDuplicates() throws {
        try sampleStore()
        let file = Self.samples.appendingPathComponent("excerpts.yaml").path
        #expect(
            try rounds("excerpts", "import", file).standardOutput
                == "Imported \(file): 5 added, 0 replaced.\n")
        #expect(
            try rounds("excerpts", "import", file).standardOutput
                == "No changes: the store already has these 5 excerpts.\n")
        let add = try rounds(
            "excerpts", "add", "--id", "cup-of-tea", "--quotation", "q", "--citation", "c")
        #expect(add.status == 1)
        #expect(
            add.standardError
                == "Error: An excerpt with the id cup-of-tea already exists. Choose another id, "
                + "or use `rounds excerpts import` to replace it.\n")
        #expect(
            try rounds(
                "excerpts", "add", "--id", "new-one", "--quotation", "Words here",
                "--citation", "BMJ 2020;1:a1", "--prompt", "Why?"
            ).standardOutput == "Added excerpt new-one.\n")
        let list = try rounds("excerpts", "list").standardOutput
        #expect(list.contains("new-one\n  “Words here”\n  BMJ 2020;1:a1\n  1 suggested prompt\n"))
        #expect(list.contains("fitzsimons-2022-toughen-up\n  “toughen up”\n"))
    }

    @Test func excerptsImportReportsTheFilePosition() throws {
        try sampleStore()
        try Data("excerpts:\n  - id: a\n    quotation: q\n".utf8).write(
            to: folder.appendingPathComponent("bad.yaml"))
        let outcome = try rounds("excerpts", "import", "bad.yaml")
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "Error: bad.yaml:2:5: This excerpt has no \"citation\"; add one.\n")
    }

    @Test func extractPrintsJSON() throws {
        let article = Self.samples.appendingPathComponent("articles/leaders-wellbeing.md").path
        let outcome = try rounds("excerpts", "extract", article, "--json")
        #expect(outcome.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
                as? [String: Any])
        let citation = try #require(json["citation"] as? [String: Any])
        #expect(citation["text"] as? String == "BMJ 2022;378:o1650")
        #expect(citation["year"] as? Int == 2022)
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        #expect(candidates.count == 5)
        #expect(
            candidates.contains { $0["quotation"] as? String == "to take their executive hat off" })
    }

    @Test func extractOfAMissingFileFails() throws {
        let outcome = try rounds("excerpts", "extract", "missing.txt")
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError
                == "Error: Cannot read missing.txt. Check the path and that you may read the "
                + "file.\n")
    }
}
