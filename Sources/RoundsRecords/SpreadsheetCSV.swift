import Foundation

/// Writing CSV that spreadsheets open safely.
package enum SpreadsheetCSV {
    /// One CSV line: fields quoted when they hold a comma, quote or line break, and made
    /// formula-safe (``safeCell(_:)``).
    package static func line(_ fields: [String]) -> String {
        fields.map { quote(safeCell($0)) }.joined(separator: ",")
    }

    /// A cell a spreadsheet will not run as a formula (OWASP's CSV-injection advice): text
    /// starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
    /// Plain numbers such as `-1.5` are left alone.
    package static func safeCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first,
            ["=", "+", "-", "@", "\t", "\r"].contains(first)
        else { return text }
        if Double(text) != nil, first == "-" || first == "+" { return text }
        return "'" + text
    }

    /// The field quoted when it needs to be.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline || $0 == ";" })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
