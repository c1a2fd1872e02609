/// Where a record came from: the kind of file and the row in it.
public struct RecordSource: Sendable, Hashable, Codable {
    /// What kind of file it was.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The keying sheet for paper forms (`rounds evaluations template`).
        case paper
        /// A Microsoft Forms export.
        case microsoftForms = "microsoft-forms"
        /// A Google Forms export.
        case googleForms = "google-forms"
        /// The sign-in sheet keyed as CSV.
        case signInSheet = "sign-in-sheet"
        /// Microsoft Teams' attendance report.
        case teams
        /// Typed on the web form or at the command line.
        case direct
    }

    /// The kind of file.
    public var kind: Kind
    /// The row in the file (the spreadsheet's own number: the header is row 1); 0 for direct.
    public var row: Int

    /// A source of `kind` at `row`.
    public init(kind: Kind, row: Int) {
        self.kind = kind
        self.row = row
    }
}

/// One anonymous evaluation form: its answers, the overall rating, staff group and free text.
///
/// Nothing identifies the person who filled it in. The free text is confidential: it appears
/// only in the full report, never in the board version, logs or errors.
public struct EvaluationResponse: Sendable, Hashable, Codable {
    /// The Round it is about.
    public var round: RoundID
    /// Statement key to the point 1-5 on the agreement scale; unanswered statements are absent.
    public var answers: [String: Int]
    /// The overall rating 1-5; nil when not given.
    public var overall: Int?
    /// The staff group ticked; nil when none.
    public var staffGroup: String?
    /// What the person wrote; nil when nothing.
    public var comment: String?
    /// The file and row it was imported from.
    public var source: RecordSource

    /// A response; empty text becomes nil.
    public init(
        round: RoundID, answers: [String: Int], overall: Int?, staffGroup: String?,
        comment: String?, source: RecordSource
    ) {
        self.round = round
        self.answers = answers
        self.overall = overall
        self.staffGroup = staffGroup.flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0 }
        self.comment = comment.flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0 }
        self.source = source
    }

    /// True when the form carries no answer at all (a blank row or an untouched form).
    public var isEmpty: Bool {
        answers.isEmpty && overall == nil && staffGroup == nil && comment == nil
    }

    /// What recognises this response when the same file is imported again: the Round, the
    /// source kind and row, and the content, as one text (stable across runs and machines).
    public var identity: String {
        let answerText = answers.keys.sorted().map { "\($0)=\(answers[$0] ?? 0)" }
            .joined(separator: ",")
        let parts = [
            round.description, source.kind.rawValue, String(source.row), answerText,
            overall.map(String.init) ?? "", staffGroup ?? "", comment ?? "",
        ]
        return "v1:" + String(stableHash(parts.joined(separator: "\u{1F}")), radix: 16)
    }
}

/// FNV-1a, 64 bits: a fixed hash of text, for identities that must not change between runs
/// (Swift's `Hasher` is seeded per process).
public func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
}
