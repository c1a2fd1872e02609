import RoundsCore

extension ProgrammeFile {
    static let roundKeys = [
        "id", "start", "end", "venue", "theme", "status", "locked", "date_pinned",
        "facilitators_pinned", "facilitators", "panel", "prep_meeting",
    ]
    static let statuses: [(String, RoundStatus)] = RoundStatus.allCases.map { ($0.rawValue, $0) }

    static func readRound(_ node: YAMLValue, references: References, defaultLength: Int) throws
        -> RoundEntry
    {
        let map = try node.mapping(keys: roundKeys)
        let idNode = try map.required("id")
        guard let id = try? RoundID(parsing: try idNode.text()) else {
            throw idNode.error(
                "\(try idNode.text()) is not a Round id. Round ids look like R-0042.")
        }
        let startNode = try map.required("start")
        let start = try startNode.dateTime()
        var end = start.adding(minutes: defaultLength)
        if let endNode = map["end"] {
            end = try endNode.dateTime()
            if end <= start { throw endNode.error("Round \(id) ends before it starts.") }
        }
        func known(_ node: YAMLValue) throws -> EmailAddress {
            let email = try node.email()
            guard references.emails.contains(email) else {
                throw node.error("\(email) is not among the people. Add them under \"people\".")
            }
            return email
        }
        var facilitators: [EmailAddress] = []
        if let list = map["facilitators"] {
            facilitators = try list.list().map(known)
            if facilitators.count > 2 {
                throw list.error("Round \(id) has \(facilitators.count) facilitators; give two.")
            }
            if Set(facilitators).count != facilitators.count {
                throw list.error("Round \(id) names the same facilitator twice.")
            }
        }
        var panel: [Panellist] = []
        if let list = map["panel"] {
            for item in try list.list() {
                if item.isScalar {
                    panel.append(Panellist(person: try known(item)))
                } else {
                    let entry = try item.mapping(keys: ["email", "story", "notes", "show_name"])
                    panel.append(
                        Panellist(
                            person: try known(try entry.required("email")),
                            storyTitle: try entry["story"]?.text(),
                            notes: try entry["notes"]?.text(),
                            showsName: try entry["show_name"]?.boolean() ?? false))
                }
            }
            if Set(panel.map(\.person)).count != panel.count {
                throw list.error("Round \(id) names the same panellist twice.")
            }
        }
        var venue: String?
        if let venueNode = map["venue"] {
            venue = try venueNode.text()
            if let venue, !references.venues.contains(venue) {
                throw venueNode.error("Venue \(venue) is not among the venues.")
            }
        }
        var theme: String?
        if let themeNode = map["theme"] {
            theme = try themeNode.text()
            if let theme, !references.themes.contains(theme) {
                throw themeNode.error("Theme \(theme) is not among the themes.")
            }
        }
        var prep: PrepMeeting?
        if let prepNode = map["prep_meeting"] {
            let prepMap = try prepNode.mapping(keys: ["start", "end"])
            let prepStart = try prepMap.required("start").dateTime()
            let prepEndNode = try prepMap.required("end")
            let prepEnd = try prepEndNode.dateTime()
            if prepEnd <= prepStart {
                throw prepEndNode.error("The prep meeting of \(id) ends before it starts.")
            }
            prep = PrepMeeting(start: prepStart, end: prepEnd)
        }
        let round = Round(
            id: id, start: start, end: end, venue: venue, theme: theme,
            facilitators: facilitators, panel: panel, prepMeeting: prep,
            status: try map["status"]?.choice(statuses, what: "a Round status") ?? .planned,
            locked: try map["locked"]?.boolean() ?? false,
            datePinned: try map["date_pinned"]?.boolean() ?? false,
            facilitatorsPinned: try map["facilitators_pinned"]?.boolean() ?? false)
        let keys = Set(map.entries.compactMap { try? $0.key.text() })
        return RoundEntry(round: round, keys: keys)
    }
}
