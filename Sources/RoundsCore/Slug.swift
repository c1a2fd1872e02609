/// Stable keys for venues, themes and excerpts: lower-case letters, digits and single hyphens.
public enum Slug {
    /// True for text such as `patient-never-forget`: a-z, 0-9 and hyphens, not at either end
    /// and never two together; 1 to 64 characters.
    public static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.count), !text.hasPrefix("-"), !text.hasSuffix("-"),
            !text.contains("--")
        else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// A slug made from a title: `A patient I'll never forget` gives
    /// `a-patient-ill-never-forget`. Apostrophes vanish; other runs of punctuation and spaces
    /// become one hyphen; letters outside ASCII are dropped. Empty when nothing is left.
    public static func make(from title: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in title.lowercased() {
            if character == "'" || character == "\u{2019}" { continue }
            if character.isASCII, character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return String(slug.prefix(64)).trimmingHyphens
    }
}

extension String {
    fileprivate var trimmingHyphens: String {
        var text = Substring(self)
        while text.hasSuffix("-") { text = text.dropLast() }
        return String(text)
    }
}
