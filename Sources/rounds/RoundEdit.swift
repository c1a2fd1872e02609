import ArgumentParser
import Foundation
import RoundsCore
import RoundsStore

/// The Round argument shared by move, cancel, confirm, assign and panel.
struct RoundArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The Round: its id, such as R-0042, or its date as YYYY-MM-DD when only one Round "
                + "is on that day.", valueName: "round"))
    var reference: String

    func validate() throws {
        if (try? RoundReference(parsing: reference)) == nil {
            throw ValidationError(
                "\(reference) is neither a Round id nor a date. Give an id such as R-0042 or a "
                    + "date such as 2027-03-09.")
        }
    }
}

/// Applies one deliberate change to one Round in one transaction.
enum RoundEdit {
    /// Loads the store, finds the Round, lets `body` change it, and saves; returns the lines
    /// `body` wants printed.
    static func run(
        store: StoreOptions, reference: String,
        _ body: (inout Round, ProgrammeData) throws -> [String]
    ) throws -> [String] {
        try store.open().update { data in
            let found = try data.round(reference)
            guard let index = data.rounds.firstIndex(where: { $0.id == found.id }) else {
                throw RoundsStoreError.notFound("There is no Round \(reference).")
            }
            var round = data.rounds[index]
            let lines = try body(&round, data)
            data.rounds[index] = round
            return lines
        }
    }

    /// Refuses to change a Round that is cancelled or has been held.
    static func requireChangeable(_ round: Round, doing verb: String) throws {
        switch round.status {
        case .cancelled:
            throw RoundsStoreError.refused(
                "\(round.label) is cancelled, so it cannot be \(verb). Plan a new Round with "
                    + "`rounds plan` instead.")
        case .held:
            throw RoundsStoreError.refused(
                "\(round.label) has already been held, so it cannot be \(verb).")
        case .planned, .confirmed:
            return
        }
    }

    /// The person with `email`, or a plain refusal naming the command that adds people.
    static func person(_ email: EmailAddress, in data: ProgrammeData) throws -> Person {
        guard let person = data.person(email) else {
            throw RoundsStoreError.notFound(
                "\(email) is not in the programme. Add them with `rounds people add` first.")
        }
        return person
    }
}
