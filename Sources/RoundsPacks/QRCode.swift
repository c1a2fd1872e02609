internal import CQRencode

/// A QR code's modules, encoded once by libqrencode; the only user of CQRencode. Posters on
/// the web and the pack's evaluation page both draw it.
package struct QRCode: Sendable, Equatable {
    /// The number of modules along each side (without the quiet zone).
    package let width: Int
    /// `width * width` modules in rows, `true` for dark.
    package let modules: [Bool]

    /// Encodes `text` (8-bit, error correction level M); `nil` when libqrencode refuses it
    /// (empty or longer than a version 40 code holds).
    package init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let side = Int(code.pointee.width)
        var modules = [Bool](repeating: false, count: side * side)
        for index in 0..<(side * side) {
            // Bit 0 of each byte is the module's colour (qrencode.h).
            modules[index] = code.pointee.data[index] & 1 == 1
        }
        self.width = side
        self.modules = modules
    }

    /// Whether the module at `row`, `column` is dark.
    package func isDark(row: Int, column: Int) -> Bool {
        modules[row * width + column]
    }

    /// The code as an inline SVG: one path of unit squares with a four-module quiet zone,
    /// scalable by CSS, with `title` as its accessible name.
    package func svg(title: String, className: String = "qr") -> String {
        let quiet = 4
        let side = width + 2 * quiet
        var path = ""
        path.reserveCapacity(width * width * 4)
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < width && isDark(row: row, column: column + run) { run += 1 }
                path += "M\(column + quiet) \(row + quiet)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return """
            <svg class="\(className)" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" \
            role="img" aria-label="\(HTML.escape(title))" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path d="\(path)" fill="#000"/></svg>
            """
    }
}
