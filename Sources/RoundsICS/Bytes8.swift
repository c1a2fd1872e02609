/// Tests on eight bytes at once, in a little-endian word (the classic "bit twiddling hacks").
/// Each returns a word with the high bit set in the bytes that match, exact for the lowest
/// matching byte and for whether any byte matches (a borrow can flag bytes above a match).
enum Bytes8 {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Bytes equal to `byte`.
    static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let zeroed = word ^ (ones &* UInt64(byte))
        return (zeroed &- ones) & ~zeroed & highs
    }

    /// Bytes below `limit` (at most 0x80).
    static func hasLess(_ word: UInt64, than limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Bytes above `limit` (at most 0x7F).
    static func hasMore(_ word: UInt64, than limit: UInt8) -> UInt64 {
        ((word &+ ones &* UInt64(127 - limit)) | word) & highs
    }
}
