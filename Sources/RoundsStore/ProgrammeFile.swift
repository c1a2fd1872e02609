import Foundation
import RoundsCore

/// What one programme file says, checked and located, before it is merged into a store.
struct ProgrammeFile {
    /// A Round from the file and the keys it gave, so absent keys keep the stored values.
    struct RoundEntry {
        var round: Round
        var keys: Set<String>
    }

    var programme: Programme?
    var venues: [Venue] = []
    var people: [Person] = []
    var leave: [Leave] = []
    var themes: [Theme] = []
    var excerpts: [Excerpt] = []
    var rounds: [RoundEntry] = []
    /// The top-level sections the file has; `--prune` only touches these.
    var sections: Set<String> = []

    static let topKeys = ["programme", "venues", "people", "excerpts", "themes", "rounds"]

    /// Reads and checks a programme file; references may point into `existing` as well.
    static func read(_ text: String, file: String, existing: ProgrammeData) throws
        -> ProgrammeFile
    {
        let root = try YAMLValue.parse(text, file: file)
        let top = try root.mapping(keys: topKeys)
        var result = ProgrammeFile()
        result.sections = Set(top.entries.compactMap { try? $0.key.text() })
        var organiserNode: YAMLValue?
        var defaultVenueNode: YAMLValue?
        if let node = top["programme"] {
            let (programme, organiser, defaultVenue) = try readProgramme(node)
            result.programme = programme
            organiserNode = organiser
            defaultVenueNode = defaultVenue
        }
        if let node = top["venues"] {
            if result.programme == nil && existing.programme == nil {
                throw node.error(
                    "Venues belong to a programme, and this store has none yet. Add a "
                        + "\"programme\" section to the file.")
            }
            var seen: Set<String> = []
            for item in try node.list() {
                let venue = try readVenue(item)
                if !seen.insert(venue.slug).inserted {
                    throw item.error("Venue \(venue.slug) appears twice in venues; keep one.")
                }
                result.venues.append(venue)
            }
        }
        let venueSlugs = Set(
            result.venues.map(\.slug) + (existing.programme?.venues.map(\.slug) ?? []))
        if let node = defaultVenueNode {
            let slug = try node.text()
            if !venueSlugs.contains(slug) {
                throw node.error("Venue \(slug) is not among the venues.")
            }
        }
        if let node = top["people"] {
            var seen: Set<EmailAddress> = []
            for item in try node.list() {
                let (person, leave) = try readPerson(item)
                if !seen.insert(person.email).inserted {
                    throw item.error("\(person.email) appears twice in people; keep one.")
                }
                result.people.append(person)
                result.leave += leave
            }
        }
        let emails = Set(result.people.map(\.email) + existing.people.map(\.email))
        if let node = organiserNode, let email = try? node.email(), !emails.contains(email) {
            throw node.error("\(email) is not among the people. Add them under \"people\".")
        }
        if let node = top["excerpts"] {
            var seen: Set<String> = []
            for item in try node.list() {
                let excerpt = try readExcerpt(item)
                if !seen.insert(excerpt.id).inserted {
                    throw item.error("Excerpt \(excerpt.id) appears twice in excerpts; keep one.")
                }
                result.excerpts.append(excerpt)
            }
        }
        let excerptIDs = Set(result.excerpts.map(\.id) + existing.excerpts.map(\.id))
        if let node = top["themes"] {
            var seen: Set<String> = []
            for item in try node.list() {
                let theme = try readTheme(item, excerptIDs: excerptIDs)
                if !seen.insert(theme.slug).inserted {
                    throw item.error("Theme \(theme.slug) appears twice in themes; keep one.")
                }
                result.themes.append(theme)
            }
        }
        let themeSlugs = Set(result.themes.map(\.slug) + existing.themes.map(\.slug))
        if let node = top["rounds"] {
            var seen: Set<RoundID> = []
            let length =
                result.programme?.format.lengthMinutes ?? existing.programme?.format.lengthMinutes
                ?? RoundFormat.uk.lengthMinutes
            for item in try node.list() {
                let entry = try readRound(
                    item,
                    references: References(
                        emails: emails, venues: venueSlugs, themes: themeSlugs),
                    defaultLength: length)
                if !seen.insert(entry.round.id).inserted {
                    throw item.error("Round \(entry.round.id) appears twice in rounds; keep one.")
                }
                result.rounds.append(entry)
            }
        }
        return result
    }

    struct References {
        let emails: Set<EmailAddress>
        let venues: Set<String>
        let themes: Set<String>
    }
}
