package import RoundsCore

/// What the feed and the invitations are made from: the programme and its records.
///
/// The command layer fills it from the store (`ProgrammeData` holds the same lists).
package struct InvitationSource: Sendable, Hashable {
    /// The programme: organisation, domain for UIDs, zone, venues, reminder, administrator.
    package var programme: Programme
    /// Everyone, for the names shown beside addresses.
    package var people: [Person]
    /// The theme library, for titles and descriptions.
    package var themes: [Theme]
    /// Every Round, cancelled ones included, in any order.
    package var rounds: [Round]

    /// A source with every list given.
    package init(programme: Programme, people: [Person], themes: [Theme], rounds: [Round]) {
        self.programme = programme
        self.people = people
        self.themes = themes
        self.rounds = rounds
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
