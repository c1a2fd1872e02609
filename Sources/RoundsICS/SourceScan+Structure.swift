extension SourceScan {
    /// The longest component name a plain BEGIN or END line may have.
    static let plainNameLimit = 64

    /// Whether a BEGIN or END line (without its line ending) is written as libical and the scan
    /// both read it the same way: `BEGIN:` or `END:` in capitals, then a name of capitals,
    /// digits and hyphens, and nothing else (no parameters, no spaces, no lower case).
    static func isPlainMarker(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, begin: Bool
    ) -> Bool {
        let marker: StaticString = begin ? "BEGIN:" : "END:"
        let markerCount = marker.utf8CodeUnitCount
        let nameCount = range.count - markerCount
        guard nameCount > 0, nameCount <= plainNameLimit else { return false }
        let markerBytes = UnsafeBufferPointer(start: marker.utf8Start, count: markerCount)
        for (offset, byte) in markerBytes.enumerated()
        where bytes[range.lowerBound + offset] != byte {
            return false
        }
        for index in (range.lowerBound + markerCount)..<range.upperBound {
            let byte = bytes[index]
            let plain =
                (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
            if !plain { return false }
        }
        return true
    }
}
