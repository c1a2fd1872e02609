import CSV
import Foundation

/// A CSV export from Excel, Google Sheets or Numbers: a header row and numbered data rows.
///
/// Row numbers are the spreadsheet's own (the header is row 1), so an error can send the user
/// to the right line of the sheet they edit.
struct SpreadsheetTable {
    /// One data row with its spreadsheet row number.
    struct Row {
        let number: Int
        let fields: [String: String]
    }

    let file: String
    /// Normalised header name to the header as written.
    let headers: [String]
    let rows: [Row]

    /// Reads CSV bytes: a UTF-8 BOM, CRLF line ends, quoted commas and newlines, blank rows.
    static func read(_ data: Data, file: String) throws -> SpreadsheetTable {
        var text = try decode(data, file: file)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Excel in some European locales separates with semicolons; the header row tells.
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: UnicodeScalar =
            !firstLine.contains(",") && firstLine.contains(";") ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw RoundsStoreError.spreadsheetFile(file: file, message: "The file is empty.")
        }
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        guard let header = records.first,
            header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else {
            throw RoundsStoreError.spreadsheetFile(
                file: file, message: "The file has no header row. Put the column names in row 1.")
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var rows: [Row] = []
        for (index, record) in records.enumerated().dropFirst() {
            let trimmed = record.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if trimmed.allSatisfy(\.isEmpty) { continue }
            var fields: [String: String] = [:]
            for (column, value) in trimmed.enumerated() where column < names.count {
                if !names[column].isEmpty { fields[names[column]] = value }
            }
            rows.append(Row(number: index + 1, fields: fields))
        }
        return SpreadsheetTable(file: file, headers: names, rows: rows)
    }

    /// UTF-8 (with or without a BOM), UTF-16 with a BOM, or else Windows-1252, which is what
    /// Excel's plain "CSV (Comma delimited)" writes on Windows.
    static func decode(_ data: Data, file: String) throws -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return text
        }
        if let text = String(data: data, encoding: .windowsCP1252) { return text }
        throw RoundsStoreError.spreadsheetFile(
            file: file, message: "The file is not text. Export the sheet again as \"CSV UTF-8\".")
    }

    /// Lower-case letters and digits only, so "E-mail", "Email address " and "EMAIL" compare.
    static func normalise(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter(CharacterSet.alphanumerics.contains))
    }
}
