/// The version of the Rounds toolkit, printed by `rounds --version`.
public enum RoundsVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
