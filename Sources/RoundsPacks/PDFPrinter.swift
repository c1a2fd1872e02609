package import Foundation

/// Prints an HTML pack to PDF with headless Chromium or WeasyPrint.
package struct PDFPrinter: Sendable, Hashable {
    /// The program that does the printing.
    package enum Engine: String, Sendable, Hashable {
        /// Chromium (or Chrome) in headless mode.
        case chromium
        /// WeasyPrint.
        case weasyprint
    }

    /// Which program prints.
    package var engine: Engine
    /// Where the program is.
    package var executable: URL

    /// A printer that runs `executable` as `engine`.
    package init(engine: Engine, executable: URL) {
        self.engine = engine
        self.executable = executable
    }

    /// Program names looked for on `PATH`, in order of preference.
    static let candidates: [(String, Engine)] = [
        ("chromium", .chromium), ("chromium-browser", .chromium), ("google-chrome", .chromium),
        ("weasyprint", .weasyprint),
    ]

    /// The first printer found on `PATH`; nil when none is installed.
    package static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PDFPrinter? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init)
        for (name, engine) in candidates {
            for folder in folders {
                let file = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: file.path) {
                    return PDFPrinter(engine: engine, executable: file)
                }
            }
        }
        return nil
    }

    /// Prints `html` to the PDF file `file`.
    package func print(html: String, to file: URL) throws(RoundsPacksError) {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent(
            "rounds-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: work) }
        let page = work.appendingPathComponent("pack.html")
        let output = work.appendingPathComponent("pack.pdf")
        do {
            try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw .cannotWrite(file: page.path)
        }
        let arguments: [String]
        switch engine {
        case .chromium:
            // A private profile and HOME keep Chromium away from the user's own profile; the
            // sandbox needs privileges containers rarely grant.
            arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                "--user-data-dir=\(work.appendingPathComponent("profile").path)",
                "--print-to-pdf=\(output.path)", page.absoluteString,
            ]
        case .weasyprint:
            arguments = [page.path, output.path]
        }
        let detail = run(arguments: arguments, home: work)
        guard fileManager.fileExists(atPath: output.path) else {
            throw .pdfFailed(renderer: engine.displayName, detail: detail ?? "no PDF was written")
        }
        do {
            if fileManager.fileExists(atPath: file.path) { try fileManager.removeItem(at: file) }
            try fileManager.moveItem(at: output, to: file)
        } catch {
            throw .cannotWrite(file: file.path)
        }
    }

    /// Runs the printer; returns a short failure detail, or nil when it exited cleanly.
    private func run(arguments: [String], home: URL) -> String? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "it could not be started"
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
            ? nil : "it stopped with status \(process.terminationStatus)"
    }
}

extension PDFPrinter.Engine {
    /// The program's name for messages.
    var displayName: String {
        switch self {
        case .chromium: "Chromium"
        case .weasyprint: "WeasyPrint"
        }
    }
}
