/// How a person names a Round on the command line: by id (`R-0042`) or by date (`2027-03-09`).
public enum RoundReference: Sendable, Hashable {
    /// A Round id.
    case id(RoundID)
    /// The date of a Round; valid only while one Round is on that date.
    case date(LocalDate)

    /// Parses an id or an ISO date; throws ``RoundsCoreError/invalidRoundReference(_:)``.
    public init(parsing text: String) throws(RoundsCoreError) {
        if let id = try? RoundID(parsing: text) {
            self = .id(id)
        } else if let date = try? LocalDate(parsing: text) {
            self = .date(date)
        } else {
            throw .invalidRoundReference(text.trimmedWhitespace)
        }
    }

    /// The Round this reference names among `rounds`.
    ///
    /// A date with several Rounds resolves to the one that is not cancelled, if exactly one is
    /// not; otherwise the reference is ambiguous and the error lists the ids to choose from.
    public func resolve(in rounds: some Sequence<Round>) throws(RoundsCoreError) -> Round {
        switch self {
        case .id(let id):
            guard let round = rounds.first(where: { $0.id == id }) else {
                throw .unknownRound(id)
            }
            return round
        case .date(let date):
            let onDate = rounds.filter { $0.date == date }.sorted { $0.id < $1.id }
            if onDate.count == 1, let only = onDate.first { return only }
            guard !onDate.isEmpty else { throw .noRoundOnDate(date) }
            let active = onDate.filter { $0.status != .cancelled }
            if active.count == 1, let only = active.first { return only }
            throw .ambiguousDate(date, onDate.map(\.id))
        }
    }
}

extension RoundReference: CustomStringConvertible {
    /// The reference as typed: `R-0042` or `2027-03-09`.
    public var description: String {
        switch self {
        case .id(let id): id.description
        case .date(let date): date.description
        }
    }
}
