/// The `mailto:` scheme of ORGANIZER and ATTENDEE addresses, compared byte by byte in any case.
///
/// A `StaticString`'s bytes rather than a `String` literal's UTF-8 view, whose iteration cost more
/// than the rest of reading an address; the reader and the writer test every address with it.
enum MailtoScheme {
    /// `mailto:`.
    static let text: StaticString = "mailto:"

    /// The scheme's length in bytes, the colon included.
    static var length: Int { text.utf8CodeUnitCount }

    /// Whether `byte` is the scheme's byte at `index` (below ``length``), in any case.
    static func matches(_ byte: UInt8, at index: Int) -> Bool {
        let expected = text.utf8Start[index]
        // An ASCII letter differs from its capital only in bit 0x20 (NUL matches nothing).
        return byte == expected || (expected != UInt8(ascii: ":") && byte | 0x20 == expected)
    }
}
