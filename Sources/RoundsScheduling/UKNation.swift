/// The three bank-holiday divisions of the United Kingdom, named as GOV.UK names them.
public enum UKNation: String, Sendable, Hashable, CaseIterable, Codable {
    /// England and Wales share one list.
    case englandAndWales = "england-and-wales"
    /// Scotland.
    case scotland
    /// Northern Ireland.
    case northernIreland = "northern-ireland"

    /// The name people read: "England and Wales".
    public var displayName: String {
        switch self {
        case .englandAndWales: "England and Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }
}
