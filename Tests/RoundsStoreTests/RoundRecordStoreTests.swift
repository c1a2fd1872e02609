import Foundation
import RoundsCore
import RoundsTestSupport
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

    @Test func recordsRoundTripThroughOneTransaction() throws {
        let scratch = try Scratch()
        let store = try storeWithARound(scratch)
        let id = try RoundID(parsing: "R-0001")
        let today = try LocalDate(parsing: "2027-01-20")
        try store.update(loading: .rounds) { data, records in
            data.rounds[0].status = .held
            try records.setHeadCount(42, of: id)
        }
        #expect(try store.load().rounds.first?.status == .held)

        let responses = [
            try response(2, overall: 5, comment: "Thank you"), try response(3, overall: 3),
        ]
        let source = RecordSource(kind: .signInSheet, row: 2)
        let signIns = [
            SignIn(name: "Ana Price", staffGroup: "Nursing", firstTime: true, source: source),
            SignIn(
                name: "Li Wong", email: "li@test.example",
                source: RecordSource(kind: .signInSheet, row: 3)),
        ]
        let owner = try EmailAddress("admin@test.example")
        let debrief = Debrief(
            actions: [FollowUpAction(text: "Book the room", owner: owner, due: today)],
            panelThanked: true)
        for expected in [2, 0] {
            let added = try store.update(loading: .rounds) { _, records in
                (try records.addResponses(responses), try records.addSignIns(signIns, to: id))
            }
            #expect(added == (expected, expected))
        }
        try store.update(loading: .rounds) { _, records in
            try records.saveDebrief(debrief, for: id)
        }

        let record = try store.roundRecord(id)
        #expect(record.attendance.headCount == 42)
        #expect(record.attendance.signIns == signIns)
        #expect(record.responses == responses)
        #expect(record.debrief == debrief)
        #expect(try store.roundRecords() == [record])
        #expect(try store.loadWithRecords().records == [record])
    }

    @Test func aRefusedRecordsTransactionLeavesTheStoreAsItWas() throws {
        struct Refused: Error {}
        let scratch = try Scratch()
        let store = try storeWithARound(scratch)
        try store.checkpoint()
        let before = try scratch.bytes("rounds.sqlite")
        #expect(throws: Refused.self) {
            try store.update(loading: .rounds) { data, records in
                data.rounds[0].status = .held
                _ = try records.addResponses([try response(2, overall: 4)])
                throw Refused()
            }
        }
        try store.checkpoint()
        #expect(try scratch.bytes("rounds.sqlite") == before)
        #expect(try store.roundRecords() == [])
    }
}
