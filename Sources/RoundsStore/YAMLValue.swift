import Foundation
import Yams

/// A node of a programme file together with where it sits, so every error can point at it.
struct YAMLValue {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    /// Parses `text`; syntax errors come back positioned, an empty file as an empty mapping.
    static func parse(_ text: String, file: String) throws -> YAMLValue {
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return YAMLValue(node: node, file: file)
        } catch let error as YamlError {
            throw translate(error, file: file)
        }
    }

    /// An error located at this node.
    func error(_ message: String) -> RoundsStoreError {
        .programmeFile(file: file, line: line, column: column, message: message)
    }

    /// True for a single value (not a list or a mapping).
    var isScalar: Bool { node.scalar != nil }

    /// What the node is, in words, for "found ..." messages.
    var kind: String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "\"\(scalar.string)\""
        case .mapping: "a set of \"key: value\" entries"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The node as text; a mapping or a list here is an error.
    func text() throws -> String {
        guard case .scalar(let scalar) = node else {
            throw error("Expected a single value here, found \(kind).")
        }
        return scalar.string
    }

    /// The node as non-empty text, trimmed.
    func nonEmptyText(_ what: String) throws -> String {
        let value = try text().trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty { throw error("\"\(what)\" is empty; give it a value.") }
        return value
    }

    /// The node as a whole number.
    func integer() throws -> Int {
        let value = try text()
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else {
            throw error("\(value) is not a whole number.")
        }
        return number
    }

    /// The node as true or false (also yes and no).
    func boolean() throws -> Bool {
        let value = try text()
        switch value.lowercased() {
        case "true", "yes", "y", "on": return true
        case "false", "no", "n", "off": return false
        default: throw error("\(value) is not true or false.")
        }
    }

    /// The node as a list (a single value counts as a list of one).
    func list() throws -> [YAMLValue] {
        switch node {
        case .sequence(let sequence):
            return sequence.map { YAMLValue(node: $0, file: file) }
        case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain:
            return []
        default:
            throw error("Expected a list here, found \(kind).")
        }
    }

    /// The node as a mapping whose keys must come from `keys`.
    func mapping(keys: [String]) throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error("Expected a set of \"key: value\" entries here, found \(kind).")
        }
        var entries: [(key: YAMLValue, value: YAMLValue)] = []
        for (key, value) in mapping {
            let keyValue = YAMLValue(node: key, file: file)
            let name = try keyValue.text()
            guard keys.contains(name) else {
                throw keyValue.error(Self.unknownKeyMessage(name, known: keys))
            }
            entries.append((keyValue, YAMLValue(node: value, file: file)))
        }
        return YAMLMapping(owner: self, entries: entries)
    }

    static func unknownKeyMessage(_ name: String, known: [String]) -> String {
        if let suggestion = closest(to: name, in: known) {
            return "\"\(name)\" is not a known key here. Did you mean \"\(suggestion)\"?"
        }
        return "\"\(name)\" is not a known key here. Known keys: \(known.joined(separator: ", "))."
    }

    /// The candidate nearest in spelling, if it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased().replacingOccurrences(of: "-", with: "_")
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(1, min(3, best.0.count / 3))
        return best.1 <= limit ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// libyaml's problem in plain words, with a hint for the mistakes people make most.
    static func syntaxMessage(_ problem: String) -> String {
        if problem.contains("cannot start any token") {
            return "This is not valid YAML: a value cannot start with this character. Indent with "
                + "spaces, not tabs, and put text that starts with a symbol in quotes."
        }
        if problem.contains("another document") {
            return "A programme file holds one YAML document; remove this \"---\" line and what "
                + "follows, or split the file in two."
        }
        return "This is not valid YAML (\(problem)). Check the indentation and quotes on this "
            + "line and the one before."
    }

    static func translate(_ error: YamlError, file: String) -> RoundsStoreError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .programmeFile(
                file: file, line: mark.line, column: mark.column, message: syntaxMessage(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .programmeFile(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "\(names) appears twice in the same block; keep one.")
        default:
            return .programmeFile(
                file: file, line: 1, column: 1,
                message: "This is not a readable YAML file. Save it as UTF-8 text.")
        }
    }
}

/// The entries of one mapping, read key by key.
struct YAMLMapping {
    let owner: YAMLValue
    let entries: [(key: YAMLValue, value: YAMLValue)]

    /// The value under `key`, or nil when the key is absent or explicitly empty (`~`).
    subscript(key: String) -> YAMLValue? {
        guard let entry = entries.first(where: { (try? $0.key.text()) == key }) else { return nil }
        if case .scalar(let scalar) = entry.value.node, scalar.style == .plain,
            ["", "~", "null"].contains(scalar.string)
        {
            return nil
        }
        return entry.value
    }

    /// The value under `key`; a missing one is an error located at the mapping.
    func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw owner.error("\"\(key)\" is missing here; add it.")
        }
        return value
    }
}
