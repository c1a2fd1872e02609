package import RoundsCore

/// What the feed and the invitations are made from: the programme's settings and its records.
///
/// The records are the store's own `ProgrammeData`, not a copy of its lists in another type;
/// the settings are taken out of it once (`programme`), so the planner need not unwrap them.
package struct InvitationSource: Sendable, Hashable {
    /// The programme: organisation, domain for UIDs, zone, venues, reminder, administrator.
    package var programme: Programme
    /// The records: people (for the names shown beside addresses), the theme library (for
    /// titles and descriptions) and every Round, cancelled ones included. Its own `programme`
    /// is nil: the settings are `programme` above.
    package var records: ProgrammeData

    /// Everyone.
    package var people: [Person] {
        get { records.people }
        set { records.people = newValue }
    }
    /// The theme library.
    package var themes: [Theme] {
        get { records.themes }
        set { records.themes = newValue }
    }
    /// Every Round.
    package var rounds: [Round] {
        get { records.rounds }
        set { records.rounds = newValue }
    }

    /// The source of a stored programme; refuses a store without programme settings.
    package init(_ data: ProgrammeData) throws {
        programme = try data.existingProgramme()
        records = data
        records.programme = nil
    }

    /// A source with every list given.
    package init(programme: Programme, people: [Person], themes: [Theme], rounds: [Round]) {
        self.programme = programme
        records = ProgrammeData(people: people, themes: themes, rounds: rounds)
    }

    /// The Rounds in id order, so every output lists them the same way.
    var roundsInOrder: [Round] { rounds.sorted { $0.id < $1.id } }

    /// The person with `email`, if the programme knows them.
    func person(_ email: EmailAddress) -> Person? { people.first { $0.email == email } }

    /// The person whose address is `email` (as text), if any.
    func person(email: String) -> Person? { people.first { $0.email.value == email } }

    /// The name for `email`, when it is known and not blank.
    func name(of email: EmailAddress) -> String? {
        guard let name = person(email)?.name, !name.allSatisfy(\.isWhitespace) else { return nil }
        return name
    }

    /// The theme chosen for `round`, if it is in the library.
    func theme(for round: Round) -> Theme? {
        guard let slug = round.theme else { return nil }
        return themes.first { $0.slug == slug }
    }
}
