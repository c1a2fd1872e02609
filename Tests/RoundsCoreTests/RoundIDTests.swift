import RoundsCore
import Testing

@Suite struct RoundIDTests {
    @Test(arguments: [("R-0042", 42), ("r-42", 42), (" R-12345 ", 12345), ("R-0001", 1)])
    func parses(text: String, number: Int) throws {
        #expect(try RoundID(parsing: text).number == number)
    }

    @Test(arguments: ["R42", "R-", "R-0000", "Q-0042", "R-00x2", "R--42"])
    func refuses(text: String) {
        let message = "\(text) is not a Round id. Round ids look like R-0042."
        #expect(coreError { _ = try RoundID(parsing: text) }?.description == message)
    }

    @Test func formatsWithAtLeastFourDigits() throws {
        #expect(try roundID(42).description == "R-0042")
        #expect(try roundID(12345).description == "R-12345")
    }

    @Test func derivesCalendarUIDs() throws {
        let round = Round(
            id: try roundID(42), start: try dateTime("2027-03-09T12:00"),
            end: try dateTime("2027-03-09T13:00"))
        #expect(round.calendarUID(domain: "northbrook.nhs.uk") == "R-0042@northbrook.nhs.uk")
        #expect(
            round.prepMeetingCalendarUID(domain: "northbrook.nhs.uk")
                == "R-0042-prep@northbrook.nhs.uk")
    }

    @Test func sequenceNeverReusesAnId() throws {
        var sequence = RoundIDSequence(highestIssued: 41)
        #expect(sequence.next().description == "R-0042")
        #expect(sequence.next().description == "R-0043")
        // A Round deleted after issue does not lower the counter.
        let restored = RoundIDSequence(highestIssued: sequence.highestIssued, existing: [])
        var copy = restored
        #expect(copy.next().description == "R-0044")
    }

    @Test func sequenceSkipsIdsFromFiles() throws {
        var sequence = RoundIDSequence(
            highestIssued: 3, existing: [try roundID(2), try roundID(17)])
        #expect(sequence.next().number == 18)
        sequence.noteIssued(try roundID(30))
        sequence.noteIssued(try roundID(5))
        #expect(sequence.next().number == 31)
        #expect(RoundIDSequence().highestIssued == 0)
    }
}

@Suite struct RoundReferenceTests {
    func rounds() throws -> [Round] {
        [
            Round(
                id: try roundID(1), start: try dateTime("2027-01-12T12:00"),
                end: try dateTime("2027-01-12T13:00")),
            Round(
                id: try roundID(2), start: try dateTime("2027-02-09T12:00"),
                end: try dateTime("2027-02-09T13:00"), status: .cancelled),
            Round(
                id: try roundID(5), start: try dateTime("2027-02-09T14:00"),
                end: try dateTime("2027-02-09T15:15")),
            Round(
                id: try roundID(3), start: try dateTime("2027-03-09T12:00"),
                end: try dateTime("2027-03-09T13:00")),
            Round(
                id: try roundID(4), start: try dateTime("2027-03-09T15:00"),
                end: try dateTime("2027-03-09T16:15")),
        ]
    }

    @Test(arguments: [("R-0001", 1), ("2027-01-12", 1), ("2027-02-09", 5), ("r-4", 4)])
    func resolves(text: String, number: Int) throws {
        let reference = try RoundReference(parsing: text)
        #expect(try reference.resolve(in: rounds()).id.number == number)
    }

    @Test(arguments: [
        ("R-0009", "There is no Round R-0009. Run `rounds list` to see the Rounds there are."),
        ("2027-04-13", "There is no Round on 2027-04-13. Run `rounds list` to see the dates."),
        ("2027-03-09", "There are 2 Rounds on 2027-03-09 (R-0003, R-0004). Name one by its id."),
        (
            "next week",
            "next week does not name a Round. Give its id, such as R-0042, "
                + "or its date, such as 2027-03-09."
        ),
        (
            "2027-02-30",
            "2027-02-30 does not name a Round. Give its id, such as R-0042, "
                + "or its date, such as 2027-03-09."
        ),
    ])
    func explainsWhatItCannotResolve(text: String, message: String) throws {
        let all = try rounds()
        let error = coreError { _ = try RoundReference(parsing: text).resolve(in: all) }
        #expect(error?.description == message)
    }
}
