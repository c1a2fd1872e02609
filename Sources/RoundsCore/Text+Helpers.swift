// Small text helpers so the core needs no Foundation for parsing.

extension StringProtocol {
    /// The text without leading and trailing whitespace or newlines.
    var trimmedWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}

extension Int {
    /// Parses ASCII digits only (no sign, no spaces), so "+1" or " 1" are refused.
    static func decimal(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return Int(text)
    }

    /// The number in decimal with leading zeros up to `width` digits.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(self.magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (self < 0 ? "-" : "") + padding + digits
    }
}
