import Testing

@testable import RoundsCore

@Suite struct QuestionSetTests {
    @Test func scaleWordsAndDigitsBothNameAPoint() {
        #expect(QuestionSet.agreementPoint("4") == 4)
        #expect(QuestionSet.agreementPoint(" completely AGREE ") == 5)
        #expect(QuestionSet.agreementPoint("Neither agree nor disagree") == 3)
        #expect(QuestionSet.agreementPoint("Strongly disagree") == 1)
        #expect(QuestionSet.agreementPoint("6") == nil)
        #expect(QuestionSet.agreementPoint("Agre") == nil)
        #expect(QuestionSet.ratingPoint("4 - Very good") == 4)
        #expect(QuestionSet.ratingPoint("Exceptional") == 5)
        #expect(QuestionSet.ratingPoint("45") == nil)
        #expect(QuestionSet.ratingPoint("0") == nil)
    }

    @Test func builtInSetsHaveUniqueKeysAndAreFoundByName() {
        for set in QuestionSet.builtIn {
            #expect(Set(set.keys).count == set.keys.count, "\(set.name)")
            #expect(QuestionSet.named(set.name.uppercased()) == set)
        }
        #expect(QuestionSet.uk.questions.count == 9)
        #expect(QuestionSet.usVirtual.keys != QuestionSet.usInPerson.keys)
        #expect(QuestionSet.named("fr") == nil)
    }
}

@Suite struct RoundRecordTests {
    let round = RoundID(validNumber: 7)

    @Test func attendanceCountIsTheHeadCountButNeverBelowTheSignIns() {
        let source = RecordSource(kind: .signInSheet, row: 2)
        let two = [
            SignIn(name: "A", firstTime: true, source: source), SignIn(name: "B", source: source),
        ]
        #expect(Attendance(headCount: 40, signIns: two).count == 40)
        #expect(Attendance(headCount: 1, signIns: two).count == 2)
        #expect(Attendance(signIns: two).firstTimers == 1)
        #expect(Attendance().isEmpty)
    }

    @Test func responseRateAndOverdueActions() throws {
        let response = EvaluationResponse(
            round: round, answers: ["colleagues": 4], overall: 4, staffGroup: " ", comment: "",
            source: RecordSource(kind: .paper, row: 2))
        #expect(response.staffGroup == nil && response.comment == nil)
        let record = RoundRecord(
            round: round, attendance: Attendance(headCount: 4), responses: [response])
        #expect(record.responseRate == 0.25)
        #expect(RoundRecord(round: round).responseRate == nil)
        let owner = try EmailAddress("ana@northbrook.nhs.uk")
        let due = try LocalDate(parsing: "2027-03-16")
        let debrief = Debrief(
            actions: [
                FollowUpAction(text: "Book room", owner: owner, due: due),
                FollowUpAction(text: "Thank panel", owner: owner, due: due, done: true),
            ])
        #expect(debrief.overdueActions(on: due).isEmpty)
        #expect(debrief.overdueActions(on: due.adding(days: 1)).map(\.text) == ["Book room"])
        #expect(debrief.checklist.count == Debrief.standardChecks.count)
    }

    @Test func identityChangesWithContentAndRow() {
        let a = EvaluationResponse(
            round: round, answers: ["x": 1], overall: 3, staffGroup: nil, comment: nil,
            source: RecordSource(kind: .paper, row: 2))
        var b = a
        b.source.row = 3
        var c = a
        c.overall = 4
        #expect(a.identity == a.identity)
        #expect(a.identity != b.identity)
        #expect(a.identity != c.identity)
        #expect(stableHash("abc") == 0xe71f_a219_0541_574b)
    }
}
