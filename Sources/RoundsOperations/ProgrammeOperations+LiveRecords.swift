package import Foundation
package import RoundsCore
import RoundsStore

extension ProgrammeOperations {
    /// Records one evaluation form filled in on a live front door (the web form) for the Round
    /// `reference`, in one transaction.
    ///
    /// `answers` maps question keys of the programme's question set to points 1 to 5; an
    /// unknown key, a point out of range or an empty form is refused. The Round must be held,
    /// or `now` must fall inside `window` around it; a cancelled Round is always refused.
    /// Errors never repeat the comment. With `device` (the digest of a web form's device
    /// token), a second form from the same device for the same Round throws
    /// ``AlreadyAnswered`` and stores nothing.
    package func recordEvaluationResponse(
        round reference: String, answers: [String: Int], overall: Int?, staffGroup: String?,
        comment: String?, now: Date, window: RecordingWindow = .duringRound,
        device: String? = nil
    ) throws -> RecordedEvaluation {
        try recordLive(reference, now: now, window: window) { programme, round, records in
            let keys = Set(programme.questionSet.keys)
            for key in answers.keys.sorted() where !keys.contains(key) {
                throw OperationFailure(
                    "The form answers a question \"\(key)\" that the programme's question set "
                        + "does not have.")
            }
            for (key, point) in answers.sorted(by: { $0.key < $1.key })
            where !(1...5).contains(point) {
                throw OperationFailure("The answer to \"\(key)\" must be 1 to 5, not \(point).")
            }
            if let overall, !(1...5).contains(overall) {
                throw OperationFailure("The overall rating must be 1 to 5, not \(overall).")
            }
            let stored = try records.record(of: round.id).responses
            // Each form typed directly gets the next number, so two forms with the same
            // answers are two forms, not one imported twice.
            let row = stored.filter { $0.source.kind == .direct }.count + 1
            let response = EvaluationResponse(
                round: round.id, answers: answers, overall: overall, staffGroup: staffGroup,
                comment: comment, source: RecordSource(kind: .direct, row: row))
            if response.isEmpty { throw OperationFailure("The form is empty: nothing to record.") }
            if let device, try !records.claimDevice(device, for: round.id) {
                throw AlreadyAnswered(round: round.id)
            }
            _ = try records.addResponses([response])
            return RecordedEvaluation(round: round, response: response, forms: stored.count + 1)
        }
    }

    /// Records one sign-in made on a live front door (a web page or a QR code at the door) for
    /// the Round `reference`, in one transaction. The Round must be held, or `now` must fall
    /// inside `window` around it; a cancelled Round is always refused.
    package func recordSignIn(
        round reference: String, name: String?, staffGroup: String?, firstTime: Bool?,
        email: String?, now: Date, window: RecordingWindow = .duringRound
    ) throws -> RecordedSignIn {
        try recordLive(reference, now: now, window: window) { _, round, records in
            let stored = try records.record(of: round.id).attendance.signIns
            let row = stored.filter { $0.source.kind == .direct }.count + 1
            let signIn = SignIn(
                name: name, staffGroup: staffGroup, firstTime: firstTime, email: email,
                source: RecordSource(kind: .direct, row: row))
            _ = try records.addSignIns([signIn], to: round.id)
            return RecordedSignIn(round: round, signIn: signIn, signIns: stored.count + 1)
        }
    }
}

extension ProgrammeOperations {
    /// One transaction for a live record: the Round `reference`, refused unless `window`
    /// admits it at `now`, handed to `body` with the programme and the records editor.
    private func recordLive<T>(
        _ reference: String, now: Date, window: RecordingWindow,
        _ body: (Programme, Round, any RoundRecordEditor) throws -> T
    ) throws -> T {
        try store().update(loading: .rounds) { data, records in
            let programme = try data.existingProgramme()
            let round = try data.round(reference)
            try window.admit(round, now: now, timeZone: programme.timeZone)
            return try body(programme, round, records)
        }
    }
}

/// When a live front door may record for a Round not yet marked held: from `opensBefore`
/// minutes before its start to `closesAfter` minutes after its end, in the programme's time
/// zone. A held Round takes records at any time; a cancelled one never does.
package struct RecordingWindow: Sendable, Hashable {
    /// Minutes before the start that recording opens.
    package var opensBefore: Int
    /// Minutes after the end that recording closes.
    package var closesAfter: Int

    /// A window reaching `opensBefore` minutes before the Round and `closesAfter` after it.
    package init(opensBefore: Int = 0, closesAfter: Int = 0) {
        self.opensBefore = opensBefore
        self.closesAfter = closesAfter
    }

    /// From the Round's start to its end.
    package static let duringRound = RecordingWindow()

    /// Refuses `round` unless it is held or `now` falls inside the window around it.
    func admit(_ round: Round, now: Date, timeZone: String) throws {
        if round.status == .cancelled {
            throw OperationFailure("\(round.label) was cancelled, so it takes no records.")
        }
        if round.status == .held { return }
        let opens = Self.instant(round.start.adding(minutes: -opensBefore), in: timeZone)
        let closes = Self.instant(round.end.adding(minutes: closesAfter), in: timeZone)
        guard let opens, let closes, opens <= now, now <= closes else {
            throw OperationFailure(
                "\(round.label) is not taking records now: it has not been marked held and "
                    + "it is not in progress.")
        }
    }

    /// The moment a wall-clock time happens in the zone `identifier`.
    static func instant(_ time: LocalDateTime, in identifier: String) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .gmt
        return calendar.date(
            from: DateComponents(
                year: time.year, month: time.month, day: time.day, hour: time.hour,
                minute: time.minute))
    }
}

/// One evaluation form recorded by `recordEvaluationResponse`.
package struct RecordedEvaluation: Sendable, Hashable {
    /// The Round it is about.
    package let round: Round
    /// The form as stored.
    package let response: EvaluationResponse
    /// How many forms the Round has now.
    package let forms: Int
}

/// One sign-in recorded by `recordSignIn`.
package struct RecordedSignIn: Sendable, Hashable {
    /// The Round signed in to.
    package let round: Round
    /// The sign-in as stored.
    package let signIn: SignIn
    /// How many sign-ins the Round has now.
    package let signIns: Int
}
