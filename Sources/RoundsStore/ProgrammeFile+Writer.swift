import RoundsCore
import Yams

extension ProgrammeFile {
    /// The programme as a programme file; the same data always gives the same bytes.
    static func yaml(from data: ProgrammeData) throws -> String {
        var top: [(Node, Node)] = []
        if let programme = data.programme {
            top.append((key("programme"), programmeNode(programme)))
            if !programme.venues.isEmpty {
                top.append((key("venues"), Node(programme.venues.map(venueNode))))
            }
        }
        if !data.people.isEmpty {
            let leave = Dictionary(grouping: data.leave, by: \.person)
            top.append(
                (key("people"), Node(data.people.map { personNode($0, leave[$0.email] ?? []) })))
        }
        if !data.excerpts.isEmpty {
            top.append((key("excerpts"), Node(data.excerpts.map(excerptNode))))
        }
        if !data.themes.isEmpty { top.append((key("themes"), Node(data.themes.map(themeNode)))) }
        if !data.rounds.isEmpty { top.append((key("rounds"), Node(data.rounds.map(roundNode)))) }
        let header =
            "# Rounds programme file. Format: docs/programme-file.md in the Rounds repository.\n"
        if top.isEmpty { return header + "{}\n" }
        return header
            + (try Yams.serialize(
                node: Node(top), indent: 2, width: -1, allowUnicode: true, lineBreak: .ln))
    }

    private static func key(_ name: String) -> Node { Node(name) }

    /// Text as a scalar, quoted where the file reader would otherwise take it for "nothing".
    private static func text(_ value: String) -> Node {
        if ["", "~", "null", "Null", "NULL"].contains(value) {
            return Node(value, .implicit, .singleQuoted)
        }
        return Node(value)
    }

    private static func number(_ value: Int) -> Node { Node(String(value)) }
    private static func flag(_ value: Bool) -> Node { Node(value ? "true" : "false") }
    private static func texts(_ values: [String]) -> Node { Node(values.map(text)) }

    /// A UK region is written as the older `nation` key, so UK files read back unchanged;
    /// every other region as `holidays`.
    private static func holidaysPair(_ region: HolidayRegion) -> (Node, Node) {
        if let nation = region.nation { return (key("nation"), Node(nation.rawValue)) }
        return (key("holidays"), text(region.code))
    }

    private static func programmeNode(_ programme: Programme) -> Node {
        var pairs: [(Node, Node)] = [
            (key("organisation"), text(programme.organisation)),
            (key("domain"), text(programme.domain)),
            (key("time_zone"), text(programme.timeZone)),
            holidaysPair(programme.holidayRegion),
            (key("cadence"), Node(cadenceText(programme))),
            (key("format"), formatNode(programme.format)),
            (key("organiser"), Node(programme.organiser.value)),
        ]
        if programme.locale != Programme.defaultLocale {
            pairs.insert((key("locale"), Node(programme.locale)), at: 4)
        }
        if let paper = programme.paper {
            pairs.insert((key("paper"), Node(paper.rawValue)), at: pairs.count - 3)
        }
        if let venue = programme.defaultVenue { pairs.append((key("default_venue"), Node(venue))) }
        pairs += [
            (
                key("prep_meeting"),
                Node([
                    (key("days_before"), number(programme.prepLeadDays)),
                    (key("minutes"), number(programme.prepMinutes)),
                ])
            ),
            (key("lost_date"), Node(programme.lostDatePolicy.rawValue)),
            (key("theme_repeat_gap_months"), number(programme.themeRepeatGapMonths)),
            (
                key("max_rounds_per_facilitator_per_quarter"),
                number(programme.maxRoundsPerFacilitatorPerQuarter)
            ),
            (key("clinical_pairing"), flag(programme.requiresClinicalPairing)),
            (key("reminder_minutes"), number(programme.reminderMinutes)),
        ]
        // Written only when set, so files that never used it read back unchanged.
        if programme.fairnessHorizonMonths != Programme.defaultFairnessHorizonMonths {
            pairs.append(
                (key("fairness_horizon_months"), number(programme.fairnessHorizonMonths)))
        }
        if programme.evaluationWindowDays != Programme.defaultEvaluationWindowDays {
            pairs.append(
                (key("evaluation_window_days"), number(programme.evaluationWindowDays)))
        }
        if let base = programme.webBaseURL { pairs.append((key("web_base_url"), text(base))) }
        if let support = programme.supportServices {
            pairs.append((key("support"), texts(support)))
        }
        // The UK set is the default and is left out, so older files export unchanged.
        if programme.questionSet != .uk {
            pairs.append((key("evaluation"), evaluationNode(programme.questionSet)))
        }
        if !programme.blackouts.isEmpty {
            pairs.append(
                (
                    key("blackouts"),
                    Node(
                        programme.blackouts.map {
                            Node([
                                (key("dates"), Node($0.range.description)),
                                (key("reason"), text($0.reason)),
                            ])
                        })
                ))
        }
        return Node(pairs)
    }

