internal import Foundation

// Footnote markers and spacing in a quotation's context.
extension ExcerptExtractor {
    /// `text` without footnote markers (`[^1]`, `[12]`, superscript digits), and their keys.
    static func removingMarkers(_ text: String) -> (String, [String]) {
        var keys: [String] = []
        var result = text
        // Most sentences have no bracket, and building and running the expression is slow
        // enough to matter when an article has thousands of quotations.
        if text.unicodeScalars.contains("[") {
            // A key never holds "[": each "[^" then looks only as far as the next bracket,
            // where a quotation of "[^a [^a ..." made every one of them scan to its end.
            let marker = #/\[\^([^\[\]]+)\]|\[(\d{1,3})\]/#
            for match in text.matches(of: marker) {
                keys.append(String(match.1 ?? match.2 ?? ""))
            }
            result = result.replacing(marker, with: "")
        }
        let superscripts = superscriptValues
        // Looking every character up costs more than the rest of this function.
        guard result.unicodeScalars.contains(where: { isSuperscriptDigit($0.value) })
        else {
            return (collapsingSpaces(result), keys)
        }
        var plain = ""
        var digits = ""
        for character in result {
            if let digit = superscripts[character] {
                digits.append(digit)
                continue
            }
            if !digits.isEmpty { keys.append(digits) }
            digits = ""
            plain.append(character)
        }
        if !digits.isEmpty { keys.append(digits) }
        return (collapsingSpaces(plain), keys)
    }

    /// Runs of spaces as one, and no space before a comma.
    static func collapsingSpaces(_ text: String) -> String {
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
        guard collapsed.unicodeScalars.contains(",") else { return collapsed }
        return collapsed.replacingOccurrences(of: " ,", with: ",")
    }

    static let superscriptValues: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7",
        "⁸": "8", "⁹": "9",
    ]

    /// True for the scalars of ``superscriptValues``: ⁰ and ⁴-⁹, then ¹, ² and ³ from Latin-1.
    static func isSuperscriptDigit(_ value: UInt32) -> Bool {
        value == 0x2070 || (0x2074...0x2079).contains(value) || value == 0xB9 || value == 0xB2
            || value == 0xB3
    }

    /// True for ⁰ to ⁹ (one scalar each), without hashing the character.
    static func isSuperscriptDigit(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return isSuperscriptDigit(value)
    }
}
