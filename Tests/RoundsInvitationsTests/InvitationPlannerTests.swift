import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsICS
@testable import RoundsInvitations

@Suite struct InvitationPlannerTests {
    private func outline(_ file: InvitationFile) throws -> LibicalOutline {
        try #require(LibicalOutline.parse(Fixtures.text(file.calendar)))
    }

    private func event(_ file: InvitationFile) throws -> LibicalOutline {
        try #require(outline(file).children("VEVENT").first)
    }

    @Test func firstExportMatchesGoldenFiles() throws {
        let source = try Fixtures.source(domain: "invite-golden.rounds.test")
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        #expect(
            plan.files.map(\.name) == [
                "R-0001.ics", "R-0001-prep.ics", "R-0002.ics", "R-0002-prep.ics",
            ])
        #expect(plan.files.allSatisfy { $0.status == .new && $0.sequence == 0 })
        for file in plan.files {
            try JudgeOutput.write(
                name: "InvitationPlannerTests-golden-" + file.name.dropLast(4), ics: file.calendar)
        }
        try Snapshot.check(try plan.file("R-0001.ics").calendar, file: "R-0001.ics")
        try Snapshot.check(try plan.file("R-0001-prep.ics").calendar, file: "R-0001-prep.ics")
        #expect(
            plan.notes == [
                "R-0003 (13 Apr 2027) has no facilitators or panel yet, so no invitation was written."
            ])
        #expect(Set(plan.records.keys) == Set(plan.files.map(\.uid)))
    }

    @Test func requestCarriesOrganizerAttendeesAlarmAndDetails() throws {
        let source = try Fixtures.source(domain: "invite-fields.rounds.test")
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        let file = try plan.file("R-0001.ics")
        try JudgeOutput.write(name: "InvitationPlannerTests-fields", ics: file.calendar)
        let calendar = try outline(file)
        #expect(calendar.value("METHOD") == "REQUEST")
        #expect(calendar.children("VEVENT").count == 1)
        #expect(calendar.children("VTIMEZONE").map { $0.value("TZID") } == ["Europe/London"])
        let event = try #require(calendar.children("VEVENT").first)
        #expect(event.value("UID") == "R-0001@invite-fields.rounds.test")
        #expect(event.value("SEQUENCE") == "0")
        #expect(event.value("STATUS") == "CONFIRMED")
        #expect(event.value("CLASS") == "PRIVATE")
        #expect(event.value("DTSTAMP") == "20270104T090000Z")
        let organizer = try #require(event.properties("ORGANIZER").first)
        #expect(organizer.value == "mailto:rounds.admin@northbrook.example.org")
        #expect(organizer.parameters["CN"] == "Rounds Office")
        let attendees = event.properties("ATTENDEE")
        #expect(
            attendees.map(\.value) == [
                "mailto:ana.price@northbrook.example.org",
                "mailto:ben.okafor@northbrook.example.org",
                "mailto:cai.jones@northbrook.example.org",
                "mailto:zoe.muller@northbrook.example.org",
            ])
        #expect(
            attendees.map { $0.parameters["ROLE"] } == [
                "CHAIR", "CHAIR", "REQ-PARTICIPANT", "REQ-PARTICIPANT",
            ])
        #expect(attendees.allSatisfy { $0.parameters["RSVP"] == "TRUE" })
        #expect(
            attendees.map { $0.parameters["CN"] } == [
                "Ana Price", "Ben Okafor", "Cai Jones", "Zoë Müller",
            ])
        let alarm = try #require(event.children("VALARM").first)
        #expect(alarm.value("TRIGGER") == "-PT30M")
        #expect(alarm.value("ACTION") == "DISPLAY")
        #expect(
            event.value("DESCRIPTION")
                == """
                Schwartz Round: A patient I'll never forget

                When: Tuesday 9 February 2027, 12:00 to 13:00 (Europe/London time)
                Where: Education Centre Boardroom, Level 2, Education Centre, Northbrook General Hospital
                Theme: A patient I'll never forget

                Colleagues tell of a patient who stayed with them long after.

                Facilitators: Ana Price, Ben Okafor
                Panel, in speaking order: Cai Jones, Zoë Müller

                Please accept or decline, so that the facilitators know who is coming. \
                Questions: rounds.admin@northbrook.example.org.
                """)
        #expect(
            file.subject
                == "Invitation: Schwartz Round: A patient I'll never forget (9 Feb 2027, 12:00)")
        #expect(file.recipients.map(\.email) == attendees.map { String($0.value.dropFirst(7)) })
    }

    @Test func prepMeetingIsItsOwnInvitation() throws {
        let source = try Fixtures.source(domain: "invite-prep.rounds.test")
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        let file = try plan.file("R-0001-prep.ics")
        try JudgeOutput.write(plan: plan, name: "InvitationPlannerTests-prep")
        #expect(file.isPrepMeeting)
        let event = try event(file)
        #expect(event.value("UID") == "R-0001-prep@invite-prep.rounds.test")
        #expect(
            event.value("SUMMARY")
                == "Panel preparation: Schwartz Round: A patient I'll never forget")
        #expect(event.value("DTSTART") == "20270202T123000")
        #expect(event.value("DTEND") == "20270202T131500")
        #expect(event.properties("ATTENDEE").count == 4)
        #expect(
            event.children("VALARM").first?.value("DESCRIPTION")
                == "Panel preparation in 30 minutes")
    }

    @Test func noStoryTitleOrNoteInAnyInvitation() throws {
        var source = try Fixtures.source(domain: "invite-private.rounds.test")
        let planner = Fixtures.planner(Fixtures.firstExport)
        let first = try planner.plan(source, issued: [:])
        source.rounds[0].panel.removeLast()
        source.rounds[1].status = .cancelled
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        for file in first.files + second.files {
            let text = Fixtures.text(file.calendar) + file.text + file.subject
            for secret in Fixtures.storyTitles + Fixtures.privateNotes {
                #expect(!text.contains(secret), "\(file.name) contains confidential text")
            }
        }
        #expect(second.files.contains { $0.status == .uninvited })
        #expect(second.files.contains { $0.status == .cancelled })
    }

    @Test func reExportWithNoChangeGivesIdenticalBytes() throws {
        let source = try Fixtures.source(domain: "invite-stable.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        #expect(second.files.map(\.name) == first.files.map(\.name))
        #expect(second.files.allSatisfy { $0.status == .unchanged })
        #expect(second.files.map(\.calendar) == first.files.map(\.calendar))
        #expect(second.records == first.records)
        #expect(second.filesToSend.isEmpty)
    }

    @Test func recordsSurviveTheStoreFormat() throws {
        let source = try Fixtures.source(domain: "invite-store.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport.addingTimeInterval(0.6))
            .plan(source, issued: [:])
        // What the store keeps: text columns, read back.
        let reloaded = try first.records.mapValues { record in
            var back = record
            back.stamp = try #require(IssuedInvitation.stamp(fromText: record.stampText))
            back.method = try #require(IssuedInvitation.Method(rawValue: record.method.rawValue))
            return back
        }
        #expect(reloaded == first.records)
        #expect(first.records.values.allSatisfy { $0.stampText == "20270104T090000Z" })
        let again = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: reloaded)
        #expect(again.files.map(\.calendar) == first.files.map(\.calendar))
    }

    @Test func movedRoundKeepsUIDAndRaisesSequence() throws {
        var source = try Fixtures.source(domain: "invite-moved.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[0].start = try Fixtures.time("2027-02-16T12:30")
        source.rounds[0].end = try Fixtures.time("2027-02-16T13:30")
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        let before = try first.file("R-0001.ics")
        let after = try second.file("R-0001.ics")
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-moved", versions: [before.calendar, after.calendar])
        #expect(after.status == .changed)
        #expect(after.sequence == 1)
        let event = try event(after)
        #expect(event.value("UID") == "R-0001@invite-moved.rounds.test")
        #expect(event.value("SEQUENCE") == "1")
        #expect(event.value("DTSTAMP") == "20270201T103000Z")
        #expect(event.value("DTSTART") == "20270216T123000")
        #expect(after.subject.hasPrefix("Updated invitation: "))
        // The prep meeting's text names the Round's new time, so it is updated too; R-0002 is
        // untouched.
        #expect(try second.file("R-0001-prep.ics").status == .changed)
        #expect(try second.file("R-0002.ics").status == .unchanged)
        #expect(second.records["R-0001@invite-moved.rounds.test"]?.sequence == 1)
        #expect(second.filesToSend.map(\.name) == ["R-0001.ics", "R-0001-prep.ics"])
    }

    @Test func cancelledRoundSendsCancelToEveryoneInvitedBefore() throws {
        var source = try Fixtures.source(domain: "invite-cancel.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[1].start = try Fixtures.time("2027-03-16T12:00")
        source.rounds[1].end = try Fixtures.time("2027-03-16T13:00")
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        source.rounds[1].status = .cancelled
        // Someone added at the same time never had it, so is not told of the cancellation.
        source.rounds[1].panel.append(
            Panellist(person: try Fixtures.email("zoe.muller@northbrook.example.org")))
        let third = try Fixtures.planner(Fixtures.thirdExport).plan(source, issued: second.records)
        let versions = try [first, second, third].map { try $0.file("R-0002.ics") }
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-cancel", versions: versions.map(\.calendar))
        let prepVersions = try [first, second, third].map { try $0.file("R-0002-prep.ics") }
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-cancel-prep", versions: prepVersions.map(\.calendar))

        let cancel = versions[2]
        #expect(cancel.status == .cancelled)
        #expect(cancel.method == .cancel)
        let calendar = try outline(cancel)
        #expect(calendar.value("METHOD") == "CANCEL")
        let event = try #require(calendar.children("VEVENT").first)
        #expect(event.value("STATUS") == "CANCELLED")
        #expect(event.value("SEQUENCE") == "2")
        #expect(event.value("UID") == "R-0002@invite-cancel.rounds.test")
        #expect(event.value("DTSTAMP") == "20270301T081500Z")
        #expect(event.children("VALARM").isEmpty)
        #expect(
            event.properties("ATTENDEE").map(\.value) == [
                "mailto:ben.okafor@northbrook.example.org",
                "mailto:dee.shah@northbrook.example.org",
                "mailto:cai.jones@northbrook.example.org",
            ])
        #expect(
            cancel.subject == "Cancelled: Schwartz Round: When things go wrong (16 Mar 2027, 12:00)"
        )
        let prep = try third.file("R-0002-prep.ics")
        #expect(prep.status == .cancelled)
        #expect(prepVersions.map(\.sequence) == [0, 1, 2])
        #expect(third.records["R-0002@invite-cancel.rounds.test"]?.method == .cancel)

        // Exporting again changes nothing: the same CANCEL bytes.
        let fourth = try Fixtures.planner(Fixtures.thirdExport.addingTimeInterval(86_400))
            .plan(source, issued: third.records)
        #expect(try fourth.file("R-0002.ics").status == .unchanged)
        #expect(try fourth.file("R-0002.ics").calendar == cancel.calendar)
    }

    @Test func cancelledRoundNeverIssuedGetsNoFile() throws {
        var source = try Fixtures.source(domain: "invite-never.rounds.test")
        source.rounds[1].status = .cancelled
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        try JudgeOutput.write(plan: plan, name: "InvitationPlannerTests-never")
        #expect(plan.files.map(\.name) == ["R-0001.ics", "R-0001-prep.ics"])
        #expect(plan.records["R-0002@invite-never.rounds.test"] == nil)
    }

    @Test func removedAttendeeGetsTheirOwnCancel() throws {
        var source = try Fixtures.source(domain: "invite-removed.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        // Ben falls ill: Dee takes his place.
        source.rounds[0].facilitators[1] = try Fixtures.email("dee.shah@northbrook.example.org")
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        #expect(
            second.files.map(\.name) == [
                "R-0001.ics", "R-0001-uninvite-ben.okafor@northbrook.example.org.ics",
                "R-0001-prep.ics", "R-0001-prep-uninvite-ben.okafor@northbrook.example.org.ics",
                "R-0002.ics", "R-0002-prep.ics",
            ])
        let request = try second.file("R-0001.ics")
        let uninvite = try second.file("R-0001-uninvite-ben.okafor@northbrook.example.org.ics")
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-removed",
            versions: [try first.file("R-0001.ics").calendar, request.calendar])
        try JudgeOutput.writeUninvite(
            name: "InvitationPlannerTests-removed", ics: uninvite.calendar)
        try JudgeOutput.writeUninvite(
            name: "InvitationPlannerTests-removed-prep",
            ics: try second.file("R-0001-prep-uninvite-ben.okafor@northbrook.example.org.ics")
                .calendar)
        #expect(request.status == .changed)
        #expect(uninvite.status == .uninvited)
        #expect(
            try event(request).properties("ATTENDEE").map(\.value) == [
                "mailto:ana.price@northbrook.example.org", "mailto:dee.shah@northbrook.example.org",
                "mailto:cai.jones@northbrook.example.org",
                "mailto:zoe.muller@northbrook.example.org",
            ])
        let calendar = try outline(uninvite)
        #expect(calendar.value("METHOD") == "CANCEL")
        let event = try #require(calendar.children("VEVENT").first)
        #expect(event.value("UID") == "R-0001@invite-removed.rounds.test")
        #expect(event.value("SEQUENCE") == "1")
        #expect(event.value("STATUS") == nil)
        #expect(
            event.properties("ATTENDEE").map(\.value) == [
                "mailto:ben.okafor@northbrook.example.org"
            ])
        #expect(
            uninvite.recipients == [
                InvitationContact(email: "ben.okafor@northbrook.example.org", name: "Ben Okafor")
            ])
        #expect(
            uninvite.subject
                == "No longer needed: Schwartz Round: A patient I'll never forget (9 Feb 2027, 12:00)"
        )
        #expect(
            second.records["R-0001@invite-removed.rounds.test"]?.attendees == [
                "ana.price@northbrook.example.org", "dee.shah@northbrook.example.org",
                "cai.jones@northbrook.example.org", "zoe.muller@northbrook.example.org",
            ])
        // The next export has nothing more for Ben.
        let third = try Fixtures.planner(Fixtures.thirdExport).plan(source, issued: second.records)
        #expect(third.files.allSatisfy { $0.status == .unchanged })
        #expect(!third.files.contains { $0.status == .uninvited })
    }

    @Test func addedAttendeeGetsTheRequest() throws {
        var source = try Fixtures.source(domain: "invite-added.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[1].panel.append(
            Panellist(person: try Fixtures.email("zoe.muller@northbrook.example.org")))
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        let request = try second.file("R-0002.ics")
        #expect(request.status == .changed)
        #expect(request.sequence == 1)
        #expect(request.recipients.map(\.email).contains("zoe.muller@northbrook.example.org"))
        #expect(!second.files.contains { $0.status == .uninvited })
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-added",
            versions: [try first.file("R-0002.ics").calendar, request.calendar])
    }

    @Test func reinstatedRoundIsRequestedAgainWithAHigherSequence() throws {
        var source = try Fixtures.source(domain: "invite-reinstated.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[0].status = .cancelled
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        source.rounds[0].status = .confirmed
        let third = try Fixtures.planner(Fixtures.thirdExport).plan(source, issued: second.records)
        let versions = try [first, second, third].map { try $0.file("R-0001.ics") }
        try JudgeOutput.writeSeries(
            name: "InvitationPlannerTests-reinstated", versions: versions.map(\.calendar))
        #expect(versions.map(\.status) == [.new, .cancelled, .changed])
        #expect(versions.map(\.sequence) == [0, 1, 2])
        #expect(versions.map(\.method) == [.request, .cancel, .request])
    }

    @Test func recordsWithoutARoundAreKeptAndReported() throws {
        let source = try Fixtures.source(domain: "invite-orphan.rounds.test")
        let orphan = IssuedInvitation(
            uid: "R-0099@invite-orphan.rounds.test", sequence: 3, contentHash: "sha256:00",
            stamp: Fixtures.firstExport, method: .request,
            attendees: ["ana.price@northbrook.example.org"])
        let plan = try Fixtures.planner(Fixtures.secondExport).plan(
            source, issued: [orphan.uid: orphan])
        #expect(plan.records[orphan.uid] == orphan)
        #expect(
            plan.notes.last
                == "R-0099@invite-orphan.rounds.test was issued before but matches no Round or "
                + "prep meeting now, so no cancellation was written for it. Tell its 1 "
                + "recipient(s) yourself if it should be removed from their calendars.")
    }

    @Test(arguments: ["20270104T09000Z", "20271304T090000Z", "20270104T250000Z", "today"])
    func unreadableStampsAreNotReadAsAnotherTime(text: String) {
        #expect(IssuedInvitation.stamp(fromText: text) == nil)
    }

    @Test func stampsRoundTripThroughTheStoreText() throws {
        let stamp = Fixtures.firstExport.addingTimeInterval(0.6)
        let record = IssuedInvitation(
            uid: "R-0001@x.test", sequence: 0, contentHash: "sha256:00", stamp: stamp,
            method: .request, attendees: [])
        #expect(record.stampText == "20270104T090000Z")
        #expect(IssuedInvitation.stamp(fromText: record.stampText) == record.stamp)
        // The store's text agrees with libical's UTC wall clock.
        #expect(
            TimeZones.utcWallClock(of: record.stamp).description + "Z" == "2027-01-04T09:00:00Z")
    }
}

extension InvitationPlannerTests {
    @Test func heldRoundsGetNoFilesAndKeepTheirRecords() throws {
        var source = try Fixtures.source(domain: "invite-held.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[0].status = .held
        source.rounds[0].venue = "teams"
        source.rounds[1].status = .held
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: [:])
        #expect(second.files.isEmpty)
        #expect(second.records.isEmpty)
        let third = try Fixtures.planner(Fixtures.secondExport).plan(
            source, issued: first.records)
        #expect(third.files.isEmpty)
        #expect(third.records == first.records)
    }
}
