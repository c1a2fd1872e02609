package import Foundation

/// Checks that nothing on a printed page is cut off at the edge of the page's content box.
///
/// Chromium clips what reaches the content box's edge: a table as wide as the page lost its
/// right-hand border that way. This renders each page with poppler's `pdftoppm` and reports
/// ink closer than `clearance` to the left or right content edge (between the top and bottom
/// margins; the footers live in the margins), and ink closer than `edge` to the paper's edge.
package struct PrintAreaCheck: Sendable {
    /// Left and right page margins of the stylesheets, in millimetres.
    package var sideMargin = 17.0
    /// Top page margin, in millimetres.
    package var topMargin = 18.0
    /// Bottom page margin, in millimetres.
    package var bottomMargin = 22.0
    /// How far ink must stay inside the content box, in millimetres.
    package var clearance = 0.5
    /// How far any ink must stay from the paper's edge, in millimetres (printers' limit).
    package var edge = 10.0
    /// Resolution pages are rendered at.
    package var dotsPerInch = 150

    /// A check with the stylesheets' margins.
    package init() {}

    /// One sentence per page that breaks the rules; empty when every page keeps to them.
    package func problems(pdf: URL, pdftoppm: String = "pdftoppm") throws -> [String] {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rounds-print-area-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            pdftoppm, "-gray", "-r", String(dotsPerInch), pdf.path,
            work.appendingPathComponent("page").path,
        ]
        try process.run()
        process.waitUntilExit()
        let pages = try FileManager.default.contentsOfDirectory(atPath: work.path)
            .filter { $0.hasSuffix(".pgm") }.sorted()
        guard process.terminationStatus == 0, !pages.isEmpty else {
            return ["pdftoppm could not render \(pdf.lastPathComponent)"]
        }
        var problems: [String] = []
        for (index, name) in pages.enumerated() {
            let data = try Data(contentsOf: work.appendingPathComponent(name))
            if let problem = problem(inPage: data, number: index + 1) { problems.append(problem) }
        }
        return problems
    }

    /// The first rule `pgm` (binary PGM) breaks, as a sentence; nil when none.
    func problem(inPage pgm: Data, number: Int) -> String? {
        guard let image = GrayImage(pgm) else { return "page \(number) is not a PGM image" }
        let perMM = Double(dotsPerInch) / 25.4
        let mm = { (pixels: Int) in Double(pixels) / perMM }
        let left = Int(((sideMargin + clearance) * perMM).rounded(.down))
        let right = image.width - 1 - Int(((sideMargin + clearance) * perMM).rounded(.down))
        let top = Int((topMargin * perMM).rounded())
        let bottom = image.height - Int((bottomMargin * perMM).rounded())
        let edgePixels = Int((edge * perMM).rounded(.down))
        for y in 0..<image.height {
            for x in 0..<image.width where image.isInk(x: x, y: y) {
                if x < edgePixels || y < edgePixels || x >= image.width - edgePixels
                    || y >= image.height - edgePixels
                {
                    return String(
                        format: "page %d: ink at %.1f mm across, %.1f mm down is within %.0f mm "
                            + "of the paper's edge", number, mm(x), mm(y), edge)
                }
                if y >= top, y < bottom, x < left || x > right {
                    return String(
                        format: "page %d: ink at %.1f mm across, %.1f mm down touches the "
                            + "edge of the printed area (%.0f mm margins)", number, mm(x), mm(y),
                        sideMargin)
                }
            }
        }
        return nil
    }
}

/// An 8-bit grey image read from binary PGM (`P5`).
struct GrayImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 2
        guard bytes.starts(with: Array("P5".utf8)) else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x23 || isSpace(bytes[index]) {
                if bytes[index] == 0x23 {  // a comment runs to the end of the line
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                }
                index += 1
            }
            var value = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        index += 1
        guard fields.count == 3, fields[2] == 255, bytes.count - index >= fields[0] * fields[1]
        else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<(index + width * height)])
    }

    /// True when the pixel is clearly darker than paper.
    func isInk(x: Int, y: Int) -> Bool { pixels[y * width + x] < 200 }
}

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
