import RoundsCore
import Testing

@Suite("Dates and times in the reader's convention")
struct DateWriterTests {
    private let day = LocalDate(year: 2027, month: 2, day: 9) ?? LocalDate(dayNumber: 0)
    private let september = LocalDate(year: 2027, month: 9, day: 14) ?? LocalDate(dayNumber: 0)
    private let noon = LocalTime(hour: 12, minute: 0) ?? LocalTime(minutesSinceMidnight: 0)
    private let one = LocalTime(hour: 13, minute: 0) ?? LocalTime(minutesSinceMidnight: 0)

    @Test func unitedStatesEnglish() {
        let writer = DateWriter(locale: "en-US")
        #expect(writer.long(day) == "Tuesday, February 9, 2027")
        #expect(writer.short(day) == "Feb 9, 2027")
        #expect(writer.shortWithWeekday(day) == "Tue, Feb 9, 2027")
        #expect(writer.time(one) == "1:00 PM")
        #expect(writer.timeRange(noon, one) == "12:00 PM - 1:00 PM")
    }

    /// en-GB keeps the house forms byte for byte (ICU would write "Sept" and a comma).
    @Test func britishEnglishIsTheHouseForm() {
        let writer = DateWriter.british
        #expect(writer.long(day) == "Tuesday 9 February 2027")
        #expect(writer.short(september) == "14 Sep 2027")
        #expect(writer.shortWithWeekday(september) == "Tue 14 Sep 2027")
        #expect(writer.timeRange(noon, one) == "12:00 to 13:00")
        #expect(DateWriter(locale: "en_GB").isBritish)
    }

    @Test func otherLocalesComeFromICU() {
        #expect(DateWriter(locale: "en-IE").long(day) == "Tuesday 9 February 2027")
        #expect(DateWriter(locale: "en-IE").time(one) == "13:00")
        #expect(DateWriter(locale: "fr-FR").long(day) == "mardi 9 février 2027")
        #expect(DateWriter(locale: "de-DE").timeRange(noon, one) == "12:00 - 13:00")
    }

    @Test func compactSpansForLists() throws {
        let start = try LocalDateTime(parsing: "2026-10-13T12:00")
        let end = try LocalDateTime(parsing: "2026-10-13T13:00")
        let overnight = try LocalDateTime(parsing: "2026-10-14T09:00")
        #expect(DateWriter.british.compactSpan(start, end) == "Tue 13 Oct 2026 12:00-13:00")
        #expect(
            DateWriter.british.compactSpan(start, overnight)
                == "Tue 13 Oct 2026 12:00-2026-10-14T09:00")
        let american = DateWriter(locale: "en-US")
        #expect(american.compactSpan(start, end) == "Tue, Oct 13, 2026 12:00 PM - 1:00 PM")
        #expect(
            american.compactSpan(start, overnight)
                == "Tue, Oct 13, 2026 12:00 PM - Wed, Oct 14, 2026 9:00 AM")
    }
}
