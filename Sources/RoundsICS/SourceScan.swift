internal import Foundation

/// A byte-level survey of a calendar file made before libical sees it.
///
/// It does not parse iCalendar: it only finds line starts, BEGIN and END lines and the name at
/// the start of each property line, so that limits can be enforced up front, structural mistakes
/// libical silently repairs can be reported, and libical's components and properties can be
/// given line numbers afterwards (libical itself keeps none).
struct SourceScan {
    /// One BEGIN ... END block as written in the file.
    struct Block {
        var name: String
        var beginLine: Int
        /// The block's first and last property lines in `propertyLines`, or -1.
        var firstProperty = -1
        var lastProperty = -1
        /// How many property lines the block has (its own, not its children's).
        var propertyCount = 0
        var children: [Int] = []
        /// The input offsets of the block's BEGIN line and of the line after its END (0 when
        /// the END is missing); `ReadSession` hands libical an event's bytes by these.
        var start = 0
        var end = 0
    }

    /// Every block, in the order its BEGIN appears. (Pages of their own when large, as
    /// `propertyLines`.)
    var blocks = PagedArray<Block>()
    /// The outermost blocks.
    var roots: [Int] = []
    /// Every property line in file order; each links to the next line of its block, so that a
    /// block's lines need no array of their own. In pages of its own when large, so that
    /// releasing it after libical's tree costs no heap consolidation (see `PagedArray`).
    var propertyLines = PagedArray<PropertyLine>()
    /// The names of property lines that are longer than 16 bytes or not ASCII.
    var longNames: [String] = []
    /// Problems found by the scan.
    var diagnostics: [CalendarDiagnostic] = []
    /// Whether the input must not be handed to libical at all.
    var refused = false
    /// The bytes libical should read: the input without its byte-order mark, without END lines
    /// that close nothing (libical prints a warning to standard error for those), and with
    /// very long lines folded (see `foldLength`).
    /// Empty when libical can read the input itself from `unchangedFrom` on (see that).
    var parserInput: [UInt8] = []
    /// Set when nothing had to change: libical reads the input from this offset (past any
    /// byte-order mark) to its end, in place, and `parserInput` stays empty (no copy).
    var unchangedFrom: Int?
    /// Whether libical's components are exactly the scan's blocks: every BEGIN and END line is
    /// plain (see `isPlainMarker`) with no folded line after it, every block is closed by its
    /// own END, and every outermost block is a VCALENDAR. Then `ReadSession` may hand libical
    /// the events one at a time (see `ReadSession+Stream.swift`).
    var plainStructure = true
    /// The run of input lines kept as they are but not yet appended to `parserInput`: lines
    /// are copied a run at a time (usually the whole file in one go), not one by one.
    private var pendingRun = 0..<0

    /// The largest number of bytes of a line start that is examined for a name.
    private static let nameScanLimit = 200

    /// Surveys `bytes` under `limits`.
    static func scan(_ bytes: UnsafeRawBufferPointer, limits: ReaderLimits) -> SourceScan {
        var scan = SourceScan()
        scan.run(bytes, limits: limits)
        return scan
    }

    private mutating func refuse(_ diagnostic: CalendarDiagnostic) {
        diagnostics.append(diagnostic)
        refused = true
    }

