package import Foundation
package import RoundsCore
import RoundsFiles
import RoundsRecords
import RoundsStore

extension ProgrammeOperations {
    /// The numbered rows a keying sheet offers unless told otherwise.
    package static let keyingSheetRows = KeyingSheet.defaultRows

    /// `held`: marks the Round `reference` held, with `headCount` when given, in one
    /// transaction. Refuses a cancelled Round and one whose day is after today (in the
    /// programme's time zone at `now`).
    package func markHeld(_ reference: String, headCount: Int?, now: Date) throws -> HeldChange {
        try store().update(loading: .rounds) { data, records in
            let today = Self.today(in: try data.existingProgramme().timeZone, at: now)
            return try Self.markHeld(
                reference, headCount: headCount, today: today, data: &data, records: records)
        }
    }

    /// The rule of `held`, inside a records transaction.
    static func markHeld(
        _ reference: String, headCount: Int?, today: LocalDate, data: inout ProgrammeData,
        records: any RoundRecordEditor
    ) throws -> HeldChange {
        let found = try data.round(reference)
        guard let index = data.rounds.firstIndex(where: { $0.id == found.id }) else {
            throw OperationFailure("There is no Round \(reference).")
        }
        var round = data.rounds[index]
        if round.status == .cancelled {
            throw OperationFailure("\(round.label) was cancelled, so it cannot have been held.")
        }
        if round.date > today {
            throw OperationFailure(
                "\(round.label) is in the future, so it cannot have been held yet.")
        }
        let markedHeld = round.status != .held
        if markedHeld {
            round.status = .held
            data.rounds[index] = round
        }
        var storedCount: Int?
        if let headCount, try records.record(of: round.id).attendance.headCount != headCount {
            try records.setHeadCount(headCount, of: round.id)
            storedCount = headCount
        }
        return HeldChange(round: round, markedHeld: markedHeld, headCount: storedCount)
    }

    /// `attendance import`: the sign-ins of a keyed sheet or a Teams report, added to the held
    /// Round `reference` in one transaction; importing the same file again adds nothing.
    package func importSignIns(file: String, round reference: String) throws -> SignInImportResult {
        let imported = try SignInImport.read(try Self.readFile(file), file: file)
        return try store().update(loading: .rounds) { data, records in
            let round = try data.round(reference)
            try Self.requireHeld(round)
            let added = try records.addSignIns(imported.signIns, to: round.id)
            return SignInImportResult(
                round: round, kind: imported.kind, read: imported.signIns.count, added: added)
        }
    }

    /// `evaluations template`: writes a keying sheet for paper forms with `rows` numbered rows,
    /// its Round column filled with `reference` when given.
    package func writeKeyingSheet(round reference: String?, rows: Int, to path: String) throws {
        let data = try reader().load()
        let programme = try data.existingProgramme()
        let round = try reference.map { try data.round($0) }
        let text = KeyingSheet.template(
            questionSet: programme.questionSet, round: round?.id, rows: rows)
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path), name: path)
        } catch {
            throw OperationFailure(
                "\(path) cannot be written. Check the folder exists and is writable.")
        }
    }

    /// `evaluations import`: the forms of a keying sheet or an online form's export (CSV),
    /// matched to the programme's questions (through the `mapping` file when given) and added
    /// in one transaction. All or nothing: a form about a Round not held refuses the lot.
    package func importEvaluations(file: String, round reference: String?, mapping: String?)
        throws -> EvaluationImportResult
    {
        try store().update(loading: .rounds) { data, records in
            let questions = try data.existingProgramme().questionSet
            let round = try reference.map { try data.round($0) }
            let columns = try mapping.map {
                try QuestionMatcher.readMapping(
                    try Self.readFile($0), file: $0, questionSet: questions)
            }
            let imported = try EvaluationImport.read(
                try Self.readFile(file), file: file, questionSet: questions, round: round?.id,
                mapping: columns ?? [:])
            let rounds = Set(imported.responses.map(\.round)).sorted()
            for id in rounds {
                guard let found = data.rounds.first(where: { $0.id == id }) else {
                    throw OperationFailure("There is no Round \(id).")
                }
                try Self.requireHeld(found)
            }
            let added = try records.addResponses(imported.responses)
            return EvaluationImportResult(
                rounds: rounds, read: imported.responses.count, added: added)
        }
    }

    /// `debrief`: applies `change` to the held Round's debrief (the pack's checklist when none
    /// is stored yet) in one transaction; returns the Round and the debrief as stored.
    package func updateDebrief(_ reference: String, _ change: DebriefChange) throws
        -> (round: Round, debrief: Debrief)
    {
        try store().update(loading: .rounds) { data, records in
            let round = try data.round(reference)
            try Self.requireHeld(round)
            var debrief = try records.record(of: round.id).debrief ?? Debrief()
            try change.apply(to: &debrief, of: round)
            try records.saveDebrief(debrief, for: round.id)
            return (round, debrief)
        }
    }

    /// Refuses a Round that has not been marked held.
    static func requireHeld(_ round: Round) throws {
        guard round.status == .held else {
            throw OperationFailure(
                "\(round.id) has not been marked held. Run `rounds held \(round.id)` first.")
        }
    }

    /// The bytes of `path`, or a plain failure naming it.
    static func readFile(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OperationFailure(
                "\(path) cannot be read. Check the path and that the file exists.")
        }
        return data
    }

    /// The day it is at `now` in the time zone `identifier` (GMT when unknown).
    package static func today(in identifier: String, at now: Date) -> LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: identifier) ?? .gmt, from: now)
        return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
    }
}

