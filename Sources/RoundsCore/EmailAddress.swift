/// An email address, the identity of a person in Rounds.
///
/// Stored normalised: surrounding whitespace removed and lower-cased, so `Ana.Price@Trust.org `
/// and `ana.price@trust.org` are the same person. Validation is deliberately plain (one `@`, a
/// dotted domain, no spaces) because the aim is to catch typing slips, not to police RFC 5322.
public struct EmailAddress: Sendable, Hashable, Comparable {
    /// The normalised address, such as `ana.price@northbrook.nhs.uk`.
    public let value: String

    /// Normalises and checks `text`; throws ``RoundsCoreError/invalidEmail(_:)``.
    public init(_ text: String) throws(RoundsCoreError) {
        let normalised = text.trimmedWhitespace.lowercased()
        guard EmailAddress.isPlausible(normalised) else {
            throw .invalidEmail(text.trimmedWhitespace)
        }
        self.value = normalised
    }

    /// The part before the `@`.
    public var localPart: Substring { value.prefix { $0 != "@" } }

    /// The part after the `@`.
    public var domain: Substring { value.drop { $0 != "@" }.dropFirst() }

    /// Earlier (or smaller) first.
    public static func < (lhs: EmailAddress, rhs: EmailAddress) -> Bool { lhs.value < rhs.value }

    private static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2 else { return false }
        let local = parts[0]
        let domain = parts[1]
        let forbidden: Set<Character> = ["<", ">", "(", ")", ",", ";", ":", "\"", "[", "]", "\\"]
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains(".."),
            local.allSatisfy({ !$0.isWhitespace && !forbidden.contains($0) && !isControl($0) })
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}

extension EmailAddress: CustomStringConvertible {
    /// The normalised address.
    public var description: String { value }
}

extension EmailAddress: TextCodable {}
