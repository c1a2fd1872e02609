internal import Foundation
package import RoundsCore
internal import Yams

/// Reads excerpt files: an `excerpts:` list as in `Samples/excerpts.yaml` and programme files.
///
/// Each excerpt has `id`, `quotation` and `citation`, and may have `url`, `note` and `prompts`
/// (suggested reflective prompts). Every problem names the file, line and column.
package enum ExcerptFile {
    static let knownKeys: Set<String> = ["id", "quotation", "citation", "url", "note", "prompts"]

    /// The excerpts of `text`, read from `file` (used only in messages).
    package static func read(_ text: String, file: String) throws(RoundsPacksError) -> [Excerpt] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return [] }
            root = node
        } catch let error as YamlError {
            throw translate(error, file: file)
        } catch {
            throw .excerptFile(
                file: file, line: 1, column: 1,
                problem: "This is not a readable YAML file. Save it as UTF-8 text.")
        }
        guard let mapping = root.mapping, let list = mapping["excerpts"] else {
            throw located(
                root, file,
                "Expected an \"excerpts:\" list at the top of the file, as in "
                    + "Samples/excerpts.yaml.")
        }
        guard let sequence = list.sequence else {
            throw located(
                list, file,
                "\"excerpts\" should be a list of excerpts, each starting with \"- id:\".")
        }
        var excerpts: [Excerpt] = []
        var seen: Set<String> = []
        for item in sequence {
            let excerpt = try excerpt(item, file: file)
            guard seen.insert(excerpt.id).inserted else {
                throw .duplicateExcerpt(file: file, line: item.mark?.line ?? 1, id: excerpt.id)
            }
            excerpts.append(excerpt)
        }
        return excerpts
    }

    private static func excerpt(_ node: Node, file: String) throws(RoundsPacksError) -> Excerpt {
        guard let mapping = node.mapping else {
            throw located(node, file, "Each excerpt should be a set of \"key: value\" entries.")
        }
        for key in mapping.keys {
            guard let name = key.string, knownKeys.contains(name) else {
                throw located(
                    key, file,
                    "\"\(key.string ?? "?")\" is not an excerpt field. Use id, quotation, "
                        + "citation, url, note and prompts.")
            }
        }
        func text(_ key: String, required: Bool) throws(RoundsPacksError) -> String? {
            guard let value = mapping[key], value.scalar.map({ !isNull($0) }) ?? true else {
                if required {
                    throw located(node, file, "This excerpt has no \"\(key)\"; add one.")
                }
                return nil
            }
            guard let scalar = value.scalar else {
                throw located(value, file, "\"\(key)\" should be a single piece of text.")
            }
            let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty, required {
                throw located(value, file, "\"\(key)\" is empty; give it a value.")
            }
            return trimmed.isEmpty ? nil : trimmed
        }
        let id = try text("id", required: true) ?? ""
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), id.first != "-"
        else {
            throw located(
                mapping["id"] ?? node, file,
                "The id \"\(id)\" should be a slug: lower-case letters, digits and hyphens, "
                    + "such as fitzsimons-2022-executive-hat.")
        }
        var prompts: [String] = []
        if let list = mapping["prompts"], list.scalar.map({ !isNull($0) }) ?? true {
            guard let items = list.sequence else {
                throw located(
                    list, file, "\"prompts\" should be a list, one prompt per \"- \" line.")
            }
            for item in items {
                guard let prompt = item.string else {
                    throw located(item, file, "Each prompt should be a single piece of text.")
                }
                prompts.append(prompt.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        return Excerpt(
            id: id, quotation: try text("quotation", required: true) ?? "",
            citation: try text("citation", required: true) ?? "",
            url: try text("url", required: false), note: try text("note", required: false),
            suggestedPrompts: prompts)
    }

    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null"].contains(scalar.string)
    }

    private static func located(_ node: Node, _ file: String, _ problem: String)
        -> RoundsPacksError
    {
        .excerptFile(
            file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
            problem: problem)
    }

    private static func translate(_ error: YamlError, file: String) -> RoundsPacksError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .excerptFile(
                file: file, line: mark.line, column: mark.column,
                problem: "This is not valid YAML (\(problem)). Check the indentation and "
                    + "quotes on this line and the one before.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .excerptFile(
                file: file, line: context.mark.line, column: context.mark.column,
                problem: "\(names) appears twice in the same excerpt; keep one.")
        default:
            return .excerptFile(
                file: file, line: 1, column: 1,
                problem: "This is not a readable YAML file. Save it as UTF-8 text.")
        }
    }
}
