package import Foundation
package import RoundsCore

/// Evaluation forms read from one file, all of them or none.
package struct EvaluationImport: Sendable, Hashable {
    /// What wrote the file.
    package var kind: RecordSource.Kind
    /// The responses in file order; rows with no answer at all are left out.
    package var responses: [EvaluationResponse]
    /// Rows left out because they had no answer (unused rows of a keying sheet).
    package var blankRows: Int

    /// Reads a keying sheet, or a Microsoft Forms or Google Forms export, for `questionSet`.
    ///
    /// `round` is the Round of every row unless the file has a Round column; one of the two
    /// is needed. The first bad cell stops the import with its line and column.
    package static func read(
        _ data: Data, file: String, questionSet: QuestionSet, round: RoundID?,
        mapping: [String: EvaluationField?] = [:]
    ) throws(RecordsImportError) -> EvaluationImport {
        let table = try RecordsTable.read(data, file: file)
        let kind = detectKind(table.header)
        let fields = try QuestionMatcher(questionSet: questionSet, mapping: mapping).fields(
            of: table)
        if kind == .paper {
            // The keying sheet has only the set's own columns: another one means the sheet
            // was made for other questions, whose answers would otherwise be dropped.
            for (column, header) in table.header.enumerated()
            where fields[column] == nil && !["form", "no", ""].contains(QuestionSet.fold(header)) {
                throw RecordsImportError(
                    file: file, line: table.headerLine, column: column + 1,
                    message:
                        "The column \"\(header.prefix(60))\" is not a question of the "
                        + "\(questionSet.name) question set. Make a new keying sheet with "
                        + "`rounds evaluations template`, or name the column in a mapping file.")
            }
        }
        if round == nil, !fields.values.contains(.round) {
            throw RecordsImportError(
                file: file,
                message:
                    "The file does not say which Round its forms are about. Give --round ID, "
                    + "or add a Round column.")
        }
        var responses: [EvaluationResponse] = []
        var blank = 0
        for row in table.rows {
            let response = try readRow(
                row, table: table, fields: fields, questionSet: questionSet, round: round,
                kind: kind)
            if let response, !response.isEmpty {
                responses.append(response)
            } else {
                blank += 1
            }
        }
        return EvaluationImport(kind: kind, responses: responses, blankRows: blank)
    }

    /// Microsoft Forms writes "Start time" and "Completion time"; Google Forms "Timestamp";
    /// anything else is taken for the keying sheet.
    static func detectKind(_ header: [String]) -> RecordSource.Kind {
        let folded = Set(header.map(QuestionSet.fold))
        if folded.contains("starttime") && folded.contains("completiontime") {
            return .microsoftForms
        }
        if folded.contains("timestamp") { return .googleForms }
        return .paper
    }

    private static func readRow(
        _ row: RecordsTable.Row, table: RecordsTable, fields: [Int: EvaluationField],
        questionSet: QuestionSet, round: RoundID?, kind: RecordSource.Kind
    ) throws(RecordsImportError) -> EvaluationResponse? {
        var answers: [String: Int] = [:]
        var overall: Int?
        var staffGroup: String?
        var comment: String?
        var rowRound = round
        var hasAnswer = false
        for (column, field) in fields.sorted(by: { $0.key < $1.key }) {
            let value = row[column]
            if value.isEmpty { continue }
            let bad = { (message: String) in
                RecordsImportError(
                    file: table.file, line: row.line, column: column + 1, message: message)
            }
            switch field {
            case .statement(let key):
                guard let point = QuestionSet.agreementPoint(value) else {
                    throw bad(
                        "\"\(value.prefix(40))\" is not a point of the agreement scale. Write "
                            + "1 to 5, or one of: "
                            + QuestionSet.agreementScale.joined(separator: ", ") + ".")
                }
                answers[key] = point
                hasAnswer = true
            case .overall:
                guard let point = QuestionSet.ratingPoint(value) else {
                    throw bad(
                        "\"\(value.prefix(40))\" is not an overall rating. Write a whole "
                            + "number from 1 (poor) to 5 (exceptional).")
                }
                overall = point
                hasAnswer = true
            case .staffGroup:
                staffGroup =
                    questionSet.staffGroups.first {
                        QuestionSet.fold($0) == QuestionSet.fold(value)
                    } ?? value
                hasAnswer = true
            case .comment:
                comment = value
                hasAnswer = true
            case .round:
                do {
                    rowRound = try RoundID(parsing: value)
                } catch {
                    throw bad(
                        "\"\(value.prefix(40))\" is not a Round id. Write it as R-0042.")
                }
            }
        }
        guard hasAnswer, let rowRound else { return nil }
        return EvaluationResponse(
            round: rowRound, answers: answers, overall: overall, staffGroup: staffGroup,
            comment: comment, source: RecordSource(kind: kind, row: row.number))
    }
}
