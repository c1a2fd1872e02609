package import Foundation
package import RoundsCore

/// Sign-ins read from one file, all of them or none: the sign-in sheet keyed as CSV, or
/// Microsoft Teams' attendance report for a virtual Round.
package struct SignInImport: Sendable, Hashable {
    /// What wrote the file.
    package var kind: RecordSource.Kind
    /// The sign-ins in file order; unused numbered rows are left out.
    package var signIns: [SignIn]

    /// Reads `data`: a Teams report when it looks like one, otherwise a keyed sign-in sheet.
    package static func read(_ data: Data, file: String) throws(RecordsImportError)
        -> SignInImport
    {
        let text = try RecordsTable.decode(data, file: file)
        if let teams = try TeamsAttendanceReport.read(text, file: file) {
            return SignInImport(kind: .teams, signIns: teams)
        }
        return SignInImport(kind: .signInSheet, signIns: try readSheet(text, file: file))
    }

    /// The keyed sheet: a Name column, and optionally staff group (or department), first
    /// time and email. A number column (`No.`) is ignored.
    static func readSheet(_ text: String, file: String) throws(RecordsImportError) -> [SignIn] {
        let table = try RecordsTable.parse(text, file: file)
        let folded = table.header.map(QuestionSet.fold)
        guard let nameColumn = folded.firstIndex(where: { $0 == "name" || $0 == "fullname" })
        else {
            throw RecordsImportError(
                file: file, line: table.headerLine,
                message:
                    "A sign-in sheet needs a Name column; optional columns are Staff group, "
                    + "First time and Email.")
        }
        let groupColumn = folded.firstIndex {
            $0.hasPrefix("staffgroup") || $0 == "department" || $0 == "staffgroupordepartment"
        }
        let firstColumn = folded.firstIndex { $0.hasPrefix("firsttime") }
        let emailColumn = folded.firstIndex { $0 == "email" || $0 == "emailaddress" }
        var signIns: [SignIn] = []
        for row in table.rows {
            let name = row[nameColumn]
            let group = groupColumn.map { row[$0] } ?? ""
            let firstText = firstColumn.map { row[$0] } ?? ""
            let email = emailColumn.map { row[$0] } ?? ""
            if name.isEmpty && group.isEmpty && firstText.isEmpty && email.isEmpty { continue }
            var firstTime: Bool?
            if let firstColumn, !firstText.isEmpty {
                guard let value = yesNo(firstText) else {
                    throw RecordsImportError(
                        file: file, line: row.line, column: firstColumn + 1,
                        message:
                            "\"\(firstText.prefix(20))\" is not yes or no. Write yes, no, or "
                            + "leave it empty.")
                }
                firstTime = value
            }
            var address: String?
            if let emailColumn, !email.isEmpty {
                do {
                    address = try EmailAddress(email).value
                } catch {
                    throw RecordsImportError(
                        file: file, line: row.line, column: emailColumn + 1,
                        message: "\"\(email.prefix(60))\" is not an email address.")
                }
            }
            signIns.append(
                SignIn(
                    name: name, staffGroup: group, firstTime: firstTime, email: address,
                    source: RecordSource(kind: .signInSheet, row: row.number)))
        }
        return signIns
    }

    /// Yes or no as people write it in a tick column; nil when it is neither.
    static func yesNo(_ text: String) -> Bool? {
        switch QuestionSet.fold(text) {
        case "yes", "y", "true", "1", "x": true
        case "no", "n", "false", "0": false
        default: ["\u{2713}", "\u{2714}", "\u{2611}"].contains(text) ? true : nil
        }
    }
}
