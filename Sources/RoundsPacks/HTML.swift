/// HTML escaping for the few strings written outside Mustache templates (the QR code's SVG).
package enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped for element content and attributes.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
