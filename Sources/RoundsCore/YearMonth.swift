/// A calendar month, such as 2027-03, as given to `rounds plan --from`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// A month, or nil when `month` is not 1 to 12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a date falls in.
    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// Parses `YYYY-MM`, or nil when the text is not a real month in that form.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate.known(year, month, 1) }

    /// The last day of the month.
    public var lastDay: LocalDate {
        LocalDate.known(year, month, LocalDate.daysIn(month: month, year: year))
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth {
        YearMonth(firstDay.adding(months: count))
    }

    /// A running month count for differences between months.
    public var index: Int { year * 12 + month - 1 }

    /// `2027-03`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    /// "March 2027".
    public var displayText: String { "\(YearMonth.names[month - 1]) \(year)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    private static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
}

extension LocalDate {
    /// A date of a month known to be valid; the fallback only guards against misuse.
    fileprivate static func known(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }
}
