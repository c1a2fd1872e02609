import CSV
package import Foundation

/// A table read from a spreadsheet export: header and data rows with their line numbers.
///
/// Reads what spreadsheets write: UTF-8 with or without a byte-order mark, UTF-16 with one
/// (Teams), Windows-1252 (Excel's plain CSV); CRLF or LF line ends; quoted fields with commas
/// and line breaks; commas, semicolons (Excel in some locales) or tabs between fields.
package struct RecordsTable: Sendable, Hashable {
    /// One data row.
    package struct Row: Sendable, Hashable {
        /// The line of the file the row starts on (1 is the first line).
        package var line: Int
        /// The spreadsheet's row number (the header is row 1), counting records, not lines.
        package var number: Int
        /// The fields, trimmed of surrounding white space; as many as the header has.
        package var fields: [String]

        /// The field at `column` (0-based); empty when the row is shorter.
        package subscript(column: Int) -> String {
            column < fields.count ? fields[column] : ""
        }
    }

    /// The file as the user named it.
    package var file: String
    /// The header names as written, trimmed.
    package var header: [String]
    /// The line the header is on.
    package var headerLine: Int
    /// The data rows; blank rows are left out.
    package var rows: [Row]

    /// Parses `data`, taking the first line that is not blank as the header.
    package static func read(_ data: Data, file: String) throws(RecordsImportError) -> RecordsTable
    {
        let text = try decode(data, file: file)
        return try parse(text, file: file)
    }

    /// Parses text; see ``read(_:file:)``.
    package static func parse(_ text: String, file: String, headerAt headerLine: Int = 1)
        throws(RecordsImportError) -> RecordsTable
    {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = String(text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
        let delimiter = guessDelimiter(firstLine)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw RecordsImportError(file: file, message: "The file is empty.")
        }
        var records: [(line: Int, fields: [String])] = []
        var line = headerLine
        while let record = reader.next() {
            records.append((line, record))
            line += 1 + record.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        if let error = reader.error {
            throw RecordsImportError(
                file: file, message: "The file could not be read as CSV (\(error)).")
        }
        let blank: ([String]) -> Bool = { $0.allSatisfy { $0.trimmedSpace.isEmpty } }
        guard let headerIndex = records.firstIndex(where: { !blank($0.fields) }) else {
            throw RecordsImportError(
                file: file, message: "The file has no header row. Put the column names in row 1.")
        }
        let header = records[headerIndex].fields.map(\.trimmedSpace)
        var rows: [Row] = []
        for (index, record) in records.enumerated().dropFirst(headerIndex + 1) {
            if blank(record.fields) { continue }
            if record.fields.count > header.count,
                record.fields[header.count...].contains(where: { !$0.trimmedSpace.isEmpty })
            {
                throw RecordsImportError(
                    file: file, line: record.line, column: header.count + 1,
                    message:
                        "This row has more fields than the header has columns. Check for an "
                        + "unquoted \(delimiter == "," ? "comma" : "separator") in a field.")
            }
            let fields = (0..<header.count).map { column in
                column < record.fields.count ? record.fields[column].trimmedSpace : ""
            }
            rows.append(Row(line: record.line, number: index - headerIndex + 1, fields: fields))
        }
        return RecordsTable(
            file: file, header: header, headerLine: records[headerIndex].line, rows: rows)
    }

    /// UTF-8 (with or without a BOM), UTF-16 with a BOM, or else Windows-1252.
    package static func decode(_ data: Data, file: String) throws(RecordsImportError) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: data, encoding: .utf16) { return text }
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: .windowsCP1252) { return text }
        throw RecordsImportError(
            file: file, message: "The file is not text. Export it again as \"CSV UTF-8\".")
    }

    /// The separator the header line uses most: tab, semicolon or comma.
    static func guessDelimiter(_ header: String) -> UnicodeScalar {
        let counts: [(UnicodeScalar, Int)] = [
            ("\t", header.count { $0 == "\t" }), (";", header.count { $0 == ";" }),
            (",", header.count { $0 == "," }),
        ]
        let best = counts.max { $0.1 < $1.1 }
        return best.map { $0.1 > 0 ? $0.0 : "," } ?? ","
    }

    /// Line breaks inside a field: CRLF, LF and CR each count once.
    static func lineBreaks(in field: String) -> Int {
        field.count { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    /// The 0-based column whose header matches `accepts`; nil when none does.
    package func column(where accepts: (String) -> Bool) -> Int? {
        header.firstIndex(where: accepts)
    }
}

extension String {
    /// Without surrounding spaces, tabs and line breaks (also non-breaking spaces).
    var trimmedSpace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
