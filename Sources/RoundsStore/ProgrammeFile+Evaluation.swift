import Foundation
import RoundsCore

extension ProgrammeFile {
    static let builtInQuestionSets: [(String, QuestionSet)] = QuestionSet.builtIn.map {
        ($0.name, $0)
    }

    /// `evaluation: us-virtual`, or a set of the programme's own:
    ///
    /// ```yaml
    /// evaluation:
    ///   stem: "This session..."
    ///   statements:
    ///     - gave me time to reflect.                   # key statement-1
    ///     - { key: team, text: helped our team talk. }
    ///   staff_groups: [Nursing, Medical, Other]        # optional
    /// ```
    static func readEvaluation(_ node: YAMLValue) throws -> QuestionSet {
        if node.isScalar {
            return try node.choice(builtInQuestionSets, what: "a question set")
        }
        let map = try node.mapping(keys: ["stem", "statements", "staff_groups"])
        let list = try map.required("statements").list()
        guard !list.isEmpty else {
            throw try map.required("statements").error(
                "Give at least one statement, or name a built-in set such as uk.")
        }
        var questions: [EvaluationQuestion] = []
        for (index, item) in list.enumerated() {
            if item.isScalar {
                questions.append(
                    EvaluationQuestion(
                        key: "statement-\(index + 1)", text: try item.nonEmptyText("statement")))
            } else {
                let entry = try item.mapping(keys: ["key", "text"])
                questions.append(
                    EvaluationQuestion(
                        key: try entry.required("key").slug(),
                        text: try entry.required("text").nonEmptyText("text")))
            }
        }
        if let repeated = Dictionary(grouping: questions, by: \.key).first(where: {
            $0.value.count > 1
        }) {
            throw try map.required("statements").error(
                "Two statements have the key \(repeated.key). Give each its own key.")
        }
        let groups = try map["staff_groups"]?.texts() ?? QuestionSet.defaultStaffGroups
        return QuestionSet(
            name: "custom", stem: try map["stem"]?.text() ?? "", questions: questions,
            staffGroups: groups.isEmpty ? QuestionSet.defaultStaffGroups : groups)
    }
}

extension ProgrammeFile {
    /// `web_base_url: https://rounds.example.nhs.uk`: an http(s) address with a host, no
    /// query or fragment; a trailing slash is dropped so links join with one slash.
    static func readWebBaseURL(_ node: YAMLValue) throws -> String {
        var value = try node.nonEmptyText("web_base_url")
        while value.hasSuffix("/") { value.removeLast() }
        let lower = value.lowercased()
        let rest = lower.drop { $0 != ":" }
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
            rest.count > 3,
            !value.contains(where: { $0.isWhitespace || "?#\"<>".contains($0) })
        else {
            throw node.error(
                "\(value) is not a web address for web_base_url; write it as "
                    + "https://rounds.example.nhs.uk, the address given to rounds serve "
                    + "--base-url.")
        }
        return value
    }

    /// `support:` a list of the services staff can turn to (name and number), each a line of
    /// text, at least one: the debrief page and the web's thank-you page list them in order.
    static func readSupportServices(_ node: YAMLValue) throws -> [String] {
        let items = try node.list()
        guard !items.isEmpty else {
            throw node.error(
                "support needs at least one service, such as \"Staff support line: 0100 000 "
                    + "0000\"; leave the key out for the list of the holiday region.")
        }
        return try items.map { try $0.nonEmptyText("support").trimmingCharacters(in: .whitespaces) }
    }
}
