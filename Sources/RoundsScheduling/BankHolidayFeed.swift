package import Foundation
package import RoundsCore

/// Bank holidays read from GOV.UK's published JSON file (https://www.gov.uk/bank-holidays.json).
package struct BankHolidayFeed: Sendable {
    /// The holidays per nation, in file order.
    package let holidays: [Nation: [BankHoliday]]

    /// Creates a feed from lists already in hand.
    package init(holidays: [Nation: [BankHoliday]]) {
        self.holidays = holidays
    }

    /// A feed for one nation from events already read elsewhere, such as the all-day events of
    /// GOV.UK's iCalendar file read through RoundsICS; `notes` of "Substitute day" marks a
    /// substitute.
    package init(nation: Nation, events: [(date: LocalDate, title: String, notes: String?)]) {
        self.holidays = [
            nation: events.map { event in
                let name = event.title.replacingOccurrences(of: "\u{2019}", with: "'")
                let substitute =
                    event.notes?.trimmingCharacters(in: .whitespaces).lowercased()
                    == "substitute day"
                return BankHoliday(
                    date: event.date, name: substitute ? "\(name) (substitute day)" : name)
            }
        ]
    }

    /// Reads and checks the file at `url`.
    package init(contentsOf url: URL) throws(RoundsSchedulingError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .holidayFeedUnreadable(
                file: url.lastPathComponent, reason: "the file could not be opened")
        }
        try self.init(data: data, fileName: url.lastPathComponent)
    }

    /// Decodes GOV.UK's JSON; `fileName` is only used in error messages.
    package init(data: Data, fileName: String) throws(RoundsSchedulingError) {
        let divisions: [String: Division]
        do {
            divisions = try JSONDecoder().decode([String: Division].self, from: data)
        } catch let error as DecodingError {
            throw .holidayFeedUnreadable(file: fileName, reason: Self.explain(error))
        } catch {
            throw .holidayFeedUnreadable(file: fileName, reason: "it is not JSON")
        }
        var result: [Nation: [BankHoliday]] = [:]
        for key in divisions.keys.sorted() {
            guard let nation = Nation(rawValue: key), let division = divisions[key] else {
                throw .holidayFeedUnreadable(
                    file: fileName,
                    reason: "\"\(key)\" is not one of england-and-wales, scotland or "
                        + "northern-ireland")
            }
            var list: [BankHoliday] = []
            for (index, event) in division.events.enumerated() {
                let title = event.title.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !title.isEmpty else {
                    throw .holidayFeedBadEntry(
                        file: fileName, division: key, index: index, reason: "has no title")
                }
                guard let date = LocalDate(iso: event.date) else {
                    throw .holidayFeedBadEntry(
                        file: fileName, division: key, index: index,
                        reason: "(\"\(title)\") has the date \"\(event.date)\", which is not a "
                            + "real date in the form YYYY-MM-DD")
                }
                // GOV.UK writes apostrophes as U+2019; keep names comparable with ours.
                let name = title.replacingOccurrences(of: "\u{2019}", with: "'")
                let notes = (event.notes ?? "").trimmingCharacters(in: .whitespaces)
                let isSubstitute = notes.lowercased() == "substitute day"
                list.append(
                    BankHoliday(date: date, name: isSubstitute ? "\(name) (substitute day)" : name))
            }
            result[nation] = list
        }
        self.holidays = result
    }

    private struct Division: Decodable {
        let events: [Event]
    }

    private struct Event: Decodable {
        let title: String
        let date: String
        let notes: String?
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let parts = codingPath.map { key in
                key.intValue.map { "event \($0 + 1)" } ?? "\"\(key.stringValue)\""
            }
            return parts.isEmpty ? "the top level" : parts.joined(separator: ", ")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)) has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) is not the expected kind of value"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "it is not JSON" : "\(path(context.codingPath)) is damaged"
        @unknown default:
            return "it is not in the expected form"
        }
    }
}
