/// What one planning run changed, as sentences grouped the way `rounds plan` prints them.
public struct PlanReport: Sendable, Hashable {
    /// Rounds created by this run.
    public var created: [String] = []
    /// Open Rounds whose date moved, or that lost their month.
    public var moved: [String] = []
    /// Facilitator changes on existing Rounds.
    public var facilitatorChanges: [String] = []
    /// Themes given or changed.
    public var themes: [String] = []
    /// Prep meetings scheduled or moved.
    public var prepMeetings: [String] = []
    /// Dates lost to holidays, blackouts and exclusions, with what was done instead.
    public var dateNotices: [String] = []
    /// Unstaffed Rounds with the per-person explanation.
    public var unstaffed: [String] = []
    /// Rounds without a theme, and problems with Rounds planning may not change.
    public var warnings: [String] = []

    /// An empty report.
    public init() {}

    /// True when the run changed nothing in the store.
    public var changedNothing: Bool {
        created.isEmpty && moved.isEmpty && facilitatorChanges.isEmpty && themes.isEmpty
            && prepMeetings.isEmpty
    }
}
