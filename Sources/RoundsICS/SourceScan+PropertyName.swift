internal import Foundation

extension SourceScan {
    /// A property line: its name (ASCII letters in upper case) and its 1-based line number.
    ///
    /// Holds no reference, so that the survey allocates nothing per line and all lines are freed
    /// in one go: a name of up to 16 ASCII bytes is kept inline, a longer or non-ASCII one in the
    /// scan's `longNames` (see `PropertyLocator.name(at:)`).
    struct PropertyLine {
        /// The name, when `longName` is negative.
        var inline: PackedName
        /// The index of the name in `longNames`, or -1.
        var longName: Int32
        var line: Int
        /// The index in `propertyLines` of the next line of the same block, or -1.
        var next = -1
    }

    /// Up to 16 ASCII bytes packed into two words, compared as integers.
    struct PackedName: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt8 = 0

        /// `BEGIN` and `END`, spelt out byte by byte (least significant first) so that the
        /// survey compares every line with constants rather than with lazily made statics.
        static var begin: PackedName { PackedName(low: 0x4E_49_47_45_42, count: 5) }
        static var end: PackedName { PackedName(low: 0x44_4E_45, count: 3) }

        init() {}

        /// The packed words as they are: byte `i` of the name in bits `8 * i` onwards.
        init(low: UInt64, high: UInt64 = 0, count: UInt8) {
            self.low = low
            self.high = high
            self.count = count
        }

        /// The bytes, with ASCII letters upper-cased when `upperCasing`; nil when there are
        /// more than 16 or one is not ASCII.
        init?(_ bytes: UnsafeRawBufferPointer, upperCasing: Bool) {
            guard bytes.count <= 16 else { return nil }
            var shift: UInt64 = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let stored = upperCasing && (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
                if shift < 64 {
                    low |= UInt64(stored) << shift
                } else {
                    high |= UInt64(stored) << (shift - 64)
                }
                shift += 8
                count += 1
            }
        }

        /// `text` as it is, when it is ASCII of at most 16 bytes.
        init?(text: String) {
            var text = text
            guard text.utf8.count <= 16,
                let packed = text.withUTF8({
                    PackedName(UnsafeRawBufferPointer($0), upperCasing: false)
                })
            else { return nil }
            self = packed
        }

        /// The name as text.
        var text: String {
            withUnsafeBytes(of: (low, high)) { bytes in
                String(decoding: bytes.prefix(Int(count)), as: UTF8.self)
            }
        }
    }
}
