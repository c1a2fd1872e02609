import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import Testing

/// Downloads and imports behind the administrator's login: the same files the commands
/// write, names checked before any file is touched, uploads refused without the form token.
@Suite struct AdminFilesTests {
    @Test func downloadsAreTheCommandsFiles() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            try await client.login(WebHarness.adminEmail)
            let pack = try await client.get("/admin/downloads/packs/R-0003.html")
            #expect(pack.status == .ok)
            #expect(pack.text.contains("<html"))
            #expect(pack.headers[.contentDisposition]?.contains("R-0003") == true)
            let invitation = try await client.get("/admin/downloads/invitations/R-0003.ics")
            #expect(invitation.status == .ok)
            #expect(invitation.text.contains("METHOD:REQUEST"))
            let mail = try await client.get("/admin/downloads/invitations/R-0003.eml")
            #expect(mail.status == .ok)
            let yaml = try await client.get("/admin/downloads/programme.yaml")
            #expect(yaml.text.contains("R-0003"))
            for uri in [
                "/admin/downloads/packs/R-9999.html", "/admin/downloads/packs/R-0003.exe",
                "/admin/downloads/packs/..%2F..%2FPackage.swift",
                "/admin/downloads/invitations/R-9999.ics",
                "/admin/downloads/invitations/..%2Fetc%2Fpasswd.ics",
                "/admin/downloads/../../etc/passwd",
            ] {
                let page = try await client.get(uri)
                #expect((400..<500).contains(page.status.code), "\(uri) -> \(page.status)")
            }
        }
    }

    /// A multipart body with the fields and one file.
    static func multipart(_ fields: [(String, String)], file: (String, String)) -> [UInt8] {
        var text = ""
        for (name, value) in fields {
            text += "--XYZ\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text +=
            "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"\(file.0)\"\r\nContent-Type: text/csv\r\n\r\n\(file.1)\r\n--XYZ--\r\n"
        return Array(text.utf8)
    }

    @Test func peopleArriveByUploadOnlyWithTheFormToken() async throws {
        let harness = try WebHarness()
        let csv = "Email,Name,Staff group,Clinical\nnew.person@example.org,New Person,Admin,no\n"
        try await harness.test { client in
            try await client.login(WebHarness.adminEmail)
            let page = try await client.get("/admin/imports")
            #expect(page.status == .ok)
            let csrf = try #require(page.csrf)
            let type = "multipart/form-data; boundary=XYZ"
            let refused = try await client.postRaw(
                "/admin/imports/people",
                Self.multipart([("csrf", "nope")], file: ("people.csv", csv)), type: type)
            #expect(refused.status == .forbidden)
            let bad = try await client.postRaw(
                "/admin/imports/people",
                Self.multipart([("csrf", csrf)], file: ("people.csv", "Nope\n1\n")), type: type)
            #expect(bad.status == .badRequest)
            #expect(!bad.text.contains("rounds-upload-"))
            let garbled = try await client.postRaw(
                "/admin/imports/people", Array("--XYZ\r\nnonsense".utf8), type: type)
            #expect(garbled.status == .badRequest)
            let done = try await client.postRaw(
                "/admin/imports/people", Self.multipart([("csrf", csrf)], file: ("p.csv", csv)),
                type: type)
            #expect(done.status == .seeOther)
        }
        let people = try harness.operations.snapshot().people.map(\.email.value)
        #expect(people.contains("new.person@example.org"))
    }
}
