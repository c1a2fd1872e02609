import RoundsCore
import RoundsScheduling

/// Small builders shared by the scheduling tests; they fail loudly on a typo.
enum Fixture {
    static func date(_ text: String) -> LocalDate {
        guard let date = try? LocalDate(parsing: text) else {
            fatalError("bad test date \(text)")
        }
        return date
    }

    static func dateTime(_ text: String) -> LocalDateTime {
        guard let value = try? LocalDateTime(parsing: text) else {
            fatalError("bad test date-time \(text)")
        }
        return value
    }

    static func email(_ text: String) -> EmailAddress {
        guard let address = try? EmailAddress(text) else { fatalError("bad test email \(text)") }
        return address
    }

    static func month(_ text: String) -> YearMonth {
        guard let month = YearMonth(parsing: text) else { fatalError("bad test month \(text)") }
        return month
    }

    static func roundID(_ number: Int) -> RoundID {
        guard let id = RoundID(number: number) else { fatalError("bad test id \(number)") }
        return id
    }

    static func programme(
        region: HolidayRegion = .englandAndWales, ordinal: Int = 2, weekday: Weekday = .tuesday,
        hour: Int = 12, minute: Int = 30, interval: Int = 1,
        policy: LostDatePolicy = .sameWeekdayNextWeekWithinMonth, blackouts: [Blackout] = [],
        perQuarter: Int = 2, clinicalPairing: Bool = false
    ) -> Programme {
        guard let time = LocalTime(hour: hour, minute: minute),
            let cadence = try? Cadence(
                ordinal: ordinal, weekday: weekday, startTime: time, intervalMonths: interval)
        else { fatalError("bad test cadence") }
        return Programme(
            organisation: "Test Trust", domain: "rounds.example.org", timeZone: "Europe/London",
            holidayRegion: region, venues: [], cadence: cadence, blackouts: blackouts,
            lostDatePolicy: policy, maxRoundsPerFacilitatorPerQuarter: perQuarter,
            requiresClinicalPairing: clinicalPairing,
            organiser: email("admin@example.org"))
    }
}
