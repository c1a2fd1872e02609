internal import CLibical
import Foundation

/// Hands libical a calendar straight from a buffer, without copying it into a C string first.
///
/// `icalparser_parse_string` needs the whole input as one NUL-terminated string, which meant a
/// copy of the file (13 MB for the 10,000-event benchmark calendar). This does what it does,
/// `icalparser_parse` with a line generator, but the generator reads lines out of the buffer
/// in place: the same lines in the same pieces (up to libical's buffer size, ending after
/// `\n`), and, as with a C string, the input ends at the first NUL byte.
///
/// It can also leave out ranges of whole lines (`skipping`): `ReadSession` reads a calendar's
/// skeleton that way, without its events, and hands libical each event's lines on their own.
enum LibicalParse {
    /// Where the generator is in the buffer.
    private struct Source {
        var base: UnsafePointer<UInt8>
        var count: Int
        var position = 0
        /// Ranges of whole lines libical is not given, in order, not overlapping.
        var skips: UnsafeBufferPointer<Range<Int>>
        /// The first of `skips` not yet passed.
        var nextSkip = 0
    }

    /// The tree libical builds from `bytes` without the lines in `skips` (offsets into `bytes`
    /// at line starts, in order), or nil; the caller frees it.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, skipping skips: [Range<Int>] = []
    ) -> OpaquePointer? {
        skips.withUnsafeBufferPointer { parse(bytes, skips: $0) }
    }

    private static func parse(
        _ bytes: UnsafeRawBufferPointer, skips: UnsafeBufferPointer<Range<Int>>
    ) -> OpaquePointer? {
        guard let base = bytes.baseAddress, let parser = icalparser_new() else { return nil }
        defer { icalparser_free(parser) }
        var source = Source(
            base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count, skips: skips)
        return withUnsafeMutablePointer(to: &source) { pointer in
            icalparser_set_gen_data(parser, pointer)
            // As icalparser_parse_string does: malformed data is reported in the tree.
            let previous = icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR)
            icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL)
            defer { icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, previous) }
            return icalparser_parse(parser, nextLine)
        }
    }

    /// libical's line generator: copies the next line (through `\n`, at most `size - 1`
    /// bytes) into `out` and NUL-terminates it; nil at the end of the input.
    private static let nextLine: icalparser_line_gen_func = { out, size, data in
        guard let out, let data, size > 1 else { return nil }
        let source = data.assumingMemoryBound(to: Source.self)
        var position = source.pointee.position
        while source.pointee.nextSkip < source.pointee.skips.count,
            source.pointee.skips[source.pointee.nextSkip].lowerBound == position
        {
            position = source.pointee.skips[source.pointee.nextSkip].upperBound
            source.pointee.nextSkip += 1
        }
        source.pointee.position = position
        let remaining = source.pointee.count - position
        guard remaining > 0 else { return nil }
        let start = source.pointee.base + position
        var length = remaining
        if let newline = memchr(start, 0x0A, remaining) {
            length = start.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        var ends = false
        if let nul = memchr(start, 0, length) {
            length = start.distance(to: nul.assumingMemoryBound(to: UInt8.self))
            ends = true
        }
        guard length > 0 || !ends else { return nil }
        let piece = min(length, size - 1)
        memcpy(out, start, piece)
        out[piece] = 0
        source.pointee.position =
            ends && piece == length ? source.pointee.count : position + piece
        return out
    }
}
