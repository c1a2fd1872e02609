import ArgumentParser
import RoundsCore

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