    private static func evaluationNode(_ set: QuestionSet) -> Node {
        if QuestionSet.named(set.name) == set { return Node(set.name) }
        var pairs: [(Node, Node)] = []
        if !set.stem.isEmpty { pairs.append((key("stem"), text(set.stem))) }
        pairs.append(
            (
                key("statements"),
                Node(
                    set.questions.map {
                        Node([(key("key"), Node($0.key)), (key("text"), text($0.text))])
                    })
            ))
        if set.staffGroups != QuestionSet.defaultStaffGroups {
            pairs.append((key("staff_groups"), texts(set.staffGroups)))
        }
        return Node(pairs)
    }

    static func cadenceText(_ programme: Programme) -> String {
        let cadence = programme.cadence
        let ordinal = ordinals.first { $0.1 == cadence.ordinal }?.0 ?? "last"
        let end = LocalTime(
            minutesSinceMidnight: cadence.startTime.minutesSinceMidnight
                + programme.format.lengthMinutes)
        let every = cadence.intervalMonths == 1 ? "" : " every \(cadence.intervalMonths) months"
        return "\(ordinal) \(cadence.weekday.displayName) \(cadence.startTime)-\(end)\(every)"
    }

    private static func formatNode(_ format: RoundFormat) -> Node {
        var preset = RoundFormat.preset(format.preset)
        preset.lengthMinutes = format.lengthMinutes
        if preset == format, format.preset != .custom { return Node(format.preset.displayName) }
        var pairs: [(Node, Node)] = [(key("preset"), Node(format.preset.displayName))]
        for (name, path) in formatFields where name != "length_minutes" {
            if format.preset == .custom || format[keyPath: path] != preset[keyPath: path] {
                pairs.append((key(name), number(format[keyPath: path])))
            }
        }
        return Node(pairs)
    }

    private static func venueNode(_ venue: Venue) -> Node {
        var pairs: [(Node, Node)] = [
            (key("slug"), Node(venue.slug)), (key("name"), text(venue.name)),
        ]
        switch venue.kind {
        case .room: pairs.append((key("room"), text(venue.address ?? "")))
        case .video: pairs.append((key("video_link"), text(venue.videoLink ?? "")))
        }
        return Node(pairs)
    }

