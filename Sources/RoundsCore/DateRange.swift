/// An inclusive range of dates; a single day has the same start and end.
public struct DateRange: Sendable, Hashable, Codable {
    /// The first day.
    public let start: LocalDate
    /// The last day (inclusive).
    public let end: LocalDate

    /// A range from `start` to `end` inclusive; throws
    /// ``RoundsCoreError/invalidDateRange(start:end:)`` when `end` is before `start`.
    public init(start: LocalDate, end: LocalDate) throws(RoundsCoreError) {
        guard start <= end else { throw .invalidDateRange(start: start, end: end) }
        self.start = start
        self.end = end
    }

    /// The single day `date`.
    public init(day date: LocalDate) {
        self.start = date
        self.end = date
    }

    /// Parses `2027-08-02` (one day) or `2027-08-02..2027-08-13` (inclusive); throws
    /// ``RoundsCoreError/invalidDate(_:)`` or ``RoundsCoreError/invalidDateRange(start:end:)``.
    public init(parsing text: String) throws(RoundsCoreError) {
        let trimmed = text.trimmedWhitespace
        guard let separator = trimmed.firstRange(of: "..") else {
            self.init(day: try LocalDate(parsing: trimmed))
            return
        }
        try self.init(
            start: try LocalDate(parsing: String(trimmed[..<separator.lowerBound])),
            end: try LocalDate(parsing: String(trimmed[separator.upperBound...])))
    }

    /// True when `date` falls within the range.
    public func contains(_ date: LocalDate) -> Bool { start <= date && date <= end }

    /// True when the two ranges share at least one day.
    public func overlaps(_ other: DateRange) -> Bool { start <= other.end && other.start <= end }

    /// Number of days in the range (1 for a single day).
    public var dayCount: Int { start.days(to: end) + 1 }

    /// Every date in the range, in order.
    public var dates: [LocalDate] { (0..<dayCount).map { start.adding(days: $0) } }

    private enum CodingKeys: String, CodingKey { case start, end }

    /// Decodes `start` and `end`, refusing an end before the start.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(LocalDate.self, forKey: .start)
        let end = try container.decode(LocalDate.self, forKey: .end)
        do {
            try self.init(start: start, end: end)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.description,
                    underlyingError: error))
        }
    }
}

extension DateRange: CustomStringConvertible {
    /// `2027-08-02` for one day, `2027-08-02..2027-08-13` for several.
    public var description: String { start == end ? "\(start)" : "\(start)..\(end)" }

    /// `2 Aug 2027` or `2 Aug 2027 to 13 Aug 2027`, for messages.
    public var displayText: String {
        start == end ? start.displayText : "\(start.displayText) to \(end.displayText)"
    }
}
