import Foundation
import RoundsCore

extension ProgrammeFile {
    static let programmeKeys = [
        "organisation", "domain", "time_zone", "holidays", "nation", "locale", "paper",
        "cadence", "format", "organiser",
        "default_venue", "prep_meeting", "lost_date", "theme_repeat_gap_months",
        "max_rounds_per_facilitator_per_quarter", "clinical_pairing", "reminder_minutes",
        "fairness_horizon_months", "blackouts", "evaluation", "evaluation_window_days",
        "web_base_url", "support",
    ]
    static let formatKeys = [
        "preset", "min_panellists", "max_panellists", "panellists", "story_minutes",
        "discussion_minutes", "arrival_minutes", "welcome_minutes", "ground_rules_minutes",
        "length_minutes",
    ]
    static var formatFields: [(String, WritableKeyPath<RoundFormat, Int>)] {
        [
            ("min_panellists", \.minPanellists), ("max_panellists", \.maxPanellists),
            ("panellists", \.panellists), ("story_minutes", \.storyMinutes),
            ("discussion_minutes", \.discussionMinutes), ("arrival_minutes", \.arrivalMinutes),
            ("welcome_minutes", \.welcomeMinutes), ("ground_rules_minutes", \.groundRulesMinutes),
            ("length_minutes", \.lengthMinutes),
        ]
    }
    static let presets: [(String, FormatPreset)] = [
        ("uk", .uk), ("us", .us), ("team-time", .teamTime), ("custom", .custom),
    ]
    static let nations: [(String, Nation)] = Nation.allCases.map { ($0.rawValue, $0) }
    static let papers: [(String, PaperSize)] = PaperSize.allCases.map { ($0.rawValue, $0) }
    static let lostDatePolicies: [(String, LostDatePolicy)] = LostDatePolicy.allCases.map {
        ($0.rawValue, $0)
    }

    static func readProgramme(_ node: YAMLValue) throws -> (
        Programme, organiser: YAMLValue, defaultVenue: YAMLValue?
    ) {
        let map = try node.mapping(keys: programmeKeys)
        let zoneNode = try map.required("time_zone")
        let zone = try zoneNode.nonEmptyText("time_zone")
        if TimeZone(identifier: zone) == nil || !zone.contains("/") && zone != "UTC" {
            throw zoneNode.error(
                "\(zone) is not a time zone. Use a name such as Europe/London.")
        }
        let cadenceNode = try map.required("cadence")
        let (cadence, cadenceLength) = try readCadence(cadenceNode)
        var format = RoundFormat.uk
        var formatGaveLength = false
        if let formatNode = map["format"] {
            (format, formatGaveLength) = try readFormat(formatNode)
        }
        if let cadenceLength {
            if formatGaveLength && format.lengthMinutes != cadenceLength {
                throw cadenceNode.error(
                    "The cadence gives Rounds \(cadenceLength) minutes but the format's "
                        + "length_minutes is \(format.lengthMinutes). Make them agree.")
            }
            format.lengthMinutes = cadenceLength
        }
        do {
            try format.validate()
        } catch {
            throw (map["format"] ?? cadenceNode).error(error.description)
        }
        let organiserNode = try map.required("organiser")
        _ = try organiserNode.email()
        var prepLead = Programme.defaultPrepLeadDays
        var prepMinutes = Programme.defaultPrepMinutes
        if let prep = map["prep_meeting"] {
            let prepMap = try prep.mapping(keys: ["days_before", "minutes"])
            if let days = prepMap["days_before"] { prepLead = try days.nonNegative() }
            if let minutes = prepMap["minutes"] { prepMinutes = try minutes.positive() }
        }
        var blackouts: [Blackout] = []
        if let list = map["blackouts"] {
            for item in try list.list() {
                let entry = try item.mapping(keys: ["dates", "reason"])
                blackouts.append(
                    Blackout(
                        range: try entry.required("dates").dateRange(),
                        reason: try entry.required("reason").nonEmptyText("reason")))
            }
        }
        var programme = Programme(
            organisation: try map.required("organisation").nonEmptyText("organisation"),
            domain: try map.required("domain").nonEmptyText("domain"),
            timeZone: zone,
            holidayRegion: try readHolidayRegion(map, node: node),
            locale: try map["locale"].map(readLocale) ?? Programme.defaultLocale,
            paper: try map["paper"]?.choice(papers, what: "a paper size"),
            venues: [],
            defaultVenue: try map["default_venue"]?.slug(),
            cadence: cadence,
            format: format,
            blackouts: blackouts,
            prepLeadDays: prepLead,
            prepMinutes: prepMinutes,
            lostDatePolicy: try map["lost_date"]?.choice(
                lostDatePolicies, what: "a lost-date rule") ?? .sameWeekdayNextWeekWithinMonth,
            themeRepeatGapMonths: try map["theme_repeat_gap_months"]?.nonNegative()
                ?? Programme.defaultThemeRepeatGapMonths,
            maxRoundsPerFacilitatorPerQuarter: try map["max_rounds_per_facilitator_per_quarter"]?
                .positive() ?? Programme.defaultMaxRoundsPerFacilitatorPerQuarter,
            requiresClinicalPairing: try map["clinical_pairing"]?.boolean() ?? false,
            fairnessHorizonMonths: try map["fairness_horizon_months"]?.nonNegative()
                ?? Programme.defaultFairnessHorizonMonths,
            reminderMinutes: try map["reminder_minutes"]?.nonNegative()
                ?? Programme.defaultReminderMinutes,
            organiser: try organiserNode.email())
        if let evaluation = map["evaluation"] {
            programme.questionSet = try readEvaluation(evaluation)
        }
        if let days = map["evaluation_window_days"] {
            programme.evaluationWindowDays = try days.positive()
        }
        if let base = map["web_base_url"] {
            programme.webBaseURL = try readWebBaseURL(base)
        }
        if let support = map["support"] {
            programme.supportServices = try readSupportServices(support)
        }
        // Venues are checked on their own (with positions); the rest by the core's rules.
        do {
            var withoutDefault = programme
            withoutDefault.defaultVenue = nil
            try withoutDefault.validate()
        } catch RoundsCoreError.invalidDomain(let domain) {
            throw try map.required("domain").error(
                RoundsCoreError.invalidDomain(domain).description)
        } catch {
            throw node.error(error.description)
        }
        return (programme, organiserNode, map["default_venue"])
    }

