/// Small helpers for the sentences the scheduler and the rota scores show.
package enum Sentence {
    /// Joins names: "Ana", "Ana and Ben", "Ana, Ben and Cai".
    package static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }
}
