import Foundation
import RoundsCore
import Testing

@testable import RoundsRecords

@Suite struct EvaluationImportTests {
    @Test func keyingSheetReadsNumbersWordsAndSkipsUnusedForms() throws {
        let result = try EvaluationImport.read(
            try fixture("keying-sheet.csv"), file: "keying-sheet.csv", questionSet: .uk,
            round: nil)
        #expect(result.kind == .paper)
        #expect(result.responses.count == 4)
        #expect(result.blankRows == 1)
        let first = result.responses[0]
        #expect(try first.round == roundOne())
        #expect(first.answers["colleagues"] == 5)
        #expect(first.answers["empathy"] == 5)
        #expect(first.overall == 5)
        #expect(first.comment == "Moving and honest.\nThank you to the panel.")
        #expect(first.source == RecordSource(kind: .paper, row: 2))
        let second = result.responses[1]
        #expect(second.answers["colleagues"] == 4)
        #expect(second.answers["confidence"] == 3)
        #expect(second.answers["sensitive-issues"] == 5)
        // The staff group takes the form's spelling whatever the case typed.
        #expect(second.staffGroup == "Medical or dental")
        #expect(second.comment == nil)
        #expect(result.responses[2].answers["knowledge"] == nil)
        #expect(result.responses[2].answers.count == 8)
        #expect(result.responses[3].source.row == 6)
    }

    @Test func semicolonSeparatedSheetReadsTheSame() throws {
        let comma = try EvaluationImport.read(
            try fixture("keying-sheet.csv"), file: "a.csv", questionSet: .uk, round: nil)
        let semicolon = try EvaluationImport.read(
            try fixture("keying-sheet-semicolon.csv"), file: "a.csv", questionSet: .uk,
            round: nil)
        #expect(comma.responses == semicolon.responses)
    }

    @Test func microsoftFormsExportIgnoresExtraColumns() throws {
        let result = try EvaluationImport.read(
            try fixture("microsoft-forms.csv"), file: "forms.csv", questionSet: .uk,
            round: try roundOne())
        #expect(result.kind == .microsoftForms)
        #expect(result.responses.count == 3)
        #expect(result.responses[0].answers.count == 9)
        #expect(result.responses[0].answers["colleagues"] == 5)
        #expect(result.responses[1].answers["confidence"] == 2)
        #expect(result.responses.map(\.overall) == [5, 4, 3])
        #expect(result.responses[0].comment?.contains("\"it changed") == true)
        #expect(result.responses[2].comment == "+1 more of these please")
    }

    @Test func googleFormsGridColumnsMatchByTheBracketedStatement() throws {
        let result = try EvaluationImport.read(
            try fixture("google-forms.csv"), file: "google.csv", questionSet: .uk,
            round: try roundOne())
        #expect(result.kind == .googleForms)
        #expect(result.responses.count == 2)
        #expect(result.responses[0].answers.count == 9)
        #expect(result.responses[1].answers["colleagues"] == 5)
        #expect(result.responses[0].comment == "Good.")
    }

    @Test func aMappingFileNamesColumnsWithOtherWording() throws {
        #expect(throws: RecordsImportError.self) {
            try EvaluationImport.read(
                try fixture("forms-other-wording.csv"), file: "other.csv", questionSet: .uk,
                round: try roundOne())
        }
        let mapping = try QuestionMatcher.readMapping(
            try fixture("mapping.csv"), file: "mapping.csv", questionSet: .uk)
        let result = try EvaluationImport.read(
            try fixture("forms-other-wording.csv"), file: "other.csv", questionSet: .uk,
            round: try roundOne(), mapping: mapping)
        #expect(result.responses.count == 1)
        #expect(result.responses[0].answers == ["colleagues": 4, "knowledge": 5])
        #expect(result.responses[0].overall == 4)
        #expect(result.responses[0].staffGroup == "Management")
    }

    @Test func aWordOffTheScaleIsRefusedWithItsLineAndColumn() throws {
        // Row 2's comment spans two lines, so the bad cell is on line 4, not row 3.
        let error = try #require(throws: RecordsImportError.self) {
            try EvaluationImport.read(
                try fixture("keying-sheet-bad-answer.csv"), file: "bad.csv",
                questionSet: .uk, round: nil)
        }
        #expect(error.line == 4)
        #expect(error.column == 4)
        #expect(error.description.hasPrefix("bad.csv:4:4: \"Agre\" is not a point"))
        #expect(!error.description.contains("Line one"))
    }

    @Test func aRatingOutsideOneToFiveIsRefused() throws {
        let error = try #require(throws: RecordsImportError.self) {
            try EvaluationImport.read(
                try fixture("keying-sheet-bad-rating.csv"), file: "bad.csv", questionSet: .uk,
                round: nil)
        }
        #expect(error.line == 2)
        #expect(error.column == 12)
    }

    @Test func formsWithoutARoundNeedOne() throws {
        let error = try #require(throws: RecordsImportError.self) {
            try EvaluationImport.read(
                try fixture("microsoft-forms.csv"), file: "forms.csv", questionSet: .uk,
                round: nil)
        }
        #expect(error.message.contains("--round"))
    }

    @Test func theTemplateReadsBackAndItsWordingFollowsTheQuestionSet() throws {
        let sheet = KeyingSheet.template(questionSet: .usVirtual, round: try roundOne(), rows: 3)
        #expect(sheet.hasPrefix("\u{FEFF}Form,Round,This Round\u{2026} gave me insight"))
        #expect(sheet.contains("\r\n3,R-0001,"))
        var filled = sheet.replacingOccurrences(
            of: "\r\n2,R-0001,", with: "\r\n2,R-0001,5,4,Agree,")
        filled = filled.replacingOccurrences(of: "\r\n3,R-0001,", with: "\r\n3,R-0001,,,,")
        let result = try EvaluationImport.read(
            Data(filled.utf8), file: "sheet.csv", questionSet: .usVirtual, round: nil)
        #expect(result.responses.count == 1)
        #expect(result.responses[0].answers == ["insight": 5, "less-alone": 4, "teamwork": 4])
        #expect(result.blankRows == 2)
        // The UK set does not recognise the US wording.
        #expect(throws: RecordsImportError.self) {
            try EvaluationImport.read(
                Data(filled.utf8), file: "sheet.csv", questionSet: .uk, round: nil)
        }
    }

    @Test func identitiesAreStableAndDifferByRowAndContent() throws {
        let once = try EvaluationImport.read(
            try fixture("keying-sheet.csv"), file: "a.csv", questionSet: .uk, round: nil)
        let again = try EvaluationImport.read(
            try fixture("keying-sheet.csv"), file: "b.csv", questionSet: .uk, round: nil)
        #expect(once.responses.map(\.identity) == again.responses.map(\.identity))
        #expect(Set(once.responses.map(\.identity)).count == once.responses.count)
        var record = RoundRecord(round: try roundOne())
        #expect(record.add(once.responses) == 4)
        #expect(record.add(again.responses) == 0)
        #expect(record.responses.count == 4)
    }
}