    static let ordinals: [(String, Int)] = [
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3),
        ("fourth", 4), ("4th", 4), ("last", -1),
    ]

    /// `second Tuesday 12:00-13:00`, optionally followed by `every 2 months`.
    static func readCadence(_ node: YAMLValue) throws -> (Cadence, length: Int?) {
        let value = try node.text()
        let words = value.split(whereSeparator: \.isWhitespace).map(String.init)
        let problem = node.error(
            "\"\(value)\" is not a cadence. Write it like \"second Tuesday 12:00-13:00\" "
                + "(first, second, third, fourth or last; optionally \"every 2 months\").")
        guard words.count == 3 || words.count == 6,
            let ordinal = ordinals.first(where: { $0.0 == words[0].lowercased() })?.1,
            let weekday = Weekday(name: words[1])
        else { throw problem }
        let times = words[2].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(times.count),
            let start = try? LocalTime(parsing: String(times[0]))
        else { throw problem }
        var length: Int?
        if times.count == 2 {
            guard let end = try? LocalTime(parsing: String(times[1])), start < end else {
                throw problem
            }
            length = end.minutesSinceMidnight - start.minutesSinceMidnight
        }
        var interval = 1
        if words.count == 6 {
            guard words[3].lowercased() == "every", let months = Int(words[4]),
                ["month", "months"].contains(words[5].lowercased())
            else { throw problem }
            interval = months
        }
        do {
            return (
                try Cadence(
                    ordinal: ordinal, weekday: weekday, startTime: start,
                    intervalMonths: interval), length
            )
        } catch {
            throw node.error(error.description)
        }
    }

    /// A preset name, or a mapping that starts from a preset and changes some timings.
    static func readFormat(_ node: YAMLValue) throws -> (RoundFormat, gaveLength: Bool) {
        if node.isScalar {
            return (.preset(try node.choice(presets, what: "a format")), false)
        }
        let map = try node.mapping(keys: formatKeys)
        var format = RoundFormat.preset(
            try map["preset"]?.choice(presets, what: "a format") ?? .custom)
        for (key, path) in formatFields {
            if let value = map[key] { format[keyPath: path] = try value.nonNegative() }
        }
        return (format, map["length_minutes"] != nil)
    }

    static func readVenue(_ node: YAMLValue) throws -> Venue {
        let map = try node.mapping(keys: ["slug", "name", "room", "video_link"])
        let slug = try map.required("slug").slug()
        let name = try map.required("name").nonEmptyText("name")
        switch (map["room"], map["video_link"]) {
        case (let room?, nil):
            return Venue(slug: slug, name: name, kind: .room, address: try room.text())
        case (nil, let link?):
            let url = try link.nonEmptyText("video_link")
            if let problem = Venue.videoLinkProblem(url) { throw link.error(problem) }
            return Venue(slug: slug, name: name, kind: .video, videoLink: url)
        case (_?, _?):
            throw node.error("Venue \(slug) has both a room and a video_link; give one.")
        case (nil, nil):
            throw node.error("Venue \(slug) needs a room or a video_link.")
        }
    }

    static let personKeys = [
        "email", "name", "staff_group", "clinical", "seniority", "roles", "training",
        "trained_on", "leave",
    ]
    static let roles: [(String, Role)] = Role.allCases.map { ($0.rawValue, $0) }
    static let trainingStatuses: [(String, TrainingStatus)] = TrainingStatus.allCases.map {
        ($0.rawValue, $0)
    }

    static func readPerson(_ node: YAMLValue) throws -> (Person, [Leave]) {
        let map = try node.mapping(keys: personKeys)
        let email = try map.required("email").email()
        var roles: Set<Role> = []
        if let list = map["roles"] {
            let items: [YAMLValue] =
                if list.isScalar { [list] } else { try list.list() }
            for item in items { roles.insert(try item.choice(Self.roles, what: "a role")) }
        }
        var profile: FacilitatorProfile?
        if let training = map["training"] {
            guard roles.contains(.facilitator) else {
                throw training.error(
                    "Training is only recorded for facilitators. Add facilitator to the roles "
                        + "of \(email).")
            }
            profile = FacilitatorProfile(
                training: try training.choice(trainingStatuses, what: "a training status"),
                since: try map["trained_on"]?.date())
        } else if roles.contains(.facilitator) {
            throw node.error(
                "\(email) is a facilitator, so give their training: trainee, trained or "
                    + "accredited.")
        } else if let trainedOn = map["trained_on"] {
            throw trainedOn.error("trained_on needs training beside it.")
        }
        var leave: [Leave] = []
        if let list = map["leave"] {
            for item in try list.list() {
                let entry: Leave
                if item.isScalar {
                    entry = Leave(person: email, range: try item.dateRange())
                } else {
                    let fields = try item.mapping(keys: ["dates", "note"])
                    entry = Leave(
                        person: email, range: try fields.required("dates").dateRange(),
                        note: try fields["note"]?.text())
                }
                // The same dates twice are refused, not merged: their notes may differ, and
                // which one to keep is the author's choice.
                if leave.contains(where: { $0.range == entry.range }) {
                    throw item.error(
                        "\(email) has leave on \(entry.range.displayText) twice; keep one.")
                }
                leave.append(entry)
            }
        }
        let person = Person(
            email: email, name: try map.required("name").nonEmptyText("name"),
            staffGroup: try map.required("staff_group").nonEmptyText("staff_group"),
            isClinical: try map.required("clinical").boolean(),
            seniority: try map["seniority"]?.text(), roles: roles, facilitatorProfile: profile)
        return (person, leave)
    }

    static func readExcerpt(_ node: YAMLValue) throws -> Excerpt {
        let map = try node.mapping(keys: ["id", "quotation", "citation", "url", "note", "prompts"])
        return Excerpt(
            id: try map.required("id").slug(),
            quotation: try map.required("quotation").nonEmptyText("quotation"),
            citation: try map.required("citation").nonEmptyText("citation"),
            url: try map["url"]?.text(), note: try map["note"]?.text(),
            suggestedPrompts: try map["prompts"]?.texts() ?? [])
    }

    static func readTheme(_ node: YAMLValue, excerptIDs: Set<String>) throws -> Theme {
        let map = try node.mapping(keys: [
            "slug", "title", "description", "prompts", "excerpts", "last_used",
        ])
        var ids: [String] = []
        if let list = map["excerpts"] {
            let items: [YAMLValue] =
                if list.isScalar { [list] } else { try list.list() }
            for item in items {
                let id = try item.text()
                guard excerptIDs.contains(id) else {
                    throw item.error("Excerpt \(id) is not among the excerpts.")
                }
                ids.append(id)
            }
        }
        return Theme(
            slug: try map.required("slug").slug(),
            title: try map.required("title").nonEmptyText("title"),
            description: try map["description"]?.text() ?? "",
            prompts: try map["prompts"]?.texts() ?? [], excerptIDs: ids,
            lastUsed: try map["last_used"]?.date())
    }
}

extension YAMLValue {
    func nonNegative() throws -> Int {
        let number = try integer()
        if number < 0 { throw error("\(number) is negative; give 0 or more.") }
        return number
    }

    func positive() throws -> Int {
        let number = try integer()
        if number < 1 { throw error("\(number) is too small; give 1 or more.") }
        return number
    }
}
