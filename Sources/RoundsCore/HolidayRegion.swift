/// Where a programme's public holidays come from: a region with built-in rules (the three UK
/// nations, Ireland, the United States) or a name given to an imported holiday calendar.
///
/// ``builtIn`` is the one list of regions with rules; the scheduler, the programme file and
/// the judges' input all follow it. Codes are written as `GB-EAW`, `GB-SCT`, `GB-NIR`, `IE`
/// and `US`; the older UK nation names (`england-and-wales` ...) are read as their codes.
public struct HolidayRegion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The region's code (`GB-EAW`, `US` ...) or the name it was imported under.
    public let code: String

    private init(known code: String) { self.code = code }

    /// England and Wales.
    public static let englandAndWales = HolidayRegion(known: "GB-EAW")
    /// Scotland.
    public static let scotland = HolidayRegion(known: "GB-SCT")
    /// Northern Ireland.
    public static let northernIreland = HolidayRegion(known: "GB-NIR")
    /// The Republic of Ireland.
    public static let ireland = HolidayRegion(known: "IE")
    /// The United States (federal holidays).
    public static let unitedStates = HolidayRegion(known: "US")

    /// Every region with built-in rules, in the order people see them listed.
    public static let builtIn: [HolidayRegion] = [
        .englandAndWales, .scotland, .northernIreland, .ireland, .unitedStates,
    ]

    /// Longest name an imported region may have.
    public static let maximumNameLength = 40

    /// The region a code or name stands for, or nil when `text` cannot name a region.
    ///
    /// Built-in codes and the UK nation names are matched without regard to case; any other
    /// name of letters, digits, `-` and `_` (at most ``maximumNameLength``) names an imported
    /// region, kept as written; `GB` and `UK` are refused as ambiguous.
    public init?(_ text: String) {
        if let region = Self.builtIn.first(where: {
            $0.code.lowercased() == text.lowercased() || $0.slug == text.lowercased()
        }) {
            self = region
            return
        }
        if let nation = Nation(rawValue: text.lowercased()) {
            self.init(nation)
            return
        }
        // "GB" and "UK" name no one list (Scotland and Northern Ireland differ): refused, so
        // that the error lists the codes instead of planning with no holidays at all.
        guard !["gb", "uk"].contains(text.lowercased()), !text.isEmpty,
            text.count <= Self.maximumNameLength,
            text.unicodeScalars.allSatisfy({
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
                    || $0 == "-" || $0 == "_"
            })
        else { return nil }
        self.init(known: text)
    }

    /// The region of a UK nation.
    public init(_ nation: Nation) {
        switch nation {
        case .englandAndWales: self = .englandAndWales
        case .scotland: self = .scotland
        case .northernIreland: self = .northernIreland
        }
    }

    /// The UK nation this region is, if it is one.
    public var nation: Nation? {
        switch self {
        case .englandAndWales: .englandAndWales
        case .scotland: .scotland
        case .northernIreland: .northernIreland
        default: nil
        }
    }

    /// True for the regions whose holidays the scheduler computes from rules.
    public var hasRules: Bool { Self.builtIn.contains(self) }

    /// A lowercase name for files: the UK nation's name, `ireland`, `united-states`, or the
    /// imported name in lowercase.
    public var slug: String {
        if let nation { return nation.rawValue }
        switch code {
        case "IE": return "ireland"
        case "US": return "united-states"
        default: return code.lowercased()
        }
    }

    /// The name for people, such as `England and Wales` or `United States`.
    public var displayName: String {
        if let nation { return nation.displayName }
        switch code {
        case "IE": return "Ireland"
        case "US": return "United States"
        default: return code
        }
    }

    /// What people there call a day off of this list: `bank holiday` in the UK, `public
    /// holiday` in Ireland, `federal holiday` in the United States, `holiday` elsewhere.
    public var holidayNoun: String {
        if nation != nil { return "bank holiday" }
        switch code {
        case "IE": return "public holiday"
        case "US": return "federal holiday"
        default: return "holiday"
        }
    }

    /// The code.
    public var description: String { code }

    /// Orders by code.
    public static func < (lhs: HolidayRegion, rhs: HolidayRegion) -> Bool {
        lhs.code < rhs.code
    }
}

extension HolidayRegion: Codable {
    /// Reads a code, a UK nation name or an imported region's name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let region = HolidayRegion(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(text) is not a holiday region")
        }
        self = region
    }

    /// Writes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
