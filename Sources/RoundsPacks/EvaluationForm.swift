import RoundsCore

/// The evaluation form handed out at each Round, read from the programme's ``QuestionSet``
/// (the UK set unless the programme chose another), so the printed form and every import of
/// its answers use the same wording.
package enum EvaluationForm {
    /// Statements of the UK set, each completing "Today's Round...".
    package static var statements: [String] { QuestionSet.uk.questions.map(\.text) }

    /// The five points of agreement, from 1 to 5.
    package static var agreementScale: [String] { QuestionSet.agreementScale }

    /// The overall rating, 1 to 5, with labels for its two ends.
    package static var ratingScale: [(Int, String)] {
        QuestionSet.ratingLabels.enumerated().map { ($0.offset + 1, $0.element) }
    }
}
