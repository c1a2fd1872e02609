import Foundation
import RoundsCore

/// Microsoft Teams' attendance report: UTF-16, tab-separated, in numbered sections.
///
/// The current report has `1. Summary`, `2. Participants` (a table headed `Name`, `First
/// Join`, `Last Leave`, `In-Meeting Duration`, `Email`, ..., `Role`) and `3. In-Meeting
/// Activities`. The older one has a summary and a table headed `Full Name`, `User Action`,
/// `Timestamp` with a line per join and leave. Each person is counted once.
enum TeamsAttendanceReport {
    /// The sign-ins of `text` when it is a Teams report; nil when it is not one.
    static func read(_ text: String, file: String) throws(RecordsImportError) -> [SignIn]? {
        var normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
        let lines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        guard
            let headerIndex = lines.firstIndex(where: { line in
                let first = line.split(separator: "\t", omittingEmptySubsequences: false)
                return first.count >= 2
                    && ["name", "fullname"].contains(QuestionSet.fold(String(first[0])))
            })
        else { return nil }
        let isTeams = lines[..<headerIndex].contains { line in
            let folded = QuestionSet.fold(line)
            return folded.hasPrefix("1summary") || folded.hasPrefix("meetingsummary")
                || folded.hasPrefix("meetingtitle") || folded.hasPrefix("totalnumberofparticipants")
        }
        guard isTeams else { return nil }
        var end = headerIndex + 1
        while end < lines.count, !lines[end].trimmedSpace.isEmpty,
            lines[end].firstMatch(of: #/^\d+\.\s/#) == nil
        {
            end += 1
        }
        let tableText = lines[headerIndex..<end].joined(separator: "\n")
        let table = try RecordsTable.parse(tableText, file: file, headerAt: headerIndex + 1)
        let folded = table.header.map(QuestionSet.fold)
        let nameColumn = 0
        let emailColumn = folded.firstIndex { $0 == "email" || $0 == "participantidupn" }
        var seen: Set<String> = []
        var signIns: [SignIn] = []
        for row in table.rows {
            let name = row[nameColumn]
            let email = emailColumn.map { row[$0] }.flatMap { try? EmailAddress($0).value }
            let key = email ?? QuestionSet.fold(name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            signIns.append(
                SignIn(
                    name: name, email: email,
                    source: RecordSource(kind: .teams, row: row.line)))
        }
        return signIns
    }
}
