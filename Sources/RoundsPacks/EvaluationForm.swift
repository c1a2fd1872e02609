/// The evaluation form handed out at each Round (the UK pattern).
package enum EvaluationForm {
    /// Statements that complete "Today's Round...", each rated on ``agreementScale``.
    package static let statements = [
        "will help me work better with colleagues.",
        "gave me knowledge that will help me care for patients.",
        "gave me more confidence with the non-clinical side of care.",
        "raised my awareness of how to handle sensitive issues.",
        "showed me how giving and receiving support helps us feel valued.",
        "made me more aware of teamwork and communication.",
        "raised my awareness of the social and emotional side of care.",
        "increased my compassion towards patients.",
        "reinforced my empathy with patients as people.",
    ]

    /// The five points of agreement, from 1 to 5.
    package static let agreementScale = [
        "Completely disagree", "Disagree", "Neither agree nor disagree", "Agree",
        "Completely agree",
    ]

    /// The overall rating, 1 to 5, with labels for its two ends.
    package static let ratingScale: [(Int, String)] = [
        (1, "Poor"), (2, ""), (3, ""), (4, ""), (5, "Exceptional"),
    ]
}
