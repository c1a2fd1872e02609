/// Finds unclosed sections and tags in a template, to point errors at their opening.
///
/// It understands only the default `{{ }}` delimiters; a template that changes them gets
/// swift-mustache's own position instead.
enum TemplateScanner {
    /// Where an unclosed section or tag opens, and what is wrong.
    struct Opening: Equatable {
        let line: Int
        let column: Int
        let problem: String
    }

    /// The first unfinished tag, else the innermost section left open; nil when all close.
    static func unclosed(in text: String) -> Opening? {
        guard !text.contains("{{=") else { return nil }
        var stack: [(name: String, line: Int, column: Int, sigil: Character)] = []
        var line = 1
        var column = 1
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "{", characters.dropFirst().first == "{" {
                let tagLine = line
                let tagColumn = column
                let body = characters.dropFirst(2)
                guard
                    let end = body.indices.first(where: { index in
                        body[index] == "}" && index + 1 < body.endIndex && body[index + 1] == "}"
                    })
                else {
                    return Opening(
                        line: tagLine, column: tagColumn,
                        problem: "a tag is not finished (a missing }})")
                }
                let tag = String(body[body.startIndex..<end]).trimmingSpaces
                if let sigil = tag.first, "#^$<".contains(sigil) {
                    stack.append(
                        (String(tag.dropFirst()).trimmingSpaces, tagLine, tagColumn, sigil))
                } else if tag.first == "/" {
                    _ = stack.popLast()
                }
                // Advance over the whole tag, counting any line breaks inside it.
                for consumed in characters[characters.startIndex..<(end + 2)] {
                    if consumed == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                characters = characters[(end + 2)...]
                continue
            }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            characters = characters.dropFirst()
        }
        guard let open = stack.last else { return nil }
        return Opening(
            line: open.line, column: open.column,
            problem:
                "the section {{\(open.sigil)\(open.name)}} is never closed (add {{/\(open.name)}})")
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
