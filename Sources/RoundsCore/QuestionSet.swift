/// One statement of an evaluation form, rated on the form's agreement scale.
public struct EvaluationQuestion: Sendable, Hashable, Codable {
    /// A short permanent key such as `colleagues`: report columns and mapping files use it.
    public var key: String
    /// The statement as printed; for sets with a stem it completes the stem ("helps me ...").
    public var text: String

    /// A statement with `key` and `text`.
    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}

/// The questions one programme asks after a Round: the printed form and every import use it.
///
/// A set has statements rated on a five-point agreement scale, an overall rating from 1 to 5,
/// a staff group and a free-text box. The UK set is the default (``uk``); the US sets differ
/// for in-person, unit-based and virtual Rounds; a programme may give its own statements.
public struct QuestionSet: Sendable, Hashable, Codable {
    /// Its name: `uk`, `us-in-person`, `us-unit-based`, `us-virtual` or `custom`.
    public var name: String
    /// Words every statement completes, such as `Today's Round...`; empty when none.
    public var stem: String
    /// The statements in printed order.
    public var questions: [EvaluationQuestion]
    /// The question asked for the overall rating.
    public var ratingQuestion: String
    /// Staff groups offered on the form, in printed order.
    public var staffGroups: [String]
    /// The free-text question.
    public var commentQuestion: String

    /// A question set; the rating, staff-group and comment questions default to the UK form's.
    public init(
        name: String, stem: String, questions: [EvaluationQuestion],
        ratingQuestion: String = QuestionSet.defaultRatingQuestion,
        staffGroups: [String] = QuestionSet.defaultStaffGroups,
        commentQuestion: String = QuestionSet.defaultCommentQuestion
    ) {
        self.name = name
        self.stem = stem
        self.questions = questions
        self.ratingQuestion = ratingQuestion
        self.staffGroups = staffGroups
        self.commentQuestion = commentQuestion
    }

    /// The five points of agreement, 1 (completely disagree) to 5 (completely agree).
    public static let agreementScale = [
        "Completely disagree", "Disagree", "Neither agree nor disagree", "Agree",
        "Completely agree",
    ]

    /// Labels of the overall rating 1 to 5; the middle points have none.
    public static let ratingLabels = ["Poor", "", "", "", "Exceptional"]

    /// The UK form's overall question.
    public static let defaultRatingQuestion = "Overall, how would you rate today's Round?"

    /// The UK form's free-text question.
    public static let defaultCommentQuestion = "Anything else you would like to tell us?"

    /// Staff groups on the UK form (the NHS's broad staff groups, plus students and other).
    public static let defaultStaffGroups = [
        "Medical or dental", "Nursing or midwifery", "Allied health professional",
        "Healthcare scientist", "Admin and clerical", "Estates and facilities", "Management",
        "Student or trainee", "Other",
    ]

    /// The statement keys in order.
    public var keys: [String] { questions.map(\.key) }

    /// The statement as a reader sees it on its own: the stem and the statement.
    public func fullText(of question: EvaluationQuestion) -> String {
        stem.isEmpty ? question.text : "\(stem) \(question.text)"
    }

    /// The point 1-5 that `text` names: a digit, or a scale word in any case (`agree`,
    /// `Completely agree`); nil when it names none.
    public static func agreementPoint(_ text: String) -> Int? {
        let trimmed = text.trimmedWhitespace
        if let value = Int(trimmed), (1...5).contains(value) { return value }
        let folded = QuestionSet.fold(trimmed)
        if let index = agreementScale.firstIndex(where: { QuestionSet.fold($0) == folded }) {
            return index + 1
        }
        // Common spellings on online forms.
        let synonyms = [
            "stronglydisagree": 1, "neitheragreenordisagree": 3, "neutral": 3,
            "stronglyagree": 5,
        ]
        return synonyms[folded]
    }

    /// The overall rating 1-5 that `text` names: a digit (also `4 - Very good`, `5 stars`)
    /// or the end labels `Poor` and `Exceptional`; nil when it names none.
    public static func ratingPoint(_ text: String) -> Int? {
        let trimmed = text.trimmedWhitespace
        if let first = trimmed.first, let value = first.wholeNumberValue, (1...5).contains(value),
            trimmed.dropFirst().first.map({ !$0.isNumber }) ?? true
        {
            return value
        }
        let folded = QuestionSet.fold(trimmed)
        if folded == "poor" { return 1 }
        if folded == "exceptional" { return 5 }
        return nil
    }

    /// `text` lower-cased with letters and digits only, for tolerant comparison.
    public static func fold(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            }.map(Character.init))
    }
}
