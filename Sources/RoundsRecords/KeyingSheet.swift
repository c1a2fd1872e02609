package import RoundsCore

/// The keying sheet for paper evaluation forms: one row per form, a column per question.
///
/// A spreadsheet opens it; whoever types the forms in fills a row per form with the points
/// 1-5 (or the scale's words), the overall rating, the staff group and the comment, and
/// `rounds evaluations import` reads it back with ``EvaluationImport``.
package enum KeyingSheet {
    /// Rows the template offers; more can be added in the spreadsheet.
    package static let defaultRows = 60

    /// The header: `Form`, `Round` (when `round` is nil), each statement's text, then
    /// overall rating, staff group and comments.
    package static func header(questionSet: QuestionSet, withRoundColumn: Bool) -> [String] {
        ["Form"] + (withRoundColumn ? ["Round"] : [])
            + questionSet.questions.map { questionSet.fullText(of: $0) }
            + ["Overall rating (1-5)", "Staff group", "Comments"]
    }

    /// The sheet as CSV (UTF-8 with a byte-order mark and CRLF, which Excel opens as UTF-8),
    /// with `rows` numbered forms; the Round column is filled with `round` when given.
    package static func template(
        questionSet: QuestionSet, round: RoundID?, rows: Int = defaultRows
    ) -> String {
        let header = header(questionSet: questionSet, withRoundColumn: true)
        let empty = Array(repeating: "", count: questionSet.questions.count + 3)
        var lines = [SpreadsheetCSV.line(header)]
        for number in 1...max(rows, 1) {
            lines.append(
                SpreadsheetCSV.line([String(number), round?.description ?? ""] + empty))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
