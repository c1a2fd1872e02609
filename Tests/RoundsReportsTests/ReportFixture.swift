import Foundation
import RoundsCore

@testable import RoundsReports

/// A small programme with three held Rounds and one planned, and records for two of them.
struct ReportFixture {
    let programme: Programme
    let rounds: [Round]
    let themes: [Theme]
    let records: [RoundRecord]

    init() throws {
        programme = Programme(
            organisation: "Northbrook Hospitals NHS Foundation Trust", domain: "northbrook.nhs.uk",
            timeZone: "Europe/London", holidayRegion: .englandAndWales,
            venues: [Venue(slug: "boardroom", name: "Boardroom", kind: .room)],
            cadence: try Cadence(
                ordinal: 2, weekday: .tuesday, startTime: try LocalTime(parsing: "12:00")),
            organiser: try EmailAddress("rounds@northbrook.nhs.uk"))
        func round(_ number: Int, _ date: String, _ theme: String, _ status: RoundStatus) throws
            -> Round
        {
            Round(
                id: try RoundID(parsing: "R-\(number)"),
                start: try LocalDateTime(parsing: "\(date)T12:00"),
                end: try LocalDateTime(parsing: "\(date)T13:00"), theme: theme, status: status)
        }
        rounds = [
            try round(1, "2027-01-12", "human-too", .held),
            try round(2, "2027-02-09", "goodbye", .held),
            try round(3, "2027-03-09", "human-too", .held),
            try round(4, "2027-04-13", "goodbye", .planned),
        ]
        themes = [
            Theme(slug: "human-too", title: "I'm human too"),
            Theme(slug: "goodbye", title: "Missing the chance to say goodbye"),
        ]
        func response(
            _ round: Int, _ row: Int, _ overall: Int?, _ colleagues: Int?, _ group: String?,
            _ comment: String?
        ) throws -> EvaluationResponse {
            EvaluationResponse(
                round: try RoundID(parsing: "R-\(round)"),
                answers: colleagues.map { ["colleagues": $0, "empathy": 5] } ?? [:],
                overall: overall, staffGroup: group, comment: comment,
                source: RecordSource(kind: .paper, row: row))
        }
        let source = RecordSource(kind: .signInSheet, row: 2)
        records = [
            RoundRecord(
                round: try RoundID(parsing: "R-1"), attendance: Attendance(headCount: 10),
                responses: [
                    try response(1, 2, 5, 5, "Nursing or midwifery", "=HYPERLINK(\"x\")"),
                    try response(1, 3, 4, 4, "Nursing or midwifery", "Lovely, thank you"),
                    try response(1, 4, 3, 3, nil, nil),
                    try response(1, 5, nil, nil, "Management", nil),
                ]),
            RoundRecord(
                round: try RoundID(parsing: "R-2"),
                attendance: Attendance(signIns: [
                    SignIn(name: "Ana Price", firstTime: true, source: source),
                    SignIn(name: "Li Wong", firstTime: true, source: source),
                    SignIn(name: "Sam Reid", firstTime: false, source: source),
                    SignIn(name: "Tom Okafor", source: source),
                ]),
                responses: [
                    try response(2, 2, 2, 2, "Management", nil),
                    try response(2, 3, 4, 4, "Admin and clerical", "Too short"),
                ]),
        ]
    }

    func input(includeComments: Bool = true) throws -> ReportInput {
        ReportInput(
            programme: programme, rounds: rounds, themes: themes, records: records,
            questionSet: .uk, from: try LocalDate(parsing: "2027-01-01"),
            to: try LocalDate(parsing: "2027-12-31"), includeComments: includeComments,
            today: try LocalDate(parsing: "2027-04-01"))
    }
}
