/// The view as nested dictionaries and arrays, made once before rendering.
///
/// swift-mustache looks a name up with `Mirror` unless the value answers by name itself, and a
/// report looks up tens of thousands of names (every bar of every chart of every Round). Turning
/// each view struct into a `[String: Any]` once makes each look-up a hash. A nil optional is
/// left out, so the look-up goes on up the context stack as it would with `Mirror`.
func mustacheTree(_ value: Any) -> Any {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct:
        var dictionary: [String: Any] = [:]
        for child in mirror.children {
            guard let label = child.label, let present = unwrapped(child.value) else { continue }
            dictionary[label] = mustacheTree(present)
        }
        return dictionary
    case .collection:
        return mirror.children.map { mustacheTree($0.value) }
    default:
        return value
    }
}

/// The value an optional holds, nil for an empty optional, or the value itself.
private func unwrapped(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
}
