/// The sheet size printed packs, reports and certificates are laid out for.
public enum PaperSize: String, Sendable, Hashable, Codable, CaseIterable {
    /// ISO A4, 210 x 297 mm.
    case a4
    /// US Letter, 8.5 x 11 inches.
    case letter

    /// The size a locale prints on when the programme does not say: Letter for the United
    /// States (a BCP 47 tag with the region `US`, such as `en-US`), A4 everywhere else.
    public static func `default`(forLocale tag: String) -> PaperSize {
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).dropFirst()
        return subtags.contains { $0.uppercased() == "US" && $0.count == 2 } ? .letter : .a4
    }

    /// The CSS `@page` size keyword: `A4` or `letter`.
    public var cssName: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }

    /// The sheet's width and height in PostScript points (1/72 inch).
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595.28, 841.89)
        case .letter: (612, 792)
        }
    }
}
