import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsInvitations

@Suite struct InvitationMailTests {
    /// Headers (unfolded) and the parts of a multipart message, split as a mail reader would.
    private struct ParsedMail {
        var headers: [String: String] = [:]
        var parts: [(headers: [String: String], body: String)] = []

        init(_ data: Data) throws {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            let sections = text.components(separatedBy: "\r\n\r\n")
            headers = Self.headers(sections[0])
            let type = try #require(headers["Content-Type"])
            let boundary = try #require(
                type.components(separatedBy: "boundary=\"").last?.dropLast())
            let body = sections.dropFirst().joined(separator: "\r\n\r\n")
            #expect(body.hasSuffix("--\(boundary)--\r\n"))
            for chunk in body.components(separatedBy: "--\(boundary)").dropFirst().dropLast() {
                // "\r\n" is one Character in Swift.
                let trimmed = chunk.hasPrefix("\r\n") ? String(chunk.dropFirst()) : chunk
                let pieces = trimmed.components(separatedBy: "\r\n\r\n")
                parts.append(
                    (Self.headers(pieces[0]), pieces.dropFirst().joined(separator: "\r\n\r\n")))
            }
        }

        static func headers(_ block: String) -> [String: String] {
            let unfolded = block.replacingOccurrences(of: "\r\n ", with: " ")
            var result: [String: String] = [:]
            for line in unfolded.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                result[String(line[..<colon])] = String(line[line.index(after: colon)...])
                    .trimmingCharacters(in: .whitespaces)
            }
            return result
        }
    }

    private func plan(_ domain: String) throws -> InvitationPlan {
        let plan = try Fixtures.planner(Fixtures.firstExport).plan(
            try Fixtures.source(domain: domain), issued: [:])
        try JudgeOutput.write(
            plan: plan, name: "InvitationMailTests-\(domain.prefix { $0 != "." })")
        return plan
    }

    @Test func messageCarriesTextAndCalendarParts() throws {
        let file = try plan("mail-parts.rounds.test").file("R-0001.ics")
        let data = InvitationMail.message(for: file)
        let mail = try ParsedMail(data)
        #expect(mail.headers["From"] == "Rounds Office <rounds.admin@northbrook.example.org>")
        #expect(
            mail.headers["To"]
                == "Ana Price <ana.price@northbrook.example.org>, Ben Okafor "
                + "<ben.okafor@northbrook.example.org>, Cai Jones "
                + "<cai.jones@northbrook.example.org>, =?UTF-8?B?Wm/DqyBNw7xsbGVy?= "
                + "<zoe.muller@northbrook.example.org>")
        #expect(mail.headers["Date"] == "Mon, 04 Jan 2027 09:00:00 +0000")
        #expect(
            mail.headers["Message-ID"]
                == "<R-0001.s0.20270104T090000Z@mail-parts.rounds.test>")
        #expect(mail.headers["MIME-Version"] == "1.0")
        #expect(mail.headers["Content-Type"]?.hasPrefix("multipart/alternative;") == true)
        try #require(mail.parts.count == 2)
        #expect(mail.parts[0].headers["Content-Type"] == "text/plain; charset=UTF-8")
        #expect(
            mail.parts[1].headers["Content-Type"]
                == "text/calendar; charset=UTF-8; method=REQUEST")
        #expect(mail.parts[1].headers["Content-Transfer-Encoding"] == "base64")
        let calendar = try #require(
            Data(base64Encoded: mail.parts[1].body, options: .ignoreUnknownCharacters))
        #expect(calendar == file.calendar)
        // The text part is base64 here because a panellist's name is not ASCII.
        #expect(mail.parts[0].headers["Content-Transfer-Encoding"] == "base64")
        let text = try #require(
            Data(base64Encoded: mail.parts[0].body, options: .ignoreUnknownCharacters))
        #expect(
            String(decoding: text, as: UTF8.self)
                == file.text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func messageMatchesGoldenFileAndIsStable() throws {
        let file = try plan("mail-golden.rounds.test").file("R-0002-prep.ics")
        let data = InvitationMail.message(for: file)
        #expect(data == InvitationMail.message(for: file))
        try Snapshot.check(data, file: "R-0002-prep.eml")
        let mail = try ParsedMail(data)
        #expect(mail.parts[0].headers["Content-Transfer-Encoding"] == "7bit")
        #expect(mail.parts[0].body.hasPrefix("Panel preparation for the Schwartz Round on"))
        #expect(InvitationMail.fileName(for: file) == "R-0002-prep.eml")
    }

    @Test func cancellationsUseMethodCancel() throws {
        var source = try Fixtures.source(domain: "mail-cancel.rounds.test")
        let first = try Fixtures.planner(Fixtures.firstExport).plan(source, issued: [:])
        source.rounds[0].status = .cancelled
        source.rounds[1].panel = []
        let second = try Fixtures.planner(Fixtures.secondExport).plan(source, issued: first.records)
        let cancel = try ParsedMail(InvitationMail.message(for: try second.file("R-0001.ics")))
        #expect(
            cancel.parts[1].headers["Content-Type"] == "text/calendar; charset=UTF-8; method=CANCEL"
        )
        #expect(cancel.headers["Subject"]?.hasPrefix("Cancelled: Schwartz Round") == true)
        let uninviteFile = try second.file("R-0002-uninvite-cai.jones@northbrook.example.org.ics")
        let uninvite = try ParsedMail(InvitationMail.message(for: uninviteFile))
        #expect(uninvite.headers["To"] == "Cai Jones <cai.jones@northbrook.example.org>")
        #expect(
            uninvite.headers["Message-ID"]
                == "<R-0002-uninvite-cai.jones-northbrook.example.org.s1.20270201T103000Z"
                + "@mail-cancel.rounds.test>")
    }

    @Test(arguments: [
        ("Ana Price", "Ana Price"),
        ("Price, Ana", "\"Price, Ana\""),
        ("Dr \"Ade\" O.", "\"Dr \\\"Ade\\\" O.\""),
        ("Zoë", "=?UTF-8?B?Wm/Dqw==?="),
    ])
    func displayNamesAreEncodedForHeaders(name: String, expected: String) {
        #expect(MailHeader.phrase(name) == expected)
    }

    @Test func longNonASCIISubjectsAreSplitIntoShortEncodedWords() {
        let subject = String(repeating: "Réflexion partagée ☕️ ", count: 6)
        let encoded = MailHeader.unstructured(subject)
        let words = encoded.split(separator: " ")
        #expect(words.count > 1)
        #expect(
            words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        let decoded = words.map { word in
            String(
                decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data(),
                as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
    }
}
