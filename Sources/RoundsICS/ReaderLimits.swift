/// The bounds `CalendarReader` enforces before libical sees any input.
///
/// libical reads whatever it is given; very large or very deeply nested input makes it slow or
/// crashes it (about 100,000 nested components overflow its stack when freeing). These limits
/// are checked by a byte scan first, and input over any of them is refused with a diagnostic.
public struct ReaderLimits: Sendable, Hashable, Codable {
    /// The default largest file read: 64 MiB.
    public static let defaultMaximumBytes = 64 * 1024 * 1024
    /// The default deepest nesting of BEGIN blocks: 64 levels.
    public static let defaultMaximumNestingDepth = 64
    /// The default longest physical line: 1 MiB.
    public static let defaultMaximumLineBytes = 1024 * 1024

    /// The limits used unless the caller chooses others.
    public static let `default` = ReaderLimits()

    /// The largest input, in bytes, that is read at all.
    public var maximumBytes: Int
    /// The deepest nesting of components (VCALENDAR is level 1, a VEVENT in it level 2).
    public var maximumNestingDepth: Int
    /// The longest single line, in bytes, before folding is undone.
    public var maximumLineBytes: Int

    /// Limits with the given bounds; each defaults to the documented value.
    public init(
        maximumBytes: Int = ReaderLimits.defaultMaximumBytes,
        maximumNestingDepth: Int = ReaderLimits.defaultMaximumNestingDepth,
        maximumLineBytes: Int = ReaderLimits.defaultMaximumLineBytes
    ) {
        self.maximumBytes = maximumBytes
        self.maximumNestingDepth = maximumNestingDepth
        self.maximumLineBytes = maximumLineBytes
    }
}
