/// Everything a store keeps about one programme, as plain values.
///
/// Commands load it, change it and hand it back in one transaction; records are kept in a
/// stable order (people by email, themes by slug, Rounds by id) so comparisons and exports
/// do not depend on how they were entered.
public struct ProgrammeData: Sendable, Hashable {
    /// The programme's settings, venues and blackouts; nil until a programme file is imported.
    public var programme: Programme?
    /// Everyone in the programme.
    public var people: [Person]
    /// Facilitators' and others' leave.
    public var leave: [Leave]
    /// The theme library.
    public var themes: [Theme]
    /// Excerpts that seed themes.
    public var excerpts: [Excerpt]
    /// Every Round, past and future, cancelled ones included.
    public var rounds: [Round]
    /// The Round id counter; ids are never reused, even after a Round is removed.
    public var roundIDs: RoundIDSequence

    /// A data set; records are put into their stable order.
    public init(
        programme: Programme? = nil, people: [Person] = [], leave: [Leave] = [],
        themes: [Theme] = [], excerpts: [Excerpt] = [], rounds: [Round] = [],
        roundIDs: RoundIDSequence = RoundIDSequence()
    ) {
        self.programme = programme
        self.people = people
        self.leave = leave
        self.themes = themes
        self.excerpts = excerpts
        self.rounds = rounds
        self.roundIDs = roundIDs
        normalise()
    }

    /// Sorts records into their stable order and moves the id counter past every Round.
    public mutating func normalise() {
        people.sort { $0.email < $1.email }
        leave.sort {
            ($0.person.value, $0.range.start, $0.range.end)
                < ($1.person.value, $1.range.start, $1.range.end)
        }
        themes.sort { $0.slug < $1.slug }
        excerpts.sort { $0.id < $1.id }
        rounds.sort { $0.id < $1.id }
        roundIDs = RoundIDSequence(
            highestIssued: roundIDs.highestIssued, existing: rounds.map(\.id))
    }

    /// The person with `email`, if any.
    public func person(_ email: EmailAddress) -> Person? {
        people.first { $0.email == email }
    }

    /// The theme with `slug`, if any.
    public func theme(_ slug: String) -> Theme? { themes.first { $0.slug == slug } }

    /// The excerpt with `id`, if any.
    public func excerpt(_ id: String) -> Excerpt? { excerpts.first { $0.id == id } }

    /// The Round named by an id or an unambiguous date, as typed by a user.
    public func round(_ reference: String) throws -> Round {
        do {
            return try RoundReference(parsing: reference).resolve(in: rounds)
        } catch {
            throw ProgrammeEditError.notFound(error.description)
        }
    }

    /// The first broken reference between records, as a sentence; nil when all hold together.
    public func brokenReference() -> String? {
        let emails = Set(people.map(\.email))
        let venues = Set(programme?.venues.map(\.slug) ?? [])
        let themeSlugs = Set(themes.map(\.slug))
        let excerptIDs = Set(excerpts.map(\.id))
        for entry in leave where !emails.contains(entry.person) {
            return "Leave is recorded for \(entry.person), who is not in the programme. "
                + "Add them with `rounds people add` first."
        }
        for theme in themes {
            for id in theme.excerptIDs where !excerptIDs.contains(id) {
                return "Theme \(theme.slug) names excerpt \(id), which does not exist."
            }
        }
        for round in rounds {
            if let venue = round.venue, !venues.contains(venue) {
                return "Round \(round.id) is held at venue \(venue), which does not exist."
            }
            if let theme = round.theme, !themeSlugs.contains(theme) {
                return "Round \(round.id) has theme \(theme), which does not exist."
            }
            for email in round.participants where !emails.contains(email) {
                return "Round \(round.id) names \(email), who is not in the programme."
            }
        }
        return nil
    }
}
