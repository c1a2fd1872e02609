import Foundation
import RoundsCore
import Testing

@testable import RoundsStore

@Suite struct RoundRecordStoreTests {
    /// A store with the mini programme and R-0001 on 12 January 2027.
    func storeWithARound(_ scratch: Scratch) throws -> ProgrammeStore {
        let file = try scratch.write(
            "programme.yaml",
            miniProgramme + """
                rounds:
                  - id: R-0001
                    start: 2027-01-12T12:00
                    end: 2027-01-12T13:00
                    status: confirmed

                """)
        let store = try scratch.store()
        _ = try store.importProgramme(at: file, name: "programme.yaml")
        return store
    }

    func response(_ row: Int, overall: Int, comment: String? = nil) throws -> EvaluationResponse {
        EvaluationResponse(
            round: try RoundID(parsing: "R-0001"), answers: ["colleagues": 4, "empathy": 5],
            overall: overall, staffGroup: "Management", comment: comment,
            source: RecordSource(kind: .paper, row: row))
    }

    @Test func heldWithAHeadCountThenRecordsRoundTrip() throws {
        let scratch = try Scratch()
        let store = try storeWithARound(scratch)
        let today = try LocalDate(parsing: "2027-01-20")
        let held = try store.markHeld("R-0001", headCount: 42, today: today)
        #expect(
            held.lines == [
                "Marked R-0001 (12 Jan 2027) as held.", "Attendance at R-0001 (12 Jan 2027): 42.",
            ])
        #expect(try store.load().rounds.first?.status == .held)
        let again = try store.markHeld("R-0001", headCount: 42, today: today)
        #expect(again.lines == ["R-0001 (12 Jan 2027) is already held. Nothing changed."])

        let responses = [
            try response(2, overall: 5, comment: "Thank you"), try response(3, overall: 3),
        ]
        #expect(try store.addResponses(responses) == 2)
        #expect(try store.addResponses(responses) == 0)
        let source = RecordSource(kind: .signInSheet, row: 2)
        let signIns = [
            SignIn(name: "Ana Price", staffGroup: "Nursing", firstTime: true, source: source),
            SignIn(
                name: "Li Wong", email: "li@test.example",
                source: RecordSource(kind: .signInSheet, row: 3)),
        ]
        #expect(try store.addSignIns(signIns, to: try RoundID(parsing: "R-0001")) == 2)
        #expect(try store.addSignIns(signIns, to: try RoundID(parsing: "R-0001")) == 0)
        let owner = try EmailAddress("admin@test.example")
        let debrief = Debrief(
            actions: [FollowUpAction(text: "Book the room", owner: owner, due: today)],
            panelThanked: true)
        try store.saveDebrief(debrief, for: try RoundID(parsing: "R-0001"))

        let record = try store.roundRecord(try RoundID(parsing: "R-0001"))
        #expect(record.attendance.headCount == 42)
        #expect(record.attendance.signIns == signIns)
        #expect(record.responses == responses)
        #expect(record.debrief == debrief)
        #expect(try store.roundRecords() == [record])
    }

    @Test func recordsNeedAHeldRoundAndFutureRoundsCannotBeHeld() throws {
        let scratch = try Scratch()
        let store = try storeWithARound(scratch)
        try store.checkpoint()
        let before = try scratch.bytes("rounds.sqlite")
        #expect {
            try store.addResponses([try response(2, overall: 4)])
        } throws: { error in
            "\(error)".contains("has not been marked held. Run `rounds held R-0001` first.")
        }
        #expect {
            try store.markHeld(
                "R-0001", headCount: nil, today: try LocalDate(parsing: "2027-01-11"))
        } throws: { error in
            "\(error)".contains("is in the future")
        }
        try store.checkpoint()
        #expect(try scratch.bytes("rounds.sqlite") == before)
        #expect(try store.roundRecords() == [])
    }
}
