/// Everyday edits, each refusing with a plain sentence when it would break the programme.
extension ProgrammeData {
    /// Adds a new person; refuses an email already in the programme.
    public mutating func addPerson(_ person: Person) throws {
        if self.person(person.email) != nil {
            throw ProgrammeEditError.refused(
                "\(person.email) is already in the programme. Change them with "
                    + "`rounds people edit \(person.email)`.")
        }
        try checkFacilitator(person)
        people.append(person)
        normalise()
    }

    /// Replaces the person with the same email.
    public mutating func replacePerson(_ person: Person) throws {
        guard let index = people.firstIndex(where: { $0.email == person.email }) else {
            throw Self.noPerson(person.email)
        }
        try checkFacilitator(person)
        people[index] = person
    }

    /// The stored person with `email`, or a not-found error.
    public func existingPerson(_ email: EmailAddress) throws -> Person {
        guard let person = person(email) else { throw Self.noPerson(email) }
        return person
    }

    /// Removes a person and their leave; refuses while a Round or the programme names them.
    public mutating func removePerson(_ email: EmailAddress) throws {
        _ = try existingPerson(email)
        let onRounds = rounds.filter { $0.participants.contains(email) }.map(\.id.description)
        if !onRounds.isEmpty {
            throw ProgrammeEditError.refused(
                "\(email) is on \(onRounds.count == 1 ? "Round" : "Rounds") "
                    + "\(onRounds.joined(separator: ", ")). Take them off first; "
                    + "nothing was changed.")
        }
        if programme?.organiser == email {
            throw ProgrammeEditError.refused(
                "\(email) sends the invitations (the programme's organiser). Name another "
                    + "organiser in the programme file first; nothing was changed.")
        }
        people.removeAll { $0.email == email }
        leave.removeAll { $0.person == email }
    }

    /// Adds leave; refuses an exact duplicate.
    public mutating func addLeave(_ entry: Leave) throws {
        _ = try existingPerson(entry.person)
        if leave.contains(where: { $0.person == entry.person && $0.range == entry.range }) {
            throw ProgrammeEditError.refused(
                "\(entry.person) already has leave on \(entry.range.displayText).")
        }
        leave.append(entry)
        normalise()
    }

    /// Removes the leave with exactly these dates.
    public mutating func removeLeave(person: EmailAddress, range: DateRange) throws {
        guard leave.contains(where: { $0.person == person && $0.range == range }) else {
            throw ProgrammeEditError.notFound(
                "\(person) has no leave recorded for \(range.displayText). "
                    + "See `rounds leave list`.")
        }
        leave.removeAll { $0.person == person && $0.range == range }
    }

    /// Adds a theme; refuses a slug already used or excerpts that do not exist.
    public mutating func addTheme(_ theme: Theme) throws {
        if self.theme(theme.slug) != nil {
            throw ProgrammeEditError.refused(
                "There is already a theme \(theme.slug). Change it with "
                    + "`rounds themes edit \(theme.slug)`, or choose another --slug.")
        }
        try checkExcerpts(theme)
        themes.append(theme)
        normalise()
    }

    /// Replaces the theme with the same slug.
    public mutating func replaceTheme(_ theme: Theme) throws {
        guard let index = themes.firstIndex(where: { $0.slug == theme.slug }) else {
            throw Self.noTheme(theme.slug)
        }
        try checkExcerpts(theme)
        themes[index] = theme
    }

    /// The stored theme with `slug`, or a not-found error.
    public func existingTheme(_ slug: String) throws -> Theme {
        guard let theme = theme(slug) else { throw Self.noTheme(slug) }
        return theme
    }

    /// Removes a theme no Round uses.
    public mutating func removeTheme(_ slug: String) throws {
        _ = try existingTheme(slug)
        let users = rounds.filter { $0.theme == slug }.map(\.id.description)
        if !users.isEmpty {
            throw ProgrammeEditError.refused(
                "Theme \(slug) is used by \(users.joined(separator: ", ")). Give "
                    + "\(users.count == 1 ? "that Round" : "those Rounds") another theme first; "
                    + "nothing was changed.")
        }
        themes.removeAll { $0.slug == slug }
    }

    /// Adds a venue to the programme; refuses a slug already used.
    public mutating func addVenue(_ venue: Venue) throws {
        var programme = try existingProgramme()
        if programme.venue(slug: venue.slug) != nil {
            throw ProgrammeEditError.refused(
                "There is already a venue \(venue.slug). Change it with "
                    + "`rounds venues edit \(venue.slug)`.")
        }
        programme.venues.append(venue)
        self.programme = programme
    }

    /// Replaces the venue with the same slug.
    public mutating func replaceVenue(_ venue: Venue) throws {
        var programme = try existingProgramme()
        guard let index = programme.venues.firstIndex(where: { $0.slug == venue.slug }) else {
            throw Self.noVenue(venue.slug)
        }
        programme.venues[index] = venue
        self.programme = programme
    }

    /// The stored venue with `slug`, or a not-found error.
    public func existingVenue(_ slug: String) throws -> Venue {
        guard let venue = try existingProgramme().venue(slug: slug) else {
            throw Self.noVenue(slug)
        }
        return venue
    }

    /// Removes a venue that no Round uses and that is not the programme's default.
    public mutating func removeVenue(_ slug: String) throws {
        var programme = try existingProgramme()
        _ = try existingVenue(slug)
        let users = rounds.filter { $0.venue == slug }.map(\.id.description)
        if !users.isEmpty {
            throw ProgrammeEditError.refused(
                "Venue \(slug) is used by \(users.joined(separator: ", ")). Move "
                    + "\(users.count == 1 ? "that Round" : "those Rounds") first; "
                    + "nothing was changed.")
        }
        if programme.defaultVenue == slug {
            throw ProgrammeEditError.refused(
                "Venue \(slug) is the programme's default venue. Make another venue the "
                    + "default first (`rounds venues edit OTHER --default`).")
        }
        programme.venues.removeAll { $0.slug == slug }
        self.programme = programme
    }

    /// The programme settings, or an error telling the user to import a programme file.
    public func existingProgramme() throws -> Programme {
        guard let programme else {
            throw ProgrammeEditError.refused(
                "The store has no programme settings yet. Import a programme file first: "
                    + "`rounds import programme.yaml`.")
        }
        return programme
    }

    private func checkFacilitator(_ person: Person) throws {
        if person.roles.contains(.facilitator), person.facilitatorProfile == nil {
            throw ProgrammeEditError.refused(
                "\(person.email) is a facilitator, so give their training with --training "
                    + "(trainee, trained or accredited).")
        }
    }

    private func checkExcerpts(_ theme: Theme) throws {
        for id in theme.excerptIDs where excerpt(id) == nil {
            throw ProgrammeEditError.notFound(
                "There is no excerpt \(id). Excerpts come from the programme file for now.")
        }
    }

    static func noPerson(_ email: EmailAddress) -> ProgrammeEditError {
        .notFound("\(email) is not in the programme. See `rounds people list`.")
    }

    static func noTheme(_ slug: String) -> ProgrammeEditError {
        .notFound("There is no theme \(slug). See `rounds themes list`.")
    }

    static func noVenue(_ slug: String) -> ProgrammeEditError {
        .notFound("There is no venue \(slug). See `rounds venues list`.")
    }
}
