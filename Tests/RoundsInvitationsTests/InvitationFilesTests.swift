import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsInvitations

@Suite struct InvitationFilesTests {
    /// `out` inside a fresh temporary folder; the writer creates it.
    private func temporaryFolder() throws -> URL {
        try TemporaryFolder("rounds-invitation-files").url.appendingPathComponent("out")
    }

    @Test func writesEveryFileAndReturnsTheRecords() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let source = try Fixtures.source(domain: "files-write.rounds.test")
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        let report = try InvitationFiles(directory: folder, writesMail: true).write(plan)
        #expect(
            report.files.map(\.name) == [
                "R-0001.ics", "R-0001.eml", "R-0001-prep.ics", "R-0001-prep.eml", "R-0002.ics",
                "R-0002.eml", "R-0002-prep.ics", "R-0002-prep.eml",
            ])
        #expect(report.files.allSatisfy { $0.status == .new && $0.wasRewritten })
        #expect(report.records == plan.records)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(listing == report.files.map(\.name).sorted())
        for file in plan.files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(file.name)) == file.calendar)
        }
    }

    @Test func secondExportLeavesUnchangedFilesAloneAndReplacesChangedOnes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        var source = try Fixtures.source(domain: "files-again.rounds.test")
        let writer = InvitationFiles(directory: folder)
        let first = try writer.write(
            try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:]))
        source.rounds[1].status = .cancelled
        let plan = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        let second = try writer.write(plan)
        #expect(second.filesToSend.map(\.name) == ["R-0002.ics", "R-0002-prep.ics"])
        #expect(
            second.files.filter(\.wasRewritten).map(\.name) == ["R-0002.ics", "R-0002-prep.ics"])
        let written = try Data(contentsOf: folder.appendingPathComponent("R-0002.ics"))
        #expect(written == (try plan.file("R-0002.ics").calendar))
        #expect(Fixtures.text(written).contains("METHOD:CANCEL"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func unwritableFolderIsReportedInPlainWords() throws {
        let scratch = try TemporaryFolder("rounds-invitation-blocker")
        defer { try? FileManager.default.removeItem(at: scratch.url) }
        let blocker = try scratch.write("blocker", "not a folder")
        let source = try Fixtures.source(domain: "files-blocked.rounds.test")
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        let folder = blocker.appendingPathComponent("out")
        #expect(throws: RoundsInvitationsError.folderNotCreated(path: folder.path)) {
            try InvitationFiles(directory: folder).write(plan)
        }
        #expect(
            RoundsInvitationsError.folderNotCreated(path: "/x/out").description
                == "The folder /x/out could not be created. Check the path and that you may "
                + "write to its parent folder.")
    }
}
