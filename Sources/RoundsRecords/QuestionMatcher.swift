package import Foundation
package import RoundsCore

/// What a column of an evaluation file holds.
package enum EvaluationField: Sendable, Hashable {
    /// The answer to the statement with this key.
    case statement(String)
    /// The overall rating 1-5.
    case overall
    /// The staff group.
    case staffGroup
    /// The free text.
    case comment
    /// The Round's id.
    case round
}

/// Matches the columns of a keying sheet or an online form's export to a ``QuestionSet``.
///
/// A column matches a statement when their words agree after dropping the stem ("Today's
/// Round...", "This Round..."), case, punctuation and a trailing full stop. Google Forms'
/// grid questions (`Today's Round... [will help me ...]`) are matched by the part in brackets.
/// When a form's wording differs, a mapping file says which column is which question.
package struct QuestionMatcher: Sendable {
    /// The question set the columns are matched to.
    package let questionSet: QuestionSet
    /// Folded column header to field (nil: ignore the column), from a mapping file.
    package let mapping: [String: EvaluationField?]

    /// A matcher for `questionSet` with an optional mapping.
    package init(questionSet: QuestionSet, mapping: [String: EvaluationField?] = [:]) {
        self.questionSet = questionSet
        self.mapping = mapping
    }

    /// Stems removed from the front of a header before it is compared.
    static let stems = ["todaysround", "thisround", "asaresultoftodaysround"]

    /// The field `header` holds; nil when it is none of the form's (ID, start time, email...).
    package func field(for header: String) -> EvaluationField? {
        let folded = QuestionSet.fold(header)
        if let mapped = mapping[folded] { return mapped }
        var text = header
        if let open = text.lastIndex(of: "["), text.hasSuffix("]") {
            text = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        var key = QuestionSet.fold(text)
        for stem in QuestionMatcher.stems.sorted(by: { $0.count > $1.count })
        where key.hasPrefix(stem) && key.count > stem.count {
            key.removeFirst(stem.count)
            break
        }
        if let question = questionSet.questions.first(where: {
            QuestionSet.fold($0.text) == key || $0.key == header.lowercased()
        }) {
            return .statement(question.key)
        }
        if folded == "round" || folded == "roundid" { return .round }
        if folded == QuestionSet.fold(questionSet.ratingQuestion) || folded.hasPrefix("overall") {
            return .overall
        }
        if folded.hasPrefix("staffgroup") || folded == "yourstaffgroup" { return .staffGroup }
        if folded == QuestionSet.fold(questionSet.commentQuestion) || folded.contains("comment")
            || folded.hasPrefix("anythingelse")
        {
            return .comment
        }
        return nil
    }

    /// The field of every column of `table` that holds one; refuses a question twice.
    package func fields(of table: RecordsTable) throws(RecordsImportError) -> [Int: EvaluationField]
    {
        var found: [Int: EvaluationField] = [:]
        var seen: [EvaluationField: Int] = [:]
        for (column, header) in table.header.enumerated() {
            guard let field = field(for: header) else { continue }
            if let earlier = seen[field] {
                throw RecordsImportError(
                    file: table.file, line: table.headerLine, column: column + 1,
                    message:
                        "Columns \(earlier + 1) and \(column + 1) both hold the same question. "
                        + "Delete one, or say which is which in a mapping file (--mapping).")
            }
            seen[field] = column
            found[column] = field
        }
        let answers = found.values.contains { field in
            if case .statement = field { return true }
            return field == .overall
        }
        guard answers else {
            throw RecordsImportError(
                file: table.file, line: table.headerLine,
                message:
                    "No column matches a question of the \(questionSet.name) question set. "
                    + "Check the programme's question set, or name the columns in a mapping "
                    + "file (--mapping, see docs/commands/evaluations.md).")
        }
        return found
    }

    /// Reads a mapping file: CSV with columns `column` (the header as the form writes it) and
    /// `question` (a statement key or text, `overall`, `staff group`, `comment`, `round` or
    /// `ignore`).
    package static func readMapping(
        _ data: Data, file: String, questionSet: QuestionSet
    ) throws(RecordsImportError) -> [String: EvaluationField?] {
        let table = try RecordsTable.read(data, file: file)
        let folded = table.header.map(QuestionSet.fold)
        guard let columnIndex = folded.firstIndex(of: "column"),
            let questionIndex = folded.firstIndex(of: "question")
        else {
            throw RecordsImportError(
                file: file, line: table.headerLine,
                message: "A mapping file needs the columns \"column\" and \"question\".")
        }
        let plain = QuestionMatcher(questionSet: questionSet)
        var mapping: [String: EvaluationField?] = [:]
        for row in table.rows {
            let target = row[questionIndex]
            let field: EvaluationField?
            switch QuestionSet.fold(target) {
            case "ignore": field = nil
            case "overall": field = .overall
            case "staffgroup": field = .staffGroup
            case "comment", "comments": field = .comment
            case "round": field = .round
            default:
                if let question = questionSet.questions.first(where: {
                    $0.key == target.lowercased()
                }) {
                    field = .statement(question.key)
                } else if case .statement(let key)? = plain.field(for: target) {
                    field = .statement(key)
                } else {
                    throw RecordsImportError(
                        file: file, line: row.line, column: questionIndex + 1,
                        message:
                            "\"\(target)\" is not a question of the \(questionSet.name) set. "
                            + "Use a statement's key (\(questionSet.keys.joined(separator: ", "))"
                            + "), overall, staff group, comment, round or ignore.")
                }
            }
            mapping[QuestionSet.fold(row[columnIndex])] = .some(field)
        }
        return mapping
    }
}
