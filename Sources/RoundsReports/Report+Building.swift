package import RoundsCore

/// What a report is made from: Core values only, no store.
package struct ReportInput: Sendable {
    /// The programme.
    package var programme: Programme
    /// Every Round; those held within the period are reported.
    package var rounds: [Round]
    /// The theme library, for titles.
    package var themes: [Theme]
    /// The records of held Rounds.
    package var records: [RoundRecord]
    /// The question set the evaluations used.
    package var questionSet: QuestionSet
    /// First day of the period.
    package var from: LocalDate
    /// Last day of the period.
    package var to: LocalDate
    /// False for the board version (`--no-comments`).
    package var includeComments: Bool
    /// Today, for the fidelity warnings.
    package var today: LocalDate

    /// An input.
    package init(
        programme: Programme, rounds: [Round], themes: [Theme], records: [RoundRecord],
        questionSet: QuestionSet, from: LocalDate, to: LocalDate, includeComments: Bool,
        today: LocalDate
    ) {
        self.programme = programme
        self.rounds = rounds
        self.themes = themes
        self.records = records
        self.questionSet = questionSet
        self.from = from
        self.to = to
        self.includeComments = includeComments
        self.today = today
    }
}

extension Report {
    /// Label for responses without a staff group.
    package static let notGiven = "Not given"

    /// Computes the report of `input`: a pure function of its values.
    package init(_ input: ReportInput) {
        let recordsByRound = Dictionary(input.records.map { ($0.round, $0) }) { a, _ in a }
        let titles = Dictionary(input.themes.map { ($0.slug, $0.title) }) { a, _ in a }
        let held = input.rounds.filter {
            $0.status == .held && $0.date >= input.from && $0.date <= input.to
        }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        let keys = input.questionSet.keys
        var roundReports: [RoundReport] = []
        var themeRatings: [String: (rounds: Int, points: [Int])] = [:]
        var themeOrder: [String] = []
        for round in held {
            let record = recordsByRound[round.id] ?? RoundRecord(round: round.id)
            let responses = record.responses
            let theme = round.theme.flatMap { titles[$0] } ?? round.theme ?? "No theme"
            if themeRatings[theme] == nil { themeOrder.append(theme) }
            themeRatings[theme, default: (0, [])].rounds += 1
            themeRatings[theme, default: (0, [])].points += responses.compactMap(\.overall)
            let attendance = record.attendance.isEmpty ? nil : record.attendance.count
            roundReports.append(
                RoundReport(
                    id: round.id, date: round.date, theme: theme, attendance: attendance,
                    signIns: record.attendance.signIns.count,
                    firstTimers: record.attendance.firstTimers, responses: responses.count,
                    responseRate: attendance.flatMap {
                        $0 == 0 ? nil : round4(Double(responses.count) / Double($0))
                    },
                    overall: Distribution(responses.compactMap(\.overall)),
                    statements: Report.statements(keys: keys, responses: responses),
                    staffGroups: Report.groups(responses),
                    comments: input.includeComments ? responses.compactMap(\.comment) : nil))
        }
        let withAttendance = roundReports.filter { $0.attendance != nil }
        let totalAttendance = withAttendance.reduce(0) { $0 + ($1.attendance ?? 0) }
        let rated = withAttendance.filter { ($0.attendance ?? 0) > 0 }
        let ratedAttendance = rated.reduce(0) { $0 + ($1.attendance ?? 0) }
        let ratedResponses = rated.reduce(0) { $0 + $1.responses }
        let themes = themeOrder.map { theme in
            ThemeRank(
                theme: theme, rounds: themeRatings[theme]?.rounds ?? 0,
                overall: Distribution(themeRatings[theme]?.points ?? []))
        }.enumerated().sorted { lhs, rhs in
            // Best mean first; themes without ratings last; ties keep date order.
            let (l, r) = (lhs.element.overall.mean ?? -1, rhs.element.overall.mean ?? -1)
            return l != r ? l > r : lhs.offset < rhs.offset
        }.map(\.element)
        self.init(
            organisation: input.programme.organisation, locale: input.programme.locale,
            paper: input.programme.effectivePaper.cssName, from: input.from, to: input.to,
            questionSet: input.questionSet.name,
            statements: input.questionSet.questions.map {
                StatementInfo(key: $0.key, text: input.questionSet.fullText(of: $0))
            },
            includesComments: input.includeComments, rounds: roundReports,
            period: PeriodReport(
                roundsHeld: held.count, totalAttendance: totalAttendance,
                meanAttendance: withAttendance.isEmpty
                    ? nil : round2(Double(totalAttendance) / Double(withAttendance.count)),
                totalResponses: roundReports.reduce(0) { $0 + $1.responses },
                responseRate: ratedAttendance == 0
                    ? nil : round4(Double(ratedResponses) / Double(ratedAttendance)),
                firstTimers: roundReports.reduce(0) { $0 + $1.firstTimers },
                overall: Distribution(counts: Report.sum(roundReports.map(\.overall.counts))),
                statements: keys.enumerated().map { index, key in
                    StatementResult(
                        key: key,
                        distribution: Distribution(
                            counts: Report.sum(
                                roundReports.map { $0.statements[index].distribution.counts })))
                },
                staffGroups: Report.groups(roundReports.map(\.staffGroups)), themes: themes),
            warnings: RecordChecks(dates: DateWriter(locale: input.programme.locale)).warnings(
                rounds: held, records: input.records, today: input.today))
    }

    static func statements(keys: [String], responses: [EvaluationResponse])
        -> [StatementResult]
    {
        var counts = Array(repeating: [0, 0, 0, 0, 0], count: keys.count)
        let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        for response in responses {
            for (key, point) in response.answers {
                if let column = index[key], (1...5).contains(point) {
                    counts[column][point - 1] += 1
                }
            }
        }
        return keys.enumerated().map {
            StatementResult(key: $1, distribution: Distribution(counts: counts[$0]))
        }
    }

    /// The period's tallies are sums of the Rounds': each form is read once.
    static func sum(_ lists: [[Int]]) -> [Int] {
        lists.reduce([0, 0, 0, 0, 0]) { total, counts in zip(total, counts).map { $0 + $1 } }
    }

    static func groups(_ responses: [EvaluationResponse]) -> [GroupCount] {
        var counts: [String: Int] = [:]
        for response in responses { counts[response.staffGroup ?? notGiven, default: 0] += 1 }
        return ranked(counts)
    }

    static func groups(_ rounds: [[GroupCount]]) -> [GroupCount] {
        var counts: [String: Int] = [:]
        for round in rounds {
            for group in round { counts[group.group, default: 0] += group.count }
        }
        return ranked(counts)
    }

    static func ranked(_ counts: [String: Int]) -> [GroupCount] {
        let total = counts.values.reduce(0, +)
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            GroupCount(
                group: $0.key, count: $0.value, share: round4(Double($0.value) / Double(total)))
        }
    }
}
