/// What one transaction may read and add among the records of Rounds: head counts, sign-ins,
/// evaluation forms and debriefs.
///
/// A store hands one to the body of its records transaction; the application layer applies
/// the rules (which Round may take a record, and when) and calls these to read and write. No
/// rule lives here: a store adds what it is given.
package protocol RoundRecordEditor {
    /// The records of `round` (empty when nothing is recorded).
    func record(of round: RoundID) throws -> RoundRecord
    /// Stores `round`'s head count, replacing any earlier one.
    func setHeadCount(_ count: Int, of round: RoundID) throws
    /// Adds the sign-ins not yet stored for `round`; returns how many were new.
    func addSignIns(_ signIns: [SignIn], to round: RoundID) throws -> Int
    /// Adds the responses not yet stored, each to its own Round; returns how many were new.
    func addResponses(_ responses: [EvaluationResponse]) throws -> Int
    /// Stores the debrief of `round`, replacing any earlier one.
    func saveDebrief(_ debrief: Debrief, for round: RoundID) throws
    /// Notes that the device whose token has the digest `device` answered `round`'s
    /// evaluation; false when it already had (the web form's one response per device).
    func claimDevice(_ device: String, for round: RoundID) throws -> Bool
}
