import Foundation
package import RoundsCore
import RoundsPacks
import RoundsStore

extension ProgrammeOperations {
    /// `people add`.
    package func addPerson(_ person: Person) throws {
        try store().update(loading: .people) { data in try data.addPerson(person) }
    }

    /// `people edit`: returns the person as changed.
    package func editPerson(_ email: EmailAddress, _ change: PersonChange) throws -> Person {
        try store().update(loading: .people) { data in
            let person = try change.applied(to: try data.existingPerson(email))
            try data.replacePerson(person)
            return person
        }
    }

    /// `people remove`, with their leave: returns the person removed.
    package func removePerson(_ email: EmailAddress) throws -> Person {
        try store().update { data in
            let person = try data.existingPerson(email)
            try data.removePerson(email)
            return person
        }
    }

    /// `leave add`.
    package func addLeave(_ entry: Leave) throws {
        try store().update(loading: .leave) { data in try data.addLeave(entry) }
    }

    /// `leave remove`: the leave recorded with exactly these dates.
    package func removeLeave(person: EmailAddress, range: DateRange) throws {
        try store().update(loading: .leave) { data in
            try data.removeLeave(person: person, range: range)
        }
    }

    /// `themes add`: from the given fields, or seeded from the stored excerpt `fromExcerpt`;
    /// returns the theme added.
    package func addTheme(
        title: String?, fromExcerpt: String?, slug: String?, description: String?,
        prompts: [String], excerpts: [String]
    ) throws -> Theme {
        try store().update(loading: [.themes, .settings]) { data in
            var theme: Theme
            if let fromExcerpt {
                guard let excerpt = data.excerpts.first(where: { $0.id == fromExcerpt }) else {
                    throw RoundsPacksError.unknownExcerpt(fromExcerpt)
                }
                theme = ThemeSeed.theme(
                    from: excerpt, slug: slug, title: title, description: description,
                    prompts: prompts, preset: data.programme?.format.preset ?? .uk)
                theme.excerptIDs += excerpts.filter { $0 != excerpt.id }
            } else {
                let title = title ?? ""
                theme = Theme(
                    slug: slug ?? Slug.make(from: title), title: title,
                    description: description ?? "", prompts: prompts, excerptIDs: excerpts)
            }
            if theme.slug.isEmpty {
                throw OperationUsageError(
                    "Rounds cannot make a slug from this title. Give one with --slug, such as "
                        + "when-things-go-wrong.")
            }
            try data.addTheme(theme)
            return theme
        }
    }

    /// `themes edit`: what is nil or empty stays as it was.
    package func editTheme(
        _ slug: String, title: String?, description: String?, prompts: [String],
        excerpts: [String]
    ) throws {
        try store().update(loading: .themes) { data in
            var theme = try data.existingTheme(slug)
            if let title { theme.title = title }
            if let description { theme.description = description }
            if !prompts.isEmpty { theme.prompts = prompts }
            if !excerpts.isEmpty { theme.excerptIDs = excerpts }
            try data.replaceTheme(theme)
        }
    }

    /// `themes remove`.
    package func removeTheme(_ slug: String) throws {
        try store().update { data in try data.removeTheme(slug) }
    }

    /// `venues add`.
    package func addVenue(_ venue: Venue) throws {
        try store().update(loading: .settings) { data in try data.addVenue(venue) }
    }

    /// `venues edit`: a new name, a room or a video link, and whether it becomes the default;
    /// returns the venue as changed.
    package func editVenue(
        _ slug: String, name: String?, room: String?, videoLink: String?, makeDefault: Bool
    ) throws -> Venue {
        try store().update(loading: .settings) { data in
            var venue = try data.existingVenue(slug)
            if let name { venue.name = name }
            if let room {
                venue = Venue(slug: slug, name: venue.name, kind: .room, address: room)
            }
            if let videoLink {
                venue = Venue(slug: slug, name: venue.name, kind: .video, videoLink: videoLink)
            }
            try data.replaceVenue(venue)
            if makeDefault { data.programme?.defaultVenue = slug }
            return venue
        }
    }

    /// `venues remove`.
    package func removeVenue(_ slug: String) throws {
        try store().update { data in try data.removeVenue(slug) }
    }

    /// `excerpts add`: refuses an id already stored.
    package func addExcerpt(_ excerpt: Excerpt) throws {
        try store().update(loading: .excerpts) { data in
            if data.excerpt(excerpt.id) != nil { throw RoundsPacksError.excerptExists(excerpt.id) }
            data.excerpts.append(excerpt)
        }
    }

    /// `excerpts import`: adds or replaces the excerpts of a YAML file; returns how many were
    /// added and replaced, and how many the file holds.
    package func importExcerpts(file: String) throws -> (added: Int, replaced: Int, total: Int) {
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw RoundsPacksError.cannotRead(file: file)
        }
        let excerpts = try ExcerptFile.read(String(decoding: bytes, as: UTF8.self), file: file)
        let (added, replaced) = try store().update(loading: .excerpts) { data in
            var added = 0
            var replaced = 0
            for excerpt in excerpts {
                if let index = data.excerpts.firstIndex(where: { $0.id == excerpt.id }) {
                    if data.excerpts[index] != excerpt { replaced += 1 }
                    data.excerpts[index] = excerpt
                } else {
                    data.excerpts.append(excerpt)
                    added += 1
                }
            }
            return (added, replaced)
        }
        return (added, replaced, excerpts.count)
    }
}
