/// The regular date rule of a programme: the nth weekday of every month (or every few months).
///
/// The scheduler expands it through RoundsICS using ``rrule``; ``date(inYear:month:)`` gives
/// the same answer for one month without any calendar library.
public struct Cadence: Sendable, Hashable, Codable {
    /// Which occurrence in the month: 1 to 4, or -1 for the last.
    public var ordinal: Int
    /// The weekday.
    public var weekday: Weekday
    /// Wall-clock start time in the programme's zone.
    public var startTime: LocalTime
    /// Months between Rounds: 1 for monthly.
    public var intervalMonths: Int

    /// A cadence; throws ``RoundsCoreError/invalidCadence(ordinal:intervalMonths:)`` when the
    /// ordinal is not 1...4 or -1, or the interval is not 1...12.
    public init(
        ordinal: Int, weekday: Weekday, startTime: LocalTime, intervalMonths: Int = 1
    ) throws(RoundsCoreError) {
        guard Cadence.validOrdinals.contains(ordinal), (1...12).contains(intervalMonths) else {
            throw .invalidCadence(ordinal: ordinal, intervalMonths: intervalMonths)
        }
        self.ordinal = ordinal
        self.weekday = weekday
        self.startTime = startTime
        self.intervalMonths = intervalMonths
    }

    /// Ordinals a cadence accepts.
    public static let validOrdinals: Set<Int> = [1, 2, 3, 4, -1]

    /// The recurrence rule for RoundsICS, such as `FREQ=MONTHLY;BYDAY=2TU`.
    public var rrule: String {
        let interval = intervalMonths > 1 ? ";INTERVAL=\(intervalMonths)" : ""
        return "FREQ=MONTHLY\(interval);BYDAY=\(ordinal)\(weekday.icalCode)"
    }

    /// The cadence's date in the given month (ignoring the interval).
    public func date(inYear year: Int, month: Int) -> LocalDate? {
        guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
        if ordinal > 0 {
            let offset = (weekday.isoNumber - first.weekday.isoNumber + 7) % 7
            let date = first.adding(days: offset + 7 * (ordinal - 1))
            return date.month == month ? date : nil
        }
        let last = first.adding(days: LocalDate.daysIn(month: month, year: year) - 1)
        return last.adding(days: -((last.weekday.isoNumber - weekday.isoNumber + 7) % 7))
    }

    /// Plain English, such as `the second Tuesday of every month at 12:00`.
    public var displayText: String {
        let ordinalWord =
            switch ordinal {
            case 1: "first"
            case 2: "second"
            case 3: "third"
            case 4: "fourth"
            default: "last"
            }
        let every = intervalMonths == 1 ? "every month" : "every \(intervalMonths) months"
        return "the \(ordinalWord) \(weekday.displayName) of \(every) at \(startTime)"
    }

    private enum CodingKeys: String, CodingKey { case ordinal, weekday, startTime, intervalMonths }

    /// Decodes a cadence, checking the ordinal and interval; the interval defaults to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let ordinal = try container.decode(Int.self, forKey: .ordinal)
        let weekday = try container.decode(Weekday.self, forKey: .weekday)
        let startTime = try container.decode(LocalTime.self, forKey: .startTime)
        let interval = try container.decodeIfPresent(Int.self, forKey: .intervalMonths) ?? 1
        do {
            try self.init(
                ordinal: ordinal, weekday: weekday, startTime: startTime,
                intervalMonths: interval)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.description,
                    underlyingError: error))
        }
    }
}
