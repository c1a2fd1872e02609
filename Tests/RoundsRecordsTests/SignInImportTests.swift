import Foundation
import RoundsCore
import Testing

@testable import RoundsRecords

@Suite struct SignInImportTests {
    @Test func keyedSheetReadsNamesGroupsFirstTimersAndEmail() throws {
        let result = try SignInImport.read(try fixture("sign-in.csv"), file: "sign-in.csv")
        #expect(result.kind == .signInSheet)
        #expect(result.signIns.map(\.name) == ["Ana Price", "Tom Okafor", "Li Wong", "Grace Obi"])
        #expect(result.signIns.map(\.firstTime) == [true, false, nil, true])
        #expect(result.signIns[1].email == "tom.okafor@northbrook.nhs.uk")
        #expect(result.signIns[0].staffGroup == "Nursing")
        #expect(result.signIns[3].source.row == 6)
    }

    @Test func aFirstTimeAnswerThatIsNotYesOrNoIsRefused() throws {
        let error = try #require(throws: RecordsImportError.self) {
            try SignInImport.read(try fixture("sign-in-bad.csv"), file: "sign-in-bad.csv")
        }
        #expect(error.description.hasPrefix("sign-in-bad.csv:3:4: \"maybe\" is not yes or no"))
    }

    @Test func teamsReportCountsEachParticipantOnce() throws {
        let result = try SignInImport.read(try fixture("teams-attendance.csv"), file: "t.csv")
        #expect(result.kind == .teams)
        #expect(
            result.signIns.map(\.name) == ["Ana Price", "Li Wong", "Sam Reid", "Guest (External)"])
        #expect(result.signIns[2].email == "sam.reid@northbrook.nhs.uk")
        #expect(result.signIns[3].email == nil)
        #expect(result.signIns[0].source.row == 11)
    }

    @Test func olderTeamsReportWithJoinAndLeaveLines() throws {
        let result = try SignInImport.read(
            try fixture("teams-attendance-2021.csv"), file: "t.csv")
        #expect(result.kind == .teams)
        #expect(result.signIns.map(\.name) == ["Ana Price", "Li Wong", "Sam Reid"])
    }

    @Test func aSheetWithoutANameColumnIsRefused() throws {
        let error = try #require(throws: RecordsImportError.self) {
            try SignInImport.read(Data("Who,Group\nAna,Nursing\n".utf8), file: "x.csv")
        }
        #expect(error.description.hasPrefix("x.csv:1: A sign-in sheet needs a Name column"))
    }

    @Test func aRowLongerThanTheHeaderIsRefused() throws {
        let error = try #require(throws: RecordsImportError.self) {
            try SignInImport.read(Data("Name,Group\nAna,Nursing,extra\n".utf8), file: "x.csv")
        }
        #expect(error.line == 2)
        #expect(error.column == 3)
    }
}

@Suite struct SpreadsheetCSVTests {
    // OWASP: a cell starting with = + - @ tab or CR could run as a formula.
    @Test func cellsThatCouldRunAsFormulasAreDisarmed() {
        #expect(SpreadsheetCSV.safeCell("=1+1") == "'=1+1")
        #expect(SpreadsheetCSV.safeCell("+44 20") == "'+44 20")
        #expect(SpreadsheetCSV.safeCell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0")
        #expect(SpreadsheetCSV.safeCell("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetCSV.safeCell("\tx") == "'\tx")
        #expect(SpreadsheetCSV.safeCell("\rx") == "'\rx")
        #expect(SpreadsheetCSV.safeCell("-1.5") == "-1.5")
        #expect(SpreadsheetCSV.safeCell("Fine") == "Fine")
        #expect(
            SpreadsheetCSV.line(["a,b", "=HYPERLINK(\"x\")"])
                == "\"a,b\",\"'=HYPERLINK(\"\"x\"\")\"")
    }
}
