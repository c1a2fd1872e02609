internal import CLibical

extension TimeZones {
    /// libical's UTC time for `instant`: the same value as
    /// `icaltime_from_timet_with_zone(instant, 0, utcZone)`, computed by calendar arithmetic
    /// rather than through glibc's `gmtime_r`, which that call makes and which cost the writer
    /// more than the zone's own offset look-up (two or three conversions for every time it
    /// checks). Checked against libical's call over years 1 to 9999 by `TimeZonesUTCTests`.
    static func utcTime(_ instant: time_t) -> icaltimetype {
        let seconds = Int64(instant)
        // Days since 1970-01-01 and the second of that day, both rounded towards the past.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // The proleptic Gregorian date of a day number, in eras of 400 years starting on
        // 1 March (Howard Hinnant's `civil_from_days`; the same arithmetic as RoundsCore's
        // `LocalDate(dayNumber:)`, which RoundsICS may not import, docs/design.md "Modules").
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        var time = icaltime_null_time()
        time.year = Int32(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        time.month = Int32(month)
        time.day = Int32(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
        time.hour = Int32(secondOfDay / 3_600)
        time.minute = Int32(secondOfDay % 3_600 / 60)
        time.second = Int32(secondOfDay % 60)
        time.zone = utcZone
        return time
    }
}
