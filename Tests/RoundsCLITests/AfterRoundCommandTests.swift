import Foundation
import RoundsTestSupport
import Testing

/// `rounds held`, `attendance import`, `evaluations template/import`, `report`, `check`.
@Suite struct AfterRoundCommandTests {
    static let records = CommandFolder.samples.appendingPathComponent("after-round")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("RoundsRecordsTests/Fixtures")

    func sample(_ name: String) -> String { Self.records.appendingPathComponent(name).path }

    @Test func recordAHeldRoundImportTwiceAndReport() throws {
        let folder = try CommandFolder()
        // R-0002 (12 Jan 2027) is not held yet and its day has not come on 4 January.
        let early = try folder.run("held", "R-0002", "--attendance", "30")
        #expect(early.status == 1)
        #expect(early.standardError.contains("is in the future"))
        let held = try folder.run(
            "held", "R-0002", "--attendance", "30", clock: "2027-01-13T09:00:00Z")
        #expect(
            held.standardOutput
                == "Marked R-0002 (12 Jan 2027) as held.\nAttendance at R-0002 (12 Jan 2027): 30.\n"
        )

        let teams = Self.fixtures.appendingPathComponent("teams-attendance.csv").path
        let signIns = try folder.run("attendance", "import", teams, "--round", "R-0002")
        #expect(signIns.status == 0)
        #expect(signIns.standardOutput.hasSuffix("4 new for R-0002 (12 Jan 2027).\n"))
        let forms = sample("R-0001-microsoft-forms.csv")
        let first = try folder.run("evaluations", "import", forms, "--round", "R-0002")
        #expect(first.standardOutput.hasSuffix("Read 9 forms from \(forms) for R-0002; 9 new.\n"))
        let second = try folder.run("evaluations", "import", forms, "--round", "R-0002")
        #expect(second.standardOutput.hasSuffix("; 0 new.\n"))

