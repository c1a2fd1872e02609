import RoundsCore

extension BusyInterval {
    /// "busy 12:00-13:00" on `day`, with dates when the interval spans other days.
    func phrase(on day: LocalDate) -> String {
        if start.date == day && end.date == day {
            return "busy \(start.time)-\(end.time)"
        }
        return "busy \(start.date.displayText) \(start.time) to \(end.date.displayText) \(end.time)"
    }
}
