import RoundsCore
import RoundsRecords

/// The report's CSV files: UTF-8 with a byte-order mark and CRLF, every cell formula-safe
/// (``SpreadsheetCSV/safeCell(_:)``), so a typed comment cannot run in a spreadsheet.
enum ReportCSV {
    static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map(SpreadsheetCSV.line).joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }

    /// One row per held Round.
    static func rounds(_ report: Report) -> String {
        var rows = [
            [
                "round", "date", "theme", "attendance", "sign_ins", "first_timers", "responses",
                "response_rate", "overall_1", "overall_2", "overall_3", "overall_4", "overall_5",
                "overall_mean", "overall_share_4_5",
            ]
        ]
        for round in report.rounds {
            rows.append(
                [
                    round.id.description, round.date.description, round.theme,
                    round.attendance.map(String.init) ?? "", String(round.signIns),
                    String(round.firstTimers), String(round.responses),
                    number(round.responseRate),
                ] + round.overall.counts.map(String.init) + [
                    number(round.overall.mean), number(round.overall.shareTop),
                ])
        }
        return document(rows)
    }

    /// One row per Round and statement: the distribution and share agreeing.
    static func statements(_ report: Report) -> String {
        var rows = [
            [
                "round", "date", "statement", "text", "answer_1", "answer_2", "answer_3",
                "answer_4", "answer_5", "answered", "mean", "share_agreeing",
            ]
        ]
        let texts = Dictionary(uniqueKeysWithValues: report.statements.map { ($0.key, $0.text) })
        for round in report.rounds {
            for statement in round.statements {
                let d = statement.distribution
                rows.append(
                    [
                        round.id.description, round.date.description, statement.key,
                        texts[statement.key] ?? "",
                    ] + d.counts.map(String.init) + [
                        String(d.answered), number(d.mean), number(d.shareTop),
                    ])
            }
        }
        return document(rows)
    }

    /// The free-text comments, one per row (full report only).
    static func comments(_ report: Report) -> String {
        var rows = [["round", "date", "comment"]]
        for round in report.rounds {
            for comment in round.comments ?? [] {
                rows.append([round.id.description, round.date.description, comment])
            }
        }
        return document(rows)
    }

    /// The licensing body's tabulated session data: one row per Round with every statement's
    /// share agreeing. No comments.
    static func sessionSummary(_ report: Report) -> String {
        var rows = [
            [
                "organisation", "round", "date", "theme", "attendance", "responses",
                "response_rate", "overall_mean", "overall_share_4_5",
            ] + report.statements.map { "agree_\($0.key)" }
        ]
        for round in report.rounds {
            rows.append(
                [
                    report.organisation, round.id.description, round.date.description,
                    round.theme, round.attendance.map(String.init) ?? "",
                    String(round.responses), number(round.responseRate),
                    number(round.overall.mean), number(round.overall.shareTop),
                ] + round.statements.map { number($0.distribution.shareTop) })
        }
        return document(rows)
    }
}
