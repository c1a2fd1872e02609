import RoundsCore
import Testing

/// Story titles, panel notes and leave notes must never reach logs by accident.
@Suite struct ConfidentialityTests {
    let secrets = ["The night Mrs K died", "struggled after the inquest", "chemotherapy"]

    func printedForms(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped, "\(value)"]
    }

    @Test func roundsAndPanellistsHideStoriesAndNotes() throws {
        let panellist = Panellist(
            person: try email("ben@x.org"), storyTitle: secrets[0], notes: secrets[1])
        let round = Round(
            id: try roundID(7), start: try dateTime("2027-03-09T12:00"),
            end: try dateTime("2027-03-09T13:00"), facilitators: [try email("ana@x.org")],
            panel: [panellist])
        for value in [panellist, round, [round]] as [Any] {
            for text in printedForms(value) {
                for secret in secrets { #expect(!text.contains(secret)) }
            }
        }
        #expect(round.description == "R-0007 2027-03-09T12:00..13:00 planned")
        #expect(String(reflecting: panellist) == "Panellist(ben@x.org)")
    }

    @Test func leaveHidesItsNote() throws {
        let leave = Leave(
            person: try email("ana@x.org"),
            range: try DateRange(start: try date("2027-08-02"), end: try date("2027-08-13")),
            note: secrets[2])
        for text in printedForms(leave) { #expect(!text.contains(secrets[2])) }
        #expect(leave.description == "ana@x.org away 2027-08-02..2027-08-13")
    }
}
