/// What the planner does when a cadence date falls on a holiday or blackout.
public enum LostDatePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Move to the same weekday a week later, if that is still in the same month; else skip.
    case sameWeekdayNextWeekWithinMonth = "same-weekday-next-week"
    /// Hold no Round that month.
    case skipMonth = "skip-month"
}
