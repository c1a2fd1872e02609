/// What an import added, changed and removed, in the words the command prints.
package struct ImportReport: Sendable, Hashable {
    /// The kinds of record an import touches, in the order they are reported.
    package enum Kind: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// A room or video link, keyed by slug.
        case venue
        /// A person, keyed by email.
        case person
        /// A leave record, keyed by person and dates.
        case leave
        /// An excerpt, keyed by id.
        case excerpt
        /// A theme, keyed by slug.
        case theme
        /// A Round, keyed by id.
        case round

        func noun(_ count: Int) -> String {
            let (one, many) =
                switch self {
                case .venue: ("venue", "venues")
                case .person: ("person", "people")
                case .leave: ("leave record", "leave records")
                case .excerpt: ("excerpt", "excerpts")
                case .theme: ("theme", "themes")
                case .round: ("Round", "Rounds")
                }
            return count == 1 ? "1 \(one)" : "\(count) \(many)"
        }

        /// Report order.
        package static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Keys of records added, by kind.
    package var added: [Kind: [String]] = [:]
    /// Keys of records whose contents changed, by kind.
    package var changed: [Kind: [String]] = [:]
    /// Keys of records removed (only with `--prune`), by kind.
    package var removed: [Kind: [String]] = [:]
    /// True when the programme settings were created.
    package var settingsAdded = false
    /// True when existing programme settings changed.
    package var settingsChanged = false

    /// An empty report.
    package init() {}

    /// True when the import changed nothing.
    package var isEmpty: Bool {
        added.isEmpty && changed.isEmpty && removed.isEmpty && !settingsAdded
            && !settingsChanged
    }

    /// The lines the command prints: "No changes." or one line per action and kind.
    package var lines: [String] {
        if isEmpty { return ["No changes."] }
        var lines: [String] = []
        if settingsAdded { lines.append("Added the programme settings.") }
        if settingsChanged { lines.append("Changed the programme settings.") }
        for (verb, records) in [("Added", added), ("Changed", changed), ("Removed", removed)] {
            for kind in Kind.allCases {
                guard let keys = records[kind], !keys.isEmpty else { continue }
                // Long lists of additions (a first import) read better as a count.
                if verb == "Added" && keys.count > 8 {
                    lines.append("\(verb) \(kind.noun(keys.count)).")
                } else {
                    lines.append(
                        "\(verb) \(kind.noun(keys.count)): \(keys.joined(separator: ", ")).")
                }
            }
        }
        return lines
    }

    mutating func record<Key: Hashable, Value: Equatable>(
        _ kind: Kind, old: [Key: Value], new: [Key: Value], label: (Key) -> String
    ) {
        let addedKeys = new.keys.filter { old[$0] == nil }.map(label).sorted()
        let changedKeys = new.keys.filter { old[$0] != nil && old[$0] != new[$0] }.map(label)
            .sorted()
        let removedKeys = old.keys.filter { new[$0] == nil }.map(label).sorted()
        if !addedKeys.isEmpty { added[kind] = addedKeys }
        if !changedKeys.isEmpty { changed[kind] = changedKeys }
        if !removedKeys.isEmpty { removed[kind] = removedKeys }
    }
}