    private static func personNode(_ person: Person, _ leave: [Leave]) -> Node {
        var pairs: [(Node, Node)] = [
            (key("email"), Node(person.email.value)),
            (key("name"), text(person.name)),
            (key("staff_group"), text(person.staffGroup)),
            (key("clinical"), flag(person.isClinical)),
        ]
        if let seniority = person.seniority { pairs.append((key("seniority"), text(seniority))) }
        if !person.roles.isEmpty {
            pairs.append((key("roles"), Node(person.sortedRoles.map { Node($0.rawValue) })))
        }
        if let profile = person.facilitatorProfile {
            pairs.append((key("training"), Node(profile.training.rawValue)))
            if let since = profile.since {
                pairs.append((key("trained_on"), Node(since.description)))
            }
        }
        if !leave.isEmpty {
            pairs.append(
                (
                    key("leave"),
                    Node(
                        leave.map { entry in
                            var leavePairs = [(key("dates"), Node(entry.range.description))]
                            if let note = entry.note {
                                leavePairs.append((key("note"), text(note)))
                            }
                            return Node(leavePairs)
                        })
                ))
        }
        return Node(pairs)
    }

    private static func excerptNode(_ excerpt: Excerpt) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), Node(excerpt.id)),
            (key("quotation"), text(excerpt.quotation)),
            (key("citation"), text(excerpt.citation)),
        ]
        if let url = excerpt.url { pairs.append((key("url"), text(url))) }
        if let note = excerpt.note { pairs.append((key("note"), text(note))) }
        if !excerpt.suggestedPrompts.isEmpty {
            pairs.append((key("prompts"), texts(excerpt.suggestedPrompts)))
        }
        return Node(pairs)
    }

    private static func themeNode(_ theme: Theme) -> Node {
        var pairs: [(Node, Node)] = [
            (key("slug"), Node(theme.slug)), (key("title"), text(theme.title)),
        ]
        if !theme.description.isEmpty {
            pairs.append((key("description"), text(theme.description)))
        }
        if !theme.prompts.isEmpty { pairs.append((key("prompts"), texts(theme.prompts))) }
        if !theme.excerptIDs.isEmpty {
            pairs.append((key("excerpts"), Node(theme.excerptIDs.map { Node($0) })))
        }
        if let lastUsed = theme.lastUsed {
            pairs.append((key("last_used"), Node(lastUsed.description)))
        }
        return Node(pairs)
    }

    private static func roundNode(_ round: Round) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), Node(round.id.description)),
            (key("start"), Node(round.start.description)),
            (key("end"), Node(round.end.description)),
        ]
        if let venue = round.venue { pairs.append((key("venue"), Node(venue))) }
        if let theme = round.theme { pairs.append((key("theme"), Node(theme))) }
        pairs.append((key("status"), Node(round.status.rawValue)))
        if round.locked { pairs.append((key("locked"), flag(true))) }
        if round.datePinned { pairs.append((key("date_pinned"), flag(true))) }
        if round.facilitatorsPinned { pairs.append((key("facilitators_pinned"), flag(true))) }
        if !round.facilitators.isEmpty {
            pairs.append((key("facilitators"), Node(round.facilitators.map { Node($0.value) })))
        }
        if !round.panel.isEmpty {
            pairs.append(
                (
                    key("panel"),
                    Node(
                        round.panel.map { panellist in
                            var entry = [(key("email"), Node(panellist.person.value))]
                            if let story = panellist.storyTitle {
                                entry.append((key("story"), text(story)))
                            }
                            if let notes = panellist.notes {
                                entry.append((key("notes"), text(notes)))
                            }
                            if panellist.showsName { entry.append((key("show_name"), flag(true))) }
                            return Node(entry)
                        })
                ))
        }
        if let prep = round.prepMeeting {
            pairs.append(
                (
                    key("prep_meeting"),
                    Node([
                        (key("start"), Node(prep.start.description)),
                        (key("end"), Node(prep.end.description)),
                    ])
                ))
        }
        return Node(pairs)
    }
}

extension ProgrammeStore {
    /// The programme as a programme file (text); deterministic for the same stored data.
    package func exportYAML() throws -> String {
        let data = try load()
        do {
            return try ProgrammeFile.yaml(from: data)
        } catch is YamlError {
            throw RoundsStoreError.refused(
                "Rounds could not write the programme as YAML. Please report this as a bug.")
        }
    }
}