/// What `held` changed.
package struct HeldChange: Sendable, Hashable {
    /// The Round as it is now.
    package let round: Round
    /// True when the Round was not held before.
    package let markedHeld: Bool
    /// The head count stored, when it changed.
    package let headCount: Int?

    /// What changed, as sentences.
    package var lines: [String] {
        var lines: [String] = []
        if markedHeld { lines.append("Marked \(round.label) as held.") }
        if let headCount { lines.append("Attendance at \(round.label): \(headCount).") }
        if lines.isEmpty { lines.append("\(round.label) is already held. Nothing changed.") }
        return lines
    }
}

/// What `attendance import` read and added.
package struct SignInImportResult: Sendable, Hashable {
    /// The held Round the sign-ins belong to.
    package let round: Round
    /// The kind of file read: a keyed sheet or a Teams report.
    package let kind: RecordSource.Kind
    /// How many sign-ins the file holds.
    package let read: Int
    /// How many of them were new.
    package let added: Int
}

/// What `evaluations import` read and added.
package struct EvaluationImportResult: Sendable, Hashable {
    /// The Rounds the forms are about, in order.
    package let rounds: [RoundID]
    /// How many forms the file holds.
    package let read: Int
    /// How many of them were new.
    package let added: Int
}

/// The changes `debrief` makes: checklist items done, the panel thanked, an action added and
/// an action done. Empty, it changes nothing (the command then only shows the debrief).
package struct DebriefChange: Sendable, Hashable {
    /// Checklist items done, numbered from 1.
    package var checked: [Int]
    /// The panel has been thanked.
    package var thanked: Bool
    /// A follow-up action to add.
    package var newAction: FollowUpAction?
    /// The action, numbered from 1, that is done.
    package var actionDone: Int?

    /// A change with what is given.
    package init(
        checked: [Int] = [], thanked: Bool = false, newAction: FollowUpAction? = nil,
        actionDone: Int? = nil
    ) {
        self.checked = checked
        self.thanked = thanked
        self.newAction = newAction
        self.actionDone = actionDone
    }

    /// Applies the change; refuses an item or action number the debrief does not have.
    func apply(to debrief: inout Debrief, of round: Round) throws {
        for number in checked {
            guard debrief.checklist.indices.contains(number - 1) else {
                throw OperationFailure(
                    "The checklist has items 1 to \(debrief.checklist.count); there is no "
                        + "item \(number).")
            }
            debrief.checklist[number - 1].done = true
        }
        if thanked { debrief.panelThanked = true }
        if let newAction { debrief.actions.append(newAction) }
        if let actionDone {
            guard debrief.actions.indices.contains(actionDone - 1) else {
                throw OperationFailure("\(round.label) has no follow-up action \(actionDone).")
            }
            debrief.actions[actionDone - 1].done = true
        }
    }
}
