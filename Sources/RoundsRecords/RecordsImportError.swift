/// Why an import file was refused, with where: nothing of the file is stored.
///
/// The message names the file, line and column and says what to do. It never quotes a
/// comment (free text is confidential); it may quote a short answer such as `Agre`.
package struct RecordsImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    package var file: String
    /// The line in the file (1 is the first); nil when the whole file is at fault.
    package var line: Int?
    /// The column (1 is the first); nil when the whole line is at fault.
    package var column: Int?
    /// What is wrong and what to do, in one or two sentences.
    package var message: String

    /// An error at `file`, `line` and `column`.
    package init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, leaving out what is not known.
    package var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, let column, line > 0 { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
