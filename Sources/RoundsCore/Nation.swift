/// A UK nation, as GOV.UK divides bank holidays (`england-and-wales`, `scotland`,
/// `northern-ireland`); each is also a ``HolidayRegion``.
public enum Nation: String, Sendable, Hashable, Codable, CaseIterable {
    /// England and Wales share one list.
    case englandAndWales = "england-and-wales"
    /// Scotland.
    case scotland = "scotland"
    /// Northern Ireland.
    case northernIreland = "northern-ireland"

    /// The name for people, such as `England and Wales`.
    public var displayName: String {
        switch self {
        case .englandAndWales: "England and Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }
}
