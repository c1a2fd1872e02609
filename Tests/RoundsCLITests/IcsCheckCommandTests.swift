import Foundation
import RoundsTestSupport
import Testing

/// `rounds ics check` run as a user would, with its output checked word for word.
@Suite struct IcsCheckCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    private func check(_ arguments: [String]) throws -> RoundsExecutable.Outcome {
        try RoundsExecutable.run(["ics", "check"] + arguments, in: Self.root)
    }

    @Test func sampleProgrammeIsUsable() throws {
        let outcome = try check(["Samples/sample-programme.ics"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        #expect(
            outcome.standardOutput == """
                Samples/sample-programme.ics: usable
                  Calendar: Riverside Community NHS Trust – Schwartz Rounds 2027
                  Contents: 1 calendar, 6 events, 2 reminders, 1 time-zone definition
                  Events read: 6 (1 repeating, 1 changed occurrence)
                  Time zones: Europe/London
                  No problems found.

                """)
    }

    @Test func brokenFileExitsOneAndSaysWhy() throws {
        let outcome = try check(["Samples/broken/missing-end.ics"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput == """
                Samples/broken/missing-end.ics: NOT usable (1 error)
                  line 8: error: The VEVENT that begins on line 4 is never closed: END:VEVENT is \
                missing before this END:VCALENDAR.

                """)
    }

    @Test func windowsZonesAreNamedWithTheirIANAZone() throws {
        let outcome = try check(["Tests/RoundsICSTests/Fixtures/outlook-exchange.ics"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.contains(
                "  Time zones: Eastern Standard Time (Windows name for America/New_York), "
                    + "GMT Standard Time (Windows name for Europe/London), "
                    + "W. Europe Standard Time (Windows name for Europe/Berlin)\n"))
    }

    @Test func warningsLeaveAFileUsable() throws {
        let outcome = try check(["Tests/RoundsICSTests/Fixtures/apple.ics"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.hasPrefix(
                "Tests/RoundsICSTests/Fixtures/apple.ics: usable, with 1 warning\n"))
    }

    @Test func missingFileIsAClearErrorWithStatusOne() throws {
        let outcome = try check(["no-such-calendar.ics"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput == """
                no-such-calendar.ics: NOT usable (1 error)
                  error: There is no file at this path. Check the name and folder.

                """)
    }

    @Test func severalFilesAreEachReportedAndOneBadFileFailsTheRun() throws {
        let outcome = try check([
            "Samples/sample-programme.ics", "Samples/broken/saved-as-utf16.ics",
        ])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.hasSuffix(
                """
                  No problems found.

                Samples/broken/saved-as-utf16.ics: NOT usable (1 error)
                  error: The file is encoded as UTF-16, but calendar files must be UTF-8. Export \
                or save it again as UTF-8.

                """))
    }

    @Test func jsonListsEachFileWithItsDiagnostics() throws {
        let outcome = try check([
            "--json", "Samples/sample-programme.ics", "Samples/broken/impossible-date.ics",
        ])
        #expect(outcome.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        let files = try #require(parsed as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["usable"] as? Bool == true)
        #expect(files[0]["events"] as? Int == 6)
        #expect(files[0]["recurringEvents"] as? Int == 1)
        #expect(files[0]["timeZones"] as? [String] == ["Europe/London"])
        #expect(files[1]["usable"] as? Bool == false)
        let diagnostics = try #require(files[1]["diagnostics"] as? [[String: Any]])
        #expect(
            diagnostics.map { $0["kind"] as? String } == ["impossible-date", "impossible-date"])
        #expect(diagnostics.map { $0["line"] as? Int } == [7, 8])
        #expect(
            diagnostics.first?["message"] as? String
                == "DTSTART holds an impossible date, 2027-13-30 12:30:00 (there is no month 13).")
        #expect(diagnostics.first?["severity"] as? String == "error")
    }

    @Test func maxSizeMustBeSensible() throws {
        let outcome = try check(["--max-size", "0", "Samples/sample-programme.ics"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--max-size must be between 1 and 4096 (MiB)."))
    }

    @Test func helpExplainsTheExitStatus() throws {
        let outcome = try check(["--help"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.hasPrefix(
                "OVERVIEW: Check that calendar files can be read, and list every problem found."))
        #expect(outcome.standardOutput.contains("The command exits with status 0 when every file"))
    }

    @Test func everyFixtureGivesAnAnswerAndNoLibraryJargon() throws {
        let fixtures = Self.root.appendingPathComponent("Tests/RoundsICSTests/Fixtures")
        var paths: [String] = []
        for folder in ["", "malformed/"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: fixtures.appendingPathComponent(folder).path)
            paths += names.filter { $0.hasSuffix(".ics") }.sorted().map {
                "Tests/RoundsICSTests/Fixtures/" + folder + $0
            }
        }
        #expect(paths.count >= 24)
        for path in paths {
            let outcome = try check([path])
            #expect([0, 1].contains(outcome.status), "\(path) ended with \(outcome.status)")
            #expect(outcome.standardError == "", "\(path) wrote to standard error")
            #expect(outcome.standardOutput.hasPrefix(path + ": "))
            #expect(!outcome.standardOutput.contains("X-LIC"))
            #expect(!outcome.standardOutput.contains("ICAL_"))
            let isMalformed = path.contains("/malformed/")
            #expect(outcome.status == (isMalformed ? 1 : 0), "\(path)")
        }
    }
}