    private mutating func run(_ bytes: UnsafeRawBufferPointer, limits: ReaderLimits) {
        let count = bytes.count
        if count > limits.maximumBytes {
            refuse(Self.tooLarge(count, limit: limits.maximumBytes))
            return
        }
        if let encoding = Self.wideEncoding(bytes) {
            refuse(
                CalendarDiagnostic(
                    .error, .wrongEncoding,
                    "The file is encoded as \(encoding), but calendar files must be UTF-8. "
                        + "Export or save it again as UTF-8."))
            return
        }
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            refuse(
                CalendarDiagnostic(
                    .error, .emptyFile, "The file is empty: there is no calendar in it."))
            return
        }
        if let nul = Self.find(0, in: bytes, from: start) {
            var line = 1
            var cursor = start
            while let newline = Self.find(0x0A, in: bytes, from: cursor), newline < nul {
                line += 1
                cursor = newline + 1
            }
            refuse(
                CalendarDiagnostic(
                    .error, .binaryData,
                    "The file contains a NUL byte, so it is binary data rather than a calendar. "
                        + "Check that this is the right file.",
                    line: line))
            return
        }
        scanLines(bytes, from: start, limits: limits)
    }

    /// The offset of the first `byte` at or after `start`; `memchr` keeps 64 MiB scans fast.
    private static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int)
        -> Int?
    {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else {
            return nil
        }
        return UnsafeRawPointer(found) - base
    }

    /// The name of a 16- or 32-bit Unicode encoding if the input looks like one.
    private static func wideEncoding(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 2 else { return nil }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 {
            return "UTF-32"
        }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF {
            return "UTF-32"
        }
        if (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return "UTF-16"
        }
        // Without a byte-order mark, ASCII text in UTF-16 has a NUL in every other byte.
        if (bytes[0] == 0) != (bytes[1] == 0) { return "UTF-16" }
        return nil
    }

    private static func tooLarge(_ count: Int, limit: Int) -> CalendarDiagnostic {
        CalendarDiagnostic(
            .error, .fileTooLarge,
            "The file is \(sizeText(count)), over the \(sizeText(limit)) limit for a calendar, "
                + "so it was not read.")
    }

    /// A byte count for people: `64 MiB`, `20.5 MiB`, `12 KiB`, `900 bytes`.
    static func sizeText(_ count: Int) -> String {
        let mib = 1024.0 * 1024.0
        if Double(count) >= mib {
            let value = Double(count) / mib
            return value == value.rounded()
                ? "\(Int(value)) MiB" : String(format: "%.1f MiB", value)
        }
        if count >= 1024 {
            let value = Double(count) / 1024
            return value == value.rounded()
                ? "\(Int(value)) KiB" : String(format: "%.1f KiB", value)
        }
        return count == 1 ? "1 byte" : "\(count) bytes"
    }

    private mutating func scanLines(
        _ bytes: UnsafeRawBufferPointer, from start: Int, limits: ReaderLimits
    ) {
        var open: [Int] = []
        // About one property line per 32 bytes or fewer, so the array of lines is not copied as
        // it grows (memory reserved but never written is not touched).
        propertyLines.reserveCapacity(bytes.count / 32)
        // And about one block per kilobyte (an event with a few attendees is one or two), so
        // that blocks are seldom moved as they grow.
        blocks.reserveCapacity(bytes.count / 1024 + 8)
        pendingRun = start..<start
        var lineNumber = 0
        var position = start
        let count = bytes.count
        // Whether the last line was a BEGIN or END line (a folded line after one changes its
        // value for libical, not for the scan).
        var afterMarker = false
        while position < count {
            lineNumber += 1
            let lineEnd = Self.find(0x0A, in: bytes, from: position) ?? count
            var contentEnd = lineEnd
            if contentEnd > position, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let next = lineEnd < count ? lineEnd + 1 : count
            defer { position = next }
            if contentEnd - position > limits.maximumLineBytes {
                refuse(
                    CalendarDiagnostic(
                        .error, .lineTooLong,
                        "This line is \(Self.sizeText(contentEnd - position)) long, over the "
                            + "\(Self.sizeText(limits.maximumLineBytes)) limit for one line, "
                            + "so the file was not read.",
                        line: lineNumber))
                return
            }
            guard contentEnd > position else {
                afterMarker = false
                copy(bytes, position..<next, contentEnd: contentEnd)
                continue
            }
            let first = bytes[position]
            // A line starting with a space or tab continues the previous (folded) line.
            if first == 0x20 || first == 0x09 {
                if afterMarker { plainStructure = false }
                copy(bytes, position..<next, contentEnd: contentEnd)
                continue
            }
            afterMarker = false
            let (nameEnd, packed) = Self.name(bytes, position..<contentEnd)
            guard packed == .begin || packed == .end else {
                // A property line: its name is all the survey keeps.
                if let current = open.last {
                    var property = PropertyLine(
                        inline: packed ?? PackedName(), longName: -1, line: lineNumber)
                    if packed == nil {
                        property.longName = Int32(longNames.count)
                        longNames.append(Self.upperASCII(bytes[position..<nameEnd]))
                    }
                    let index = propertyLines.count
                    propertyLines.append(property)
                    let last = blocks[current].lastProperty
                    if last >= 0 {
                        propertyLines[last].next = index
                    } else {
                        blocks[current].firstProperty = index
                    }
                    blocks[current].lastProperty = index
                    blocks[current].propertyCount += 1
                }
                copy(bytes, position..<next, contentEnd: contentEnd)
                continue
            }
            let value = Self.value(bytes, after: nameEnd, in: position..<contentEnd)
            afterMarker = true
            if plainStructure,
                !Self.isPlainMarker(bytes, position..<contentEnd, begin: packed == .begin)
            {
                plainStructure = false
            }
            if packed == .begin {
                let block = blocks.count
                blocks.append(Block(name: value, beginLine: lineNumber, start: position))
                if let parent = open.last {
                    blocks[parent].children.append(block)
                } else {
                    roots.append(block)
                }
                open.append(block)
                if open.count > limits.maximumNestingDepth {
                    refuse(
                        CalendarDiagnostic(
                            .error, .nestingTooDeep,
                            "Components are nested more than \(limits.maximumNestingDepth) "
                                + "levels deep here, so the file was not read. Real calendars "
                                + "nest only a few levels.",
                            line: lineNumber, component: value))
                    return
                }
                copy(bytes, position..<next, contentEnd: contentEnd)
            } else if close(value, line: lineNumber, open: &open, next: next) {
                copy(bytes, position..<next, contentEnd: contentEnd)
            }
        }
        if let innermost = open.last {
            plainStructure = false
            let block = blocks[innermost]
            let missing = open.reversed().map { "END:" + blocks[$0].name }
            diagnostics.append(
                CalendarDiagnostic(
                    .error, .truncated,
                    "The file ends inside the \(block.name) that begins on line "
                        + "\(block.beginLine): \(Self.list(missing)) "
                        + (missing.count == 1 ? "is" : "are")
                        + " missing. The file may have been cut short.",
                    line: lineNumber, component: block.name))
        }
        if roots.isEmpty {
            refuse(
                CalendarDiagnostic(
                    .error, .noCalendar,
                    "No calendar found: the file has no BEGIN:VCALENDAR line. Check that it is "
                        + "an iCalendar (.ics) file."))
            return
        }
        for root in roots where blocks[root].name != "VCALENDAR" {
            plainStructure = false
            diagnostics.append(
                CalendarDiagnostic(
                    .error, .notACalendar,
                    "A \(blocks[root].name) begins outside any calendar; it should be inside "
                        + "BEGIN:VCALENDAR and END:VCALENDAR.",
                    line: blocks[root].beginLine, component: blocks[root].name))
        }
        if parserInput.isEmpty, pendingRun == start..<count {
            unchangedFrom = start
            return
        }
        flushRun(bytes)
        parserInput.append(0)
    }

    /// The longest piece of a physical line handed to libical in one go.
    ///
    /// libical's time grows with the square of a physical line's length (a 1 MiB line takes
    /// half a second, 20 MiB minutes), but not with a folded line's. Folding is invisible to
    /// iCalendar (RFC 5545 3.1: CRLF and one space are removed when reading), so long lines are
    /// folded into pieces of this size before libical sees them.
    static let foldLength = 16 * 1024

    /// Appends a line to the parser's input, folding it if it is long.
    private mutating func copy(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, contentEnd end: Int
    ) {
        guard end - range.lowerBound > Self.foldLength else {
            // Kept as it is: it joins the pending run if it follows it.
            if range.lowerBound != pendingRun.upperBound {
                flushRun(bytes)
                pendingRun = range.lowerBound..<range.lowerBound
            }
            pendingRun = pendingRun.lowerBound..<range.upperBound
            return
        }
        flushRun(bytes)
        pendingRun = range.upperBound..<range.upperBound
        var piece = range.lowerBound
        while end - piece > Self.foldLength {
            parserInput.append(
                contentsOf: UnsafeRawBufferPointer(
                    rebasing: bytes[piece..<(piece + Self.foldLength)]))
            parserInput.append(contentsOf: [0x0D, 0x0A, 0x20])
            piece += Self.foldLength
        }
        parserInput.append(
            contentsOf: UnsafeRawBufferPointer(rebasing: bytes[piece..<range.upperBound]))
    }

    /// Appends the pending run of unchanged lines to the parser's input.
    private mutating func flushRun(_ bytes: UnsafeRawBufferPointer) {
        // Reserved at the first change only: an unchanged input is never copied.
        if parserInput.capacity == 0 { parserInput.reserveCapacity(bytes.count + 1) }
        if !pendingRun.isEmpty {
            // As typed bytes, so that the append is one memcpy rather than a loop over a raw
            // buffer's bytes.
            UnsafeRawBufferPointer(rebasing: bytes[pendingRun]).withMemoryRebound(to: UInt8.self) {
                parserInput.append(contentsOf: $0)
            }
        }
        pendingRun = pendingRun.upperBound..<pendingRun.upperBound
    }

    /// Handles an END line; returns false when it closes nothing and must be left out.
    private mutating func close(
        _ name: String, line: Int, open: inout [Int], next: Int
    ) -> Bool {
        guard let current = open.last else {
            plainStructure = false
            diagnostics.append(
                CalendarDiagnostic(
                    .error, .endWithoutBegin,
                    "END:\(name) has no BEGIN:\(name) before it, so the line was ignored.",
                    line: line, component: name))
            return false
        }
        if blocks[current].name == name {
            blocks[current].end = next
            open.removeLast()
            return true
        }
        plainStructure = false
        if let match = open.lastIndex(where: { blocks[$0].name == name }) {
            // An outer block is closed while inner ones are still open: each inner one lacks
            // its END. libical closes them the same way.
            for unclosed in open[(match + 1)...].reversed() {
                let block = blocks[unclosed]
                diagnostics.append(
                    CalendarDiagnostic(
                        .error, .missingEnd,
                        "The \(block.name) that begins on line \(block.beginLine) is never "
                            + "closed: END:\(block.name) is missing before this END:\(name).",
                        line: line, component: block.name))
            }
            open.removeSubrange(match...)
            return true
        }
        let block = blocks[current]
        diagnostics.append(
            CalendarDiagnostic(
                .error, .wrongEnd,
                "END:\(name) closes the \(block.name) that begins on line \(block.beginLine); "
                    + "it should be END:\(block.name).",
                line: line, component: block.name))
        open.removeLast()
        return true
    }

    /// Where the name before the first `;` or `:` ends (looking at most `nameScanLimit` bytes),
    /// and the name packed with ASCII letters upper-cased: `PackedName(_:upperCasing: true)` of
    /// it (nil when longer than 16 bytes or not ASCII), made in the same pass over the bytes.
    private static func name(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>)
        -> (end: Int, packed: PackedName?)
    {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            return (range.lowerBound, nil)
        }
        let start = range.lowerBound
        let limit = min(range.upperBound, start + nameScanLimit)
        if limit - start >= 16, let found = wordName(UnsafeRawPointer(base + start)) {
            return (start + found.count, found.packed)
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var all: UInt8 = 0
        var index = start
        while index < limit {
            let byte = base[index]
            if byte == 0x3A || byte == 0x3B { break }
            all |= byte
            let offset = index &- start
            // Lower-case ASCII letters (0x61 to 0x7A) lose 0x20.
            let stored = byte &- 0x61 < 26 ? byte &- 0x20 : byte
            if offset < 8 {
                low |= UInt64(stored) &<< UInt64(offset &* 8)
            } else if offset < 16 {
                high |= UInt64(stored) &<< UInt64((offset &- 8) &* 8)
            }
            index &+= 1
        }
        let count = index &- start
        guard count <= 16, all < 0x80 else { return (index, nil) }
        return (index, PackedName(low: low, high: high, count: UInt8(count)))
    }

    /// `name(_:_:)` for a name that ends within the 16 bytes at `start` (all of them on the same
    /// line), eight bytes at a time: the name's length and packed form, or nil when no `:` or
    /// `;` is among the 16 bytes (the byte loop then decides).
    static func wordName(_ start: UnsafeRawPointer) -> (count: Int, packed: PackedName?)? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Bytes 0x3A and 0x3B (`:` and `;`) become zero: the lowest zero byte marks the name's
        // end (the usual test for a zero byte is exact up to the first one).
        func separator(_ word: UInt64) -> Int? {
            let probe = (word | ones) ^ (0x3B * ones)
            let zeros = (probe &- ones) & ~probe & highs
            return zeros == 0 ? nil : zeros.trailingZeroBitCount / 8
        }
        // Lower-case ASCII letters lose 0x20; other bytes are kept.
        func upper(_ word: UInt64) -> UInt64 {
            let seven = word & ~highs
            let fromA = seven &+ ((0x80 - 0x61) * ones)
            let pastZ = seven &+ ((0x80 - 0x7B) * ones)
            let lower = fromA & ~pastZ & ~word & highs
            return word ^ (lower >> 2)
        }
        // The bytes before `count`, the rest zero.
        func prefix(_ word: UInt64, _ count: Int) -> UInt64 {
            count == 0 ? 0 : word & (UInt64.max >> UInt64(64 - 8 * count))
        }
        let first = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
        if let end = separator(first) {
            let name = prefix(first, end)
            return (end, name & highs == 0 ? PackedName(low: upper(name), count: UInt8(end)) : nil)
        }
        let second = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        guard let end = separator(second) else { return nil }
        let name = prefix(second, end)
        guard (first | name) & highs == 0 else { return (8 + end, nil) }
        return (8 + end, PackedName(low: upper(first), high: upper(name), count: UInt8(8 + end)))
    }

    /// The upper-cased value of a BEGIN or END line whose name ends at `nameEnd`.
    private static func value(
        _ bytes: UnsafeRawBufferPointer, after nameEnd: Int, in range: Range<Int>
    ) -> String {
        guard nameEnd < range.upperBound else { return "" }
        let valueEnd = min(range.upperBound, nameEnd + 1 + nameScanLimit)
        let value = upperASCII(bytes[(nameEnd + 1)..<valueEnd])
        // Foundation's trimming only when there may be something to trim.
        guard let first = value.utf8.first, let last = value.utf8.last,
            (0x21...0x7E).contains(first), (0x21...0x7E).contains(last)
        else { return value.trimmingCharacters(in: .whitespaces) }
        return value
    }

    /// The bytes with ASCII letters in upper case, as UTF-8 text (invalid bytes repaired).
    ///
    /// Written straight into the string's storage: this runs for every line of the file, and
    /// names of up to 15 bytes then need no allocation at all.
    private static func upperASCII(_ slice: Slice<UnsafeRawBufferPointer>) -> String {
        String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() {
                buffer[offset] = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
            }
            return slice.count
        }
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
