package import Foundation
import RoundsCore
import RoundsICS

/// An RFC 6047 (iMIP) e-mail carrying one invitation file: `rounds export invites --eml`.
///
/// `multipart/alternative` with a readable `text/plain` part first and the `text/calendar`
/// part (with `method=` and `charset=UTF-8`) last, as mail programs prefer the last
/// alternative they understand. The calendar part is the file's bytes, base64-encoded: that
/// keeps its CRLF line ends exactly, needs no 8-bit transport on any relay, and is how Exchange
/// itself sends invitations, so Outlook and Gmail both show Accept and Decline for it. From is
/// the ORGANIZER, To the file's ATTENDEEs, Date the file's DTSTAMP; the Message-ID is built
/// from the file's name, SEQUENCE and UID domain, so the same file gives the same message.
/// Names outside ASCII are RFC 2047 encoded words.
package enum InvitationMail {
    /// `R-0042.eml` for `R-0042.ics`.
    package static func fileName(for file: InvitationFile) -> String {
        let base = file.name.hasSuffix(".ics") ? String(file.name.dropLast(4)) : file.name
        return base + ".eml"
    }

    /// The whole message, with CRLF line ends.
    package static func message(for file: InvitationFile) -> Data {
        let boundary = "=_rounds_" + String(ContentDigest.hex(file.calendar).prefix(24))
        let text = normalisedLines(file.text) + "\r\n"
        var lines: [String] = []
        lines.append(MailHeader.field("From", MailHeader.address(file.organizer)))
        lines.append(
            MailHeader.addressList("To", file.recipients.map(MailHeader.address)))
        lines.append(MailHeader.field("Subject", MailHeader.unstructured(file.subject)))
        lines.append("Date: " + MailHeader.date(file.stamp))
        lines.append("Message-ID: " + messageID(for: file))
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Class: urn:content-classes:calendarmessage")
        lines.append("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"")
        lines.append("")
        lines.append("--" + boundary)
        let textIsPlain =
            text.unicodeScalars.allSatisfy { $0.isASCII }
            && text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 }
        lines.append("Content-Type: text/plain; charset=UTF-8")
        if textIsPlain {
            lines.append("Content-Transfer-Encoding: 7bit")
            lines.append("")
            lines.append(text.hasSuffix("\r\n") ? String(text.dropLast(2)) : text)
        } else {
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            lines.append(base64(Data(text.utf8)))
        }
        lines.append("--" + boundary)
        lines.append(
            "Content-Type: text/calendar; charset=UTF-8; method=\(file.method.rawValue)")
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("")
        lines.append(base64(file.calendar))
        lines.append("--" + boundary + "--")
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `<R-0042-prep.s2.20270101T090000Z@northbrook.nhs.uk>`: one per file version.
    static func messageID(for file: InvitationFile) -> String {
        let base = fileName(for: file).dropLast(4)
        let left =
            MailHeader.atext(String(base)) + ".s\(file.sequence)."
            + InvitationStamp.text(file.stamp)
        let domain = file.uid.split(separator: "@").last.map(String.init) ?? "rounds.invalid"
        return "<\(left)@\(MailHeader.atext(domain))>"
    }

    private static func normalisedLines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }

    private static func base64(_ data: Data) -> String {
        data.base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
        ])
    }
}

/// Mail header fields (RFC 5322), with RFC 2047 encoded words for text outside ASCII.
enum MailHeader {
    /// Longest line we write, well under the 998-octet limit and at the 78 RFC 5322 asks for.
    static let lineLimit = 78

    /// `Name: value`, folded at spaces so that no line passes `lineLimit` where avoidable.
    static func field(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if current.utf8.count + 1 + word.utf8.count > lineLimit, current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// `Name: a, b, c`, one address per folded line when they do not fit on one.
    static func addressList(_ name: String, _ addresses: [String]) -> String {
        var lines: [String] = []
        var current = name + ":"
        for (index, address) in addresses.enumerated() {
            let piece = address + (index < addresses.count - 1 ? "," : "")
            if current.utf8.count + 1 + piece.utf8.count > lineLimit, current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += " " + piece
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// `Ana Price <ana@example.org>`, `"Price, Ana" <...>`, `=?UTF-8?B?...?= <...>` or the
    /// bare address when there is no name.
    static func address(_ contact: InvitationContact) -> String {
        guard let name = contact.name?.trimmingCharacters(in: .whitespacesAndNewlines),
            !name.isEmpty
        else { return contact.email }
        return phrase(name) + " <" + contact.email + ">"
    }

    /// A display name: an atom sequence, a quoted string, or encoded words.
    static func phrase(_ name: String) -> String {
        let clean = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        guard clean.unicodeScalars.allSatisfy(\.isASCII) else { return encodedWords(clean) }
        let specials = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
        guard clean.unicodeScalars.contains(where: specials.contains) else { return clean }
        let escaped = clean.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }

    /// Unstructured text such as a subject: as is when ASCII, else encoded words.
    static func unstructured(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
        guard clean.unicodeScalars.allSatisfy(\.isASCII) else { return encodedWords(clean) }
        return clean
    }

    /// RFC 2047 `B` encoded words of at most 75 characters each, split between characters
    /// (never inside one), separated by spaces so that folding may break between them.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        // 45 bytes give 60 base64 characters: with `=?UTF-8?B?` and `?=` that is 72.
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: " ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// `Fri, 01 Jan 2027 09:00:00 +0000`.
    static func date(_ date: Date) -> String {
        let wall = TimeZones.utcWallClock(of: date)
        let weekday =
            LocalDate(year: wall.day.year, month: wall.day.month, day: wall.day.day)?.weekday
            .displayName.prefix(3) ?? "Mon"
        let months = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(two(wall.day.day)) \(months[wall.day.month - 1]) \(wall.day.year) "
            + "\(two(wall.hour)):\(two(wall.minute)):\(two(wall.second)) +0000"
    }

    /// `text` with every character outside RFC 5322 `atext` (and `.`) replaced by `-`.
    static func atext(_ text: String) -> String {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                + "!#$%&'*+-/=?^_`{|}~.")
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { allowed.contains($0) ? $0 : "-" }))
    }
}
