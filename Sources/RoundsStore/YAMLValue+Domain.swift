import Foundation
import RoundsCore

extension YAMLValue {
    /// A `YYYY-MM-DD` date.
    func date() throws -> LocalDate {
        let value = try text().trimmingCharacters(in: .whitespaces)
        guard let date = try? LocalDate(parsing: value) else {
            throw error("\(value) is not a date. Write dates as YYYY-MM-DD.")
        }
        return date
    }

    /// A single date, or a range written `YYYY-MM-DD..YYYY-MM-DD`.
    func dateRange() throws -> DateRange {
        let value = try text().trimmingCharacters(in: .whitespaces)
        let parts = value.components(separatedBy: "..")
        let dates = try parts.map { part in
            guard parts.count <= 2, let date = try? LocalDate(parsing: part) else {
                throw error(
                    "\(value) is not a date or a range of dates. Write YYYY-MM-DD or "
                        + "YYYY-MM-DD..YYYY-MM-DD.")
            }
            return date
        }
        guard let first = dates.first, let last = dates.last else {
            throw error("\(value) is not a date.")
        }
        do {
            return try DateRange(start: first, end: last)
        } catch {
            throw self.error("\(value) ends before it starts. Put the earlier date first.")
        }
    }

    /// A `YYYY-MM-DDTHH:MM` wall-clock time in the programme's zone.
    func dateTime() throws -> LocalDateTime {
        let value = try text().trimmingCharacters(in: .whitespaces)
        guard let dateTime = try? LocalDateTime(parsing: value) else {
            throw error("\(value) is not a date and time. Write YYYY-MM-DDTHH:MM.")
        }
        return dateTime
    }

    /// An email address, normalised to lower case.
    func email() throws -> EmailAddress {
        let value = try text()
        guard let email = try? EmailAddress(value) else {
            throw error("\"\(value)\" is not an email address.")
        }
        return email
    }

    /// One of a fixed set of words, such as a status or a nation.
    func choice<T>(_ options: [(String, T)], what: String) throws -> T {
        let value = try text().trimmingCharacters(in: .whitespaces)
        let key = value.lowercased().replacingOccurrences(of: " ", with: "-")
        if let match = options.first(where: { $0.0 == key }) { return match.1 }
        let names = options.map(\.0).joined(separator: ", ")
        throw error("\(value) is not \(what). Use one of: \(names).")
    }

    /// A list of texts; a single text counts as a list of one.
    func texts() throws -> [String] {
        if isScalar {
            let value = try text()
            return value.isEmpty ? [] : [value]
        }
        return try list().map { try $0.text() }
    }

    /// A slug: lower-case letters, digits and hyphens.
    func slug() throws -> String {
        let value = try text().trimmingCharacters(in: .whitespaces)
        guard Slug.isValid(value) else {
            throw error(
                "\"\(value)\" is not a valid key. Use lower-case letters, digits and hyphens, "
                    + "such as \(Self.suggestedSlug(value)).")
        }
        return value
    }

    /// A valid slug to suggest in place of `text`.
    static func suggestedSlug(_ text: String) -> String {
        let made = Slug.make(from: text)
        return made.isEmpty ? "when-things-go-wrong" : made
    }
}
