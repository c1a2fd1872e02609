/// Which parts of a programme an operation reads and may change.
///
/// An edit that concerns one person need not load ten years of Rounds: a store loads only the
/// parts asked for, leaves the others empty, and saves only changes within them, so the cost
/// of such an edit does not grow with the store.
public struct ProgrammeParts: OptionSet, Sendable, Hashable {
    /// The bit set.
    public let rawValue: Int

    /// Parts from their bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Settings, venues and blackouts.
    public static let settings = ProgrammeParts(rawValue: 1 << 0)
    /// People with their roles and facilitator profiles.
    public static let people = ProgrammeParts(rawValue: 1 << 1)
    /// Leave.
    public static let leave = ProgrammeParts(rawValue: 1 << 2)
    /// Themes.
    public static let themes = ProgrammeParts(rawValue: 1 << 3)
    /// Excerpts.
    public static let excerpts = ProgrammeParts(rawValue: 1 << 4)
    /// Rounds with their facilitators and panels.
    public static let rounds = ProgrammeParts(rawValue: 1 << 5)
    /// Everything.
    public static let all: ProgrammeParts = [
        .settings, .people, .leave, .themes, .excerpts, .rounds,
    ]

    /// These parts and those their references point at (leave names people, themes name
    /// excerpts, Rounds name all of them), so references can be checked within them.
    public var withReferences: ProgrammeParts {
        var parts = self
        if parts.contains(.rounds) { parts.formUnion([.settings, .people, .themes]) }
        if parts.contains(.leave) { parts.insert(.people) }
        if parts.contains(.themes) { parts.insert(.excerpts) }
        return parts
    }
}
