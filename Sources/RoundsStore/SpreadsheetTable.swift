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
        guard var text = String(data: data, encoding: .utf8) else {
            throw RoundsStoreError.spreadsheetFile(
                file: file,
                message: "The file is not UTF-8 text. Export it again as \"CSV UTF-8\".")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
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

    /// Lower-case letters and digits only, so "E-mail", "Email address " and "EMAIL" compare.
    static func normalise(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter(CharacterSet.alphanumerics.contains))
    }
}
