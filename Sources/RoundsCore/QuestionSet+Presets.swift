extension QuestionSet {
    /// The UK form: nine statements completing "Today's Round..." (the Point of Care
    /// Foundation's pattern, in this project's wording). The default.
    public static let uk = QuestionSet(
        name: "uk", stem: "Today's Round\u{2026}",
        questions: [
            .init(key: "colleagues", text: "will help me work better with colleagues."),
            .init(
                key: "knowledge",
                text: "gave me knowledge that will help me care for patients."),
            .init(
                key: "confidence",
                text: "gave me more confidence with the non-clinical side of care."),
            .init(
                key: "sensitive-issues",
                text: "raised my awareness of how to handle sensitive issues."),
            .init(
                key: "support",
                text: "showed me how giving and receiving support helps us feel valued."),
            .init(key: "teamwork", text: "made me more aware of teamwork and communication."),
            .init(
                key: "social-emotional",
                text: "raised my awareness of the social and emotional side of care."),
            .init(key: "compassion", text: "increased my compassion towards patients."),
            .init(key: "empathy", text: "reinforced my empathy with patients as people."),
        ])

    /// Statements every US set shares (this project's wording of the Schwartz Center's themes).
    private static let usCommon: [EvaluationQuestion] = [
        .init(
            key: "insight",
            text: "gave me insight into how colleagues think and feel about their work."),
        .init(key: "less-alone", text: "helped me feel less alone in my work."),
        .init(
            key: "teamwork",
            text: "will help me work better with colleagues on my team."),
        .init(
            key: "compassion",
            text: "will help me respond with compassion to patients and families."),
        .init(
            key: "would-return",
            text: "is one I would recommend to a colleague."),
    ]

    /// The overall question on the US forms, in their "This Round..." voice.
    public static let usRatingQuestion = "Overall, how would you rate this Round?"

    /// Staff groups on the US forms: American job families instead of the NHS's staff groups.
    public static let usStaffGroups = [
        "Physician", "Nursing", "Advanced practice provider", "Allied health or therapy",
        "Social work or spiritual care", "Administrative", "Facilities or support services",
        "Leadership", "Student, resident or fellow", "Other",
    ]

    /// The US set for a Round in a room, open to all staff.
    public static let usInPerson = QuestionSet(
        name: "us-in-person", stem: "This Round\u{2026}",
        questions: usCommon + [
            .init(
                key: "panel-relevant",
                text: "had a panel whose stories were relevant to my work.")
        ], ratingQuestion: usRatingQuestion, staffGroups: usStaffGroups)

    /// The US set for a unit-based Round: one unit or team, about its own work.
    public static let usUnitBased = QuestionSet(
        name: "us-unit-based", stem: "This Round\u{2026}",
        questions: usCommon + [
            .init(
                key: "unit-connection",
                text: "helped me feel more connected to the people on my unit.")
        ], ratingQuestion: usRatingQuestion, staffGroups: usStaffGroups)

    /// The US set for a virtual Round (Teams, Zoom).
    public static let usVirtual = QuestionSet(
        name: "us-virtual", stem: "This Round\u{2026}",
        questions: usCommon + [
            .init(
                key: "virtual-safe",
                text: "felt like a safe space even though it was held online."),
            .init(
                key: "virtual-take-part",
                text: "let me take part as fully as I wanted through the chat or by speaking."),
        ], ratingQuestion: usRatingQuestion, staffGroups: usStaffGroups)

    /// The built-in sets by name.
    public static let builtIn: [QuestionSet] = [uk, usInPerson, usUnitBased, usVirtual]

    /// The built-in set called `name`; nil when there is none.
    public static func named(_ name: String) -> QuestionSet? {
        builtIn.first { $0.name == name.trimmedWhitespace.lowercased() }
    }
}
