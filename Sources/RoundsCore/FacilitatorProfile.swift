/// A facilitator's training: where they are and since when.
public struct FacilitatorProfile: Sendable, Hashable, Codable {
    /// Trainee, trained or accredited.
    public var training: TrainingStatus
    /// When they reached that status; nil when not recorded.
    public var since: LocalDate?

    /// A profile.
    public init(training: TrainingStatus, since: LocalDate? = nil) {
        self.training = training
        self.since = since
    }
}

/// How far a facilitator has got with training.
public enum TrainingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not yet through the two-day training; co-facilitates with a trained colleague.
    case trainee
    /// Has completed the two-day training.
    case trained
    /// Trained and has run at least three Rounds.
    case accredited

    /// True for trained and accredited facilitators.
    public var isTrained: Bool { self != .trainee }
}
