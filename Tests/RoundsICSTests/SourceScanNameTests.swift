import Foundation
import Testing

@testable import RoundsICS

/// The survey's eight-bytes-at-a-time reading of a property name gives what the byte-by-byte
/// `PackedName(_:upperCasing:)` gives for the bytes before the first `:` or `;`.
@Suite struct SourceScanNameTests {
    /// Bytes around every edge the word arithmetic tests: the letters' ends, the separators'
    /// neighbours, controls, DEL and non-ASCII bytes.
    static let alphabet: [UInt8] =
        Array("aAzZmM-_@[`{09/\\ \t~".utf8) + [
            0x3A, 0x3B, 0x39, 0x3C, 0x00, 0x01, 0x7F, 0x80, 0xC3, 0xA9, 0xFF,
        ]

    /// What the word reading must return for `bytes`: nil without a separator among the first
    /// 16 bytes, else the name's length and its byte-by-byte packing.
    static func expected(_ bytes: [UInt8]) -> (count: Int, packed: SourceScan.PackedName?)? {
        guard let end = bytes.prefix(16).firstIndex(where: { $0 == 0x3A || $0 == 0x3B }) else {
            return nil
        }
        let packed = bytes.withUnsafeBytes {
            SourceScan.PackedName(UnsafeRawBufferPointer(rebasing: $0[..<end]), upperCasing: true)
        }
        return (end, packed)
    }

    static func wordName(_ bytes: [UInt8]) -> (count: Int, packed: SourceScan.PackedName?)? {
        bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.flatMap { SourceScan.wordName($0) }
        }
    }

    @Test func everyNameLengthAndSeparator() throws {
        for length in 0...17 {
            for separator in [UInt8(ascii: ":"), UInt8(ascii: ";")] {
                let name = Array("dtStart-X-Long-Name".utf8.prefix(length))
                let bytes = name + [separator] + Array(repeating: UInt8(ascii: "v"), count: 20)
                let got = Self.wordName(bytes)
                let want = Self.expected(bytes)
                #expect(got?.count == want?.count, "length \(length)")
                #expect(got?.packed == want?.packed, "length \(length)")
                if length <= 15 {
                    let packed = try #require(got?.packed)
                    #expect(packed.text == String(decoding: name, as: UTF8.self).uppercased())
                }
            }
        }
    }

    @Test func pseudoRandomBytesMatchTheByteLoop() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<24 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(Self.alphabet[Int(state >> 33) % Self.alphabet.count])
            }
            let got = Self.wordName(bytes)
            let want = Self.expected(bytes)
            #expect(got?.count == want?.count, "\(bytes)")
            #expect(got?.packed == want?.packed, "\(bytes)")
        }
    }

    @Test func longAndNonASCIINamesHaveNoPackedForm() {
        let long = Array("X-ABCDEFGHIJKLMNOPQ:value".utf8)
        #expect(Self.wordName(long) == nil)
        let accented = Array("X-CAF\u{C9}:value and more".utf8)
        let got = Self.wordName(accented)
        #expect(got?.count == 7)
        #expect(got?.packed == nil)
    }
}
