/// The facilitators' and panel's debrief after a Round: logistics only.
///
/// What was said at the Round is never recorded, here or anywhere: the debrief holds which
/// checks were done, who follows up what by when, and whether the panel was thanked.
public struct Debrief: Sendable, Hashable, Codable {
    /// The pack's debrief checks and whether each was done.
    public var checklist: [DebriefCheck]
    /// Follow-up actions agreed at the debrief.
    public var actions: [FollowUpAction]
    /// True when the panel has been thanked.
    public var panelThanked: Bool

    /// A debrief; by default the pack's checklist, nothing done.
    public init(
        checklist: [DebriefCheck] = Debrief.standardChecks.map {
            DebriefCheck(text: $0, done: false)
        }, actions: [FollowUpAction] = [], panelThanked: Bool = false
    ) {
        self.checklist = checklist
        self.actions = actions
        self.panelThanked = panelThanked
    }

    /// The checks the pack prints for the debrief.
    public static let standardChecks = [
        "Facilitators and panel debriefed together",
        "Anyone who seemed distressed noted, with who follows up",
        "Practice or policy suggestions passed to the right person",
        "Evaluation forms collected and counted",
        "Sign-in sheet collected",
    ]

    /// Actions not done whose due date is before `today`.
    public func overdueActions(on today: LocalDate) -> [FollowUpAction] {
        actions.filter { !$0.done && $0.due < today }
    }
}

/// One check of the debrief.
public struct DebriefCheck: Sendable, Hashable, Codable {
    /// What is checked.
    public var text: String
    /// True when it was done.
    public var done: Bool

    /// A check.
    public init(text: String, done: Bool) {
        self.text = text
        self.done = done
    }
}

/// Something someone agreed to follow up after the Round, by a date.
///
/// The text is a logistics note ("call the ward manager about cover"), never what was said.
public struct FollowUpAction: Sendable, Hashable, Codable {
    /// What is to be done.
    public var text: String
    /// Who does it.
    public var owner: EmailAddress
    /// By when.
    public var due: LocalDate
    /// True when it is done.
    public var done: Bool

    /// An action, not yet done unless `done` says so.
    public init(text: String, owner: EmailAddress, due: LocalDate, done: Bool = false) {
        self.text = text
        self.owner = owner
        self.due = due
        self.done = done
    }
}

/// What happened at one held Round: attendance, evaluations and debrief.
public struct RoundRecord: Sendable, Hashable, Codable {
    /// The Round.
    public var round: RoundID
    /// Who came.
    public var attendance: Attendance
    /// The evaluation forms returned.
    public var responses: [EvaluationResponse]
    /// The debrief; nil until recorded.
    public var debrief: Debrief?

    /// A record of `round`.
    public init(
        round: RoundID, attendance: Attendance = Attendance(),
        responses: [EvaluationResponse] = [], debrief: Debrief? = nil
    ) {
        self.round = round
        self.attendance = attendance
        self.responses = responses
        self.debrief = debrief
    }

    /// Responses per attendee, 0 to 1; nil when the attendance is unknown.
    public var responseRate: Double? {
        let count = attendance.count
        return count == 0 ? nil : Double(responses.count) / Double(count)
    }
}

extension RoundRecord {
    /// Adds the responses not already held (same ``EvaluationResponse/identity``); returns how
    /// many were new. Importing the same file twice adds nothing the second time.
    @discardableResult
    public mutating func add(_ new: [EvaluationResponse]) -> Int {
        var known = Set(responses.map(\.identity))
        var added = 0
        for response in new where known.insert(response.identity).inserted {
            responses.append(response)
            added += 1
        }
        return added
    }

    /// Adds the sign-ins not already held (same ``SignIn/identity``); returns how many were new.
    @discardableResult
    public mutating func add(_ new: [SignIn]) -> Int {
        var known = Set(attendance.signIns.map(\.identity))
        var added = 0
        for signIn in new where known.insert(signIn.identity).inserted {
            attendance.signIns.append(signIn)
            added += 1
        }
        return added
    }
}
