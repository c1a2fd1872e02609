import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

extension WebSite {
    /// Runs one administrator's edit (an operation below both front doors) and answers with
    /// post/redirect/get: 303 to `back` showing the operation's sentences. A refusal by the
    /// programme's rules becomes a 409 page with its sentence; a form the browser filled
    /// badly, a 400 (thrown as `HTTPError` by `body`). Nothing is changed when it fails.
    func edit(back: String, _ body: () throws -> [String]) throws -> Response {
        let lines: [String]
        do {
            lines = try body()
        } catch let error as HTTPError {
            throw error
        } catch let error as OperationUsageError {
            throw HTTPError(.badRequest, message: String(describing: error))
        } catch {
            throw HTTPError(.conflict, message: String(describing: error))
        }
        return Pages.redirect(back, done: lines)
    }

    /// An administrator's page whose `?done=` message (after a redirect) shows at its top.
    func adminPage(
        _ template: String, _ title: String, _ request: Request, _ context: WebContext,
        _ data: ProgrammeData, _ values: [String: Any]
    ) -> Response {
        var values = values
        if let done = request.uri.queryParameters["done"], !done.isEmpty {
            values["message"] = String(done)
        }
        return adminPage(template, title, context, data, values)
    }

    /// Every person as options for a form's `<select>`: e-mail and name.
    func personOptions(_ people: [Person]) -> [[String: String]] {
        people.map { ["email": $0.email.value, "name": $0.name] }
    }
}

/// Reading a form's typed fields, each refusal a 400 naming the field in plain words.
extension FormBody {
    /// A required field, or 400 with `missing` as the sentence.
    func require(_ name: String, _ missing: String) throws -> String {
        guard let value = self[name] else { throw HTTPError(.badRequest, message: missing) }
        return value
    }

    /// The date in field `name` (YYYY-MM-DD); nil when empty, 400 when not a date.
    func date(_ name: String, label: String) throws -> LocalDate? {
        guard let text = self[name] else { return nil }
        guard let date = try? LocalDate(parsing: text) else {
            throw HTTPError(.badRequest, message: "Give the \(label) as YYYY-MM-DD.")
        }
        return date
    }

    /// The lines of a multi-line field (one prompt a line), blank lines left out.
    func lines(_ name: String) -> [String] {
        (self[name] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
