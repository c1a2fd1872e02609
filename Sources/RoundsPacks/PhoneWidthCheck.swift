package import Foundation

/// Checks that an HTML page fits a phone's width without scrolling sideways.
///
/// Headless Chromium will not make a window narrower than 500 pixels, so the page is loaded
/// into an `iframe` of the phone's size inside a small harness page; a script in the harness
/// compares the framed document's `scrollWidth` with the frame window's `innerWidth` (media
/// queries see the frame's width, as they would see a phone's) and Chromium's `--dump-dom`
/// prints the result. Scroll bars are hidden, as on a phone.
package struct PhoneWidthCheck: Sendable {
    /// What Chromium measured.
    package struct Measurement: Sendable, Hashable, Decodable {
        /// The width of everything the page lays out, in CSS pixels.
        package var scrollWidth: Int
        /// The width of the viewport, in CSS pixels.
        package var innerWidth: Int
        /// The first few elements that reach past the viewport's right edge (tag, id, class),
        /// clipped ones included, to say where to look.
        package var wide: [String]

        /// Whether the page scrolls sideways.
        package var scrollsSideways: Bool { scrollWidth > innerWidth }
    }

    /// Chromium (or Chrome).
    package var chromium: URL
    /// The viewport's width in CSS pixels (an iPhone 12 to 15 is 390).
    package var width = 390
    /// The viewport's height in CSS pixels.
    package var height = 844

    /// A check that runs `chromium`.
    package init(chromium: URL) {
        self.chromium = chromium
    }

    /// A check with the Chromium `PDFPrinter.find()` finds; nil when it finds none, or only
    /// WeasyPrint.
    package static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PhoneWidthCheck? {
        guard let printer = PDFPrinter.find(environment: environment), printer.engine == .chromium
        else { return nil }
        return PhoneWidthCheck(chromium: printer.executable)
    }

    /// Loads the self-contained HTML file `page` at the phone's size and measures it.
    package func measure(page: URL) throws -> Measurement {
        let fileManager = FileManager.default
        let work = fileManager.temporaryDirectory.appendingPathComponent(
            "rounds-phone-\(UUID().uuidString)")
        try fileManager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: work) }
        try fileManager.copyItem(at: page, to: work.appendingPathComponent("page.html"))
        let harness = work.appendingPathComponent("harness.html")
        try Data(harnessHTML.utf8).write(to: harness)
        let output = work.appendingPathComponent("dom.html")
        _ = fileManager.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = chromium
        // file: pages may read a framed file: page only with --allow-file-access-from-files.
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-extensions", "--hide-scrollbars",
            "--allow-file-access-from-files",
            "--user-data-dir=\(work.appendingPathComponent("profile").path)",
            "--dump-dom", harness.absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work.path
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let dom = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"result\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
            start.upperBound < end.lowerBound
        else {
            throw RoundsPacksError.pdfFailed(
                renderer: "Chromium",
                detail: "it measured nothing (status \(process.terminationStatus))")
        }
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Measurement.self, from: Data(json.utf8))
    }

    /// The page that frames `page.html` at the phone's size and writes the measurement.
    var harnessHTML: String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head><body style="margin:0">
        <iframe id="phone" src="page.html" width="\(width)" height="\(height)"
          style="border:0;display:block"></iframe>
        <pre id="result"></pre>
        <script>
        document.getElementById('phone').addEventListener('load', () => {
          const frame = document.getElementById('phone');
          const view = frame.contentWindow, doc = frame.contentDocument;
          const wide = [];
          for (const element of doc.querySelectorAll('body *')) {
            if (wide.length < 5 && element.getBoundingClientRect().right > view.innerWidth) {
              const name = typeof element.className === 'string' && element.className
                ? '.' + element.className.split(' ').join('.') : '';
              wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + name);
            }
          }
          document.getElementById('result').textContent = JSON.stringify({
            scrollWidth: doc.documentElement.scrollWidth, innerWidth: view.innerWidth, wide: wide
          });
        });
        </script>
        </body></html>
        """
    }
}
