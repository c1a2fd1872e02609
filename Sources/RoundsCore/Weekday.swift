/// A day of the week, numbered as ISO 8601 does (Monday is 1).
public enum Weekday: String, Sendable, Hashable, Codable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The weekday with ISO number 1 (Monday) to 7 (Sunday).
    public init?(isoNumber: Int) {
        guard (1...7).contains(isoNumber) else { return nil }
        self = Weekday.allCases[isoNumber - 1]
    }

    /// Parses a name or abbreviation in any case: `Tuesday`, `tue`, `TU`.
    public init?(name: String) {
        let key = name.trimmedWhitespace.lowercased()
        guard key.count >= 2,
            let match = Weekday.allCases.first(where: { $0.rawValue.hasPrefix(key) })
        else { return nil }
        self = match
    }

    /// ISO number, 1 (Monday) to 7 (Sunday).
    public var isoNumber: Int { (Weekday.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The two-letter code iCalendar uses in BYDAY (`MO` ... `SU`).
    public var icalCode: String { String(rawValue.prefix(2)).uppercased() }

    /// The English name with a capital, such as `Tuesday`.
    public var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
