package import RoundsCore

/// Everything one facilitator pack is made from: Core values, no store.
package struct PackInput: Sendable, Hashable {
    /// The programme the Round belongs to (organisation, format, venues).
    package var programme: Programme
    /// The Round.
    package var round: Round
    /// People the Round names (facilitators, panellists, clinical lead); others are ignored.
    package var people: [Person]
    /// The Round's theme; nil when none is chosen yet.
    package var theme: Theme?
    /// The excerpt that seeded the theme; nil when it has none.
    package var excerpt: Excerpt?
    /// The questions the evaluation form asks: the programme's set unless told otherwise.
    package var questionSet: QuestionSet

    /// An input; `people` may hold the whole programme's people.
    package init(
        programme: Programme, round: Round, people: [Person], theme: Theme? = nil,
        excerpt: Excerpt? = nil, questionSet: QuestionSet? = nil
    ) {
        self.questionSet = questionSet ?? programme.questionSet
        self.programme = programme
        self.round = round
        self.people = people
        self.theme = theme
        self.excerpt = excerpt
    }

    /// An input that finds the Round's theme by slug and its first excerpt by id.
    package init(
        programme: Programme, round: Round, people: [Person], themes: [Theme],
        excerpts: [Excerpt], questionSet: QuestionSet? = nil
    ) {
        let theme = round.theme.flatMap { slug in themes.first { $0.slug == slug } }
        let excerpt = theme.flatMap { theme in
            theme.excerptIDs.lazy.compactMap { id in excerpts.first { $0.id == id } }.first
        }
        self.init(
            programme: programme, round: round, people: people, theme: theme, excerpt: excerpt,
            questionSet: questionSet)
    }

    /// The record for `email`, if `people` has it.
    func person(_ email: EmailAddress) -> Person? { people.first { $0.email == email } }
}

extension PackInput {
    /// One input per Round, in the order given, each with its theme and first excerpt.
    package static func inputs(
        programme: Programme, rounds: [Round], people: [Person], themes: [Theme],
        excerpts: [Excerpt]
    ) -> [PackInput] {
        rounds.map { round in
            PackInput(
                programme: programme, round: round, people: people, themes: themes,
                excerpts: excerpts)
        }
    }
}
