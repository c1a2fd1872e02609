import CLibical
import Foundation
import Testing

@testable import RoundsICS

/// The writer's checks that read eight bytes at a time (`Bytes8`) and its UTC conversion by
/// arithmetic give what the byte-by-byte checks and libical's `gmtime_r` call gave.
@Suite struct WriterWordCheckTests {
    /// Characters the checks look for, or must let through, placed at every offset of a text
    /// long enough to fill several eight-byte words.
    static let specials = [
        "\u{0}", "\t", "\n", "\r", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
        " ", ":", "@", ",", "é", "Â", "\u{301}", "~", "!",
    ]

    static func texts(with special: String) -> [String] {
        let filler = Array("abcdefghijklmnopqrstuvwxyz0123")
        return (0...filler.count).map { offset in
            String(filler[..<offset]) + special + String(filler[offset...])
        }
    }

    @Test(arguments: specials)
    func controlCheckMatchesTheScalars(_ special: String) {
        for text in Self.texts(with: special) {
            for allowingLineBreaks in [false, true] {
                let byScalar = text.unicodeScalars.contains {
                    $0.properties.generalCategory == .control
                        && !(allowingLineBreaks && ["\t", "\n", "\r"].contains($0))
                }
                #expect(
                    WritePlan.containsControl(text, allowingLineBreaks: allowingLineBreaks)
                        == byScalar, "\(text.debugDescription)")
                let refused = [UInt8(ascii: " "), UInt8(ascii: ":")]
                let withExtra = byScalar || text.contains(" ") || text.contains(":")
                #expect(
                    WritePlan.containsControl(
                        text, allowingLineBreaks: allowingLineBreaks, alsoRefusing: refused)
                        == withExtra, "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: specials)
    func personCheckMatchesTheGeneralPath(_ special: String) {
        var emails: [String] = []
        for text in Self.texts(with: special) {
            let local = String(text.prefix(11))
            let domain = String(text.dropFirst(11))
            emails += [
                text, local + "@" + domain, "mailto:" + local + "@" + domain,
                "MailTo:" + text + "@x", "@" + text, text + "@",
            ]
        }
        for email in emails {
            var message: String?
            do {
                try WritePlan.checkPerson(email: email, name: "Ann") {
                    RoundsICSError.invalidEvent(uid: "u", problem: $0)
                }
            } catch RoundsICSError.invalidEvent(_, let problem) {
                message = problem
            } catch {
                Issue.record("unexpected error \(error)")
            }
            #expect(
                message == WriterShortCutTests.generalCheck(email, name: "Ann"),
                "\(email.debugDescription)")
        }
    }

    @Test func wordTestsFlagExactlyTheMatchingBytes() {
        // Every byte value in every lane of a word otherwise all "a".
        for lane in 0..<8 {
            for value in 0...255 {
                var word: UInt64 = 0x6161_6161_6161_6161
                word &= ~(UInt64(0xFF) << (8 * lane))
                word |= UInt64(value) << (8 * lane)
                let byte = UInt8(value)
                #expect((Bytes8.has(word, 0x3A) != 0) == (byte == 0x3A))
                #expect((Bytes8.hasLess(word, than: 0x21) != 0) == (byte < 0x21))
                #expect((Bytes8.hasMore(word, than: 0x7E) != 0) == (byte > 0x7E))
                if byte == 0x40 {
                    #expect(Bytes8.has(word, 0x40).trailingZeroBitCount / 8 == lane)
                }
            }
        }
    }

    @Test func utcTimeMatchesLibical() throws {
        let utc = try #require(icaltimezone_get_utc_timezone())
        // 0001-01-01 to 9999-12-31, every 9 days 7 hours 13 minutes and 11 seconds, and the
        // second either side of every midnight in leap and century years.
        var instants: [time_t] = []
        var instant: time_t = -62_135_596_800 - 86_400
        while instant < 253_402_300_800 {
            instants.append(instant)
            instant += 9 * 86_400 + 7 * 3_600 + 13 * 60 + 11
        }
        for year in [1, 4, 100, 400, 1600, 1900, 1969, 1970, 2000, 2024, 2100, 9999] {
            var time = icaltime_null_time()
            time.year = Int32(year)
            time.month = 1
            time.day = 1
            let start = icaltime_as_timet(time)
            for day in stride(from: -2, through: 370, by: 1) {
                let midnight = start + time_t(day) * 86_400
                instants += [midnight - 1, midnight, midnight + 1]
            }
        }
        for instant in instants {
            let ours = TimeZones.utcTime(instant)
            let libical = icaltime_from_timet_with_zone(instant, 0, utc)
            #expect(
                [ours.year, ours.month, ours.day, ours.hour, ours.minute, ours.second]
                    == [
                        libical.year, libical.month, libical.day, libical.hour, libical.minute,
                        libical.second,
                    ], "\(instant)")
            #expect(ours.is_date == libical.is_date && ours.is_daylight == libical.is_daylight)
            #expect(ours.zone == libical.zone)
        }
    }
}