        let bad = Self.fixtures.appendingPathComponent("keying-sheet-bad-answer.csv").path
        let refused = try folder.run("evaluations", "import", bad)
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("Error: \(bad):4:4: \"Agre\" is not a point"))

        let report = try folder.run(
            "report", "--from", "2027-01", "--to", "2027-01", "--out", "report", "--no-comments",
            clock: "2027-02-01T09:00:00Z")
        #expect(report.status == 0)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try folder.text("report/report.json").utf8)) as? [String: Any]
        let rounds = try #require(json?["rounds"] as? [[String: Any]])
        #expect(rounds.count == 1)
        #expect(rounds.first?["attendance"] as? Int == 30)
        #expect(rounds.first?["responses"] as? Int == 9)
        #expect(rounds.first?["signIns"] as? Int == 4)
        #expect(json?["includesComments"] as? Bool == false)
        #expect(!(try folder.text("report/report.html")).contains("we are all human"))
        #expect(try folder.files(in: "report")["comments.csv"] == nil)
        try Self.giveJudge(
            "report-teams", report: folder.url.appendingPathComponent("report/report.json"),
            round: "R-0002", headCount: 30, signIns: [URL(fileURLWithPath: teams)],
            evaluations: [URL(fileURLWithPath: forms)])
    }

    @Test func reportTemplatesFromTheCommandLineReplaceTheBuiltInOnes() throws {
        let folder = try CommandFolder()
        let custom = folder.url.appendingPathComponent("mine/report")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        try Data("Our own summary of {{organisation}}\n".utf8).write(
            to: custom.appendingPathComponent("summary.mustache"))
        let outcome = try folder.run(
            "report", "--from", "2026-10", "--to", "2026-10", "--out", "report", "--templates",
            "mine")
        #expect(outcome.status == 0)
        let summary = try folder.text("report/session-summary.html")
        #expect(summary.hasPrefix("Our own summary of "))
        // The templates the folder does not replace stay the built-in ones.
        #expect(try folder.text("report/report.html").contains("<svg"))
        let missing = try folder.run(
            "report", "--from", "2026-10", "--to", "2026-10", "--out", "other", "--templates",
            "nowhere")
        #expect(missing.status == 1)
        #expect(
            missing.standardError
                == "Error: The template folder \(folder.url.path)/nowhere does not exist. Check "
                + "the path given with --templates.\n")
    }

    @Test func keyingSheetTemplateReadsBack() throws {
        let folder = try CommandFolder()
        let written = try folder.run(
            "evaluations", "template", "--round", "R-0001", "--out", "sheet.csv", "--rows", "3")
        #expect(written.standardOutput == "Wrote sheet.csv: a keying sheet with 3 rows.\n")
        let sheet = try folder.text("sheet.csv")
        let filled = sheet.replacingOccurrences(
            of: "\r\n1,R-0001,", with: "\r\n1,R-0001,5,4,3,Agree,5,5,5,5,5,")
        try Data(filled.utf8).write(to: folder.url.appendingPathComponent("sheet.csv"))
        let imported = try folder.run("evaluations", "import", "sheet.csv")
        #expect(imported.standardOutput == "Read 1 form from sheet.csv for R-0001; 1 new.\n")
    }

    @Test func checkWarnsAboutAHeldRoundWithoutRecordsAndStopsOnceRecorded() throws {
        let folder = try CommandFolder()
        let before = try folder.run("check")
        #expect(before.standardOutput.contains("warning [attendance-missing] R-0001 (13 Oct 2026)"))
        #expect(before.standardOutput.contains("warning [evaluations-missing] R-0001"))
        _ = try folder.run("held", "R-0001", "--attendance", "52")
        _ = try folder.run("evaluations", "import", sample("R-0001-evaluations.csv"))
        let after = try folder.run("check")
        #expect(!after.standardOutput.contains("-missing]"))
        #expect(!after.standardOutput.contains("low-response-rate"))
    }

    @Test func debriefActionsAreListedByCheckWhenOverdue() throws {
        let folder = try CommandFolder()
        let debrief = try folder.run(
            "debrief", "R-0001", "--checked", "1,2", "--thanked", "--action",
            "Ask estates about the microphone", "--owner", "ana.price@northbrook-hospitals.example",
            "--due", "2026-10-27")
        #expect(debrief.status == 0)
        #expect(
            debrief.standardOutput.contains("  1. [x] Facilitators and panel debriefed together\n"))
        #expect(debrief.standardOutput.contains("  Panel thanked: yes.\n"))
        let overdue = try folder.run("check", clock: "2026-11-01T09:00:00Z")
        #expect(
            overdue.standardOutput.contains(
                "warning [follow-up-overdue] A follow-up from the debrief of R-0001"))
        _ = try folder.run("debrief", "R-0001", "--action-done", "1")
        let done = try folder.run("check", clock: "2026-11-01T09:00:00Z")
        #expect(!done.standardOutput.contains("follow-up-overdue"))
        let missing = try folder.run("debrief", "R-0001", "--action-done", "4")
        #expect(missing.status == 1)
        #expect(missing.standardError == "Error: R-0001 (13 Oct 2026) has no follow-up action 4.\n")
        let usage = try folder.run("debrief", "R-0001", "--action", "x")
        #expect(usage.status == 64)
    }

    @Test func demoRecordsAHeldRoundAndGivesTheJudgeItsReport() throws {
        let folder = try CommandFolder(sample: false)
        let outcome = try folder.run("demo", "--out", "demo")
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.contains(
                "  Recorded R-0001 (13 Oct 2026) as held: 52 attended, 44 signed in, 32 "
                    + "evaluation forms (Samples/after-round)."))
        let report = try folder.files(in: "demo/report")
        #expect(
            report.keys.sorted() == [
                "comments.csv", "report-rounds.csv", "report-statements.csv", "report.html",
                "report.json", "session-summary.csv", "session-summary.html",
            ])
        // The report judge recomputes every tally from the imported files (docs/testing.md).
        try Self.giveJudge(
            "report-demo", report: folder.url.appendingPathComponent("demo/report/report.json"),
            round: "R-0001", headCount: 52,
            signIns: [Self.records.appendingPathComponent("R-0001-sign-in.csv")],
            evaluations: [
                Self.records.appendingPathComponent("R-0001-evaluations.csv"),
                Self.records.appendingPathComponent("R-0001-microsoft-forms.csv"),
            ])
    }

    /// Copies a report.json and the files imported for `round` into `$ROUNDS_JUDGE_DIR/name`
    /// with the manifest the report judge reads.
    static func giveJudge(
        _ name: String, report: URL, round: String, headCount: Int, signIns: [URL],
        evaluations: [URL]
    ) throws {
        guard let judge = JudgeOutput.directory else { return }
        try? FileManager.default.removeItem(at: judge.appendingPathComponent(name))
        for file in [report] + signIns + evaluations {
            try JudgeOutput.copy(file, as: "\(name)/\(file.lastPathComponent)")
        }
        let manifest: [String: Any] = [
            "rounds": [
                [
                    "id": round, "headCount": headCount,
                    "signIns": signIns.map(\.lastPathComponent),
                    "evaluations": evaluations.map(\.lastPathComponent),
                ]
            ]
        ]
        try JudgeOutput.write(
            try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]),
            as: "\(name)/manifest.json")
    }
}
