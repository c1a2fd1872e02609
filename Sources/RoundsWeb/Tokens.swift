import Crypto
import Foundation

/// Random tokens for sessions, devices and forms, and the digests the store keeps of them.
enum Tokens {
    /// 32 random bytes as 64 lowercase hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in hex(UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The SHA-256 digest of `token` as hex: what the store keeps instead of the token.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map(hex).joined()
    }

    /// True when `token` looks like one of ours (64 hex digits), before any store look-up.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64
            && token.utf8.allSatisfy { byte in
                (48...57).contains(byte) || (97...102).contains(byte)
            }
    }

    /// Compares two tokens in time independent of where they differ.
    static func equal(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
