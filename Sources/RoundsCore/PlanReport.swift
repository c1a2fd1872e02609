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
    /// The rota's scores, nil when nothing was planned.
    public var rotaCost: RotaCost?
    /// Lower bounds on those scores.
    public var rotaBound: RotaBound?
    /// Every facilitator's fair share over the horizon and the window.
    public var fairShares: [FairShare] = []

    /// An empty report.
    public init() {}

    /// True when the run changed nothing in the store.
    public var changedNothing: Bool {
        created.isEmpty && moved.isEmpty && facilitatorChanges.isEmpty && themes.isEmpty
            && prepMeetings.isEmpty
    }
}

extension PlanReport {
    /// What changed, as `rounds plan` groups it: each heading (without its count) with its
    /// sentences, empty sections left out; unstaffed Rounds and warnings come last, even when
    /// nothing changed.
    public var sections: [(title: String, items: [String])] {
        var sections: [(title: String, items: [String])] = []
        if !changedNothing {
            sections += [
                ("New Rounds", created), ("Moved or lost", moved),
                ("Facilitator changes", facilitatorChanges), ("Themes given", themes),
                ("Prep meetings scheduled", prepMeetings),
                ("Dates lost to holidays and blackouts", dateNotices),
            ]
        }
        sections += [("Unstaffed", unstaffed), ("Warnings", warnings)]
        return sections.filter { !$0.items.isEmpty }
    }

    /// The rota's verdict line, `Rota: proven optimal.`, or nil when nothing was planned.
    public var rotaLine: String? {
        guard let cost = rotaCost, let bound = rotaBound else { return nil }
        return "Rota: \(RotaOptimality(cost: cost, bound: bound).summary)."
    }
}
