import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormBody: Sendable {
    /// Each field's first value.
    private(set) var fields: [String: String] = [:]

    /// Parses `text`; nil when a name or value is not valid percent-encoded UTF-8.
    init?(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            guard let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { return nil }
            if fields[name] == nil { fields[name] = value }
        }
    }

    /// The field's value with surrounding white space removed; nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    private static func decode(_ part: Substring) -> String? {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Reads a copy of the request's form body; see ``read(_:limit:)-(inout``.
    static func read(_ request: Request, limit: Int = 64 * 1024) async throws -> FormBody {
        var copy = request
        return try await read(&copy, limit: limit)
    }

    /// Reads the request's form body (up to `limit` bytes), leaving it collected in `request`
    /// for the next reader; throws 400 for a body that is not
    /// UTF-8 or not form-encoded, 413 for one over the limit.
    static func read(_ request: inout Request, limit: Int = 64 * 1024) async throws -> FormBody {
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge, message: "The form is too large.")
        }
        guard let text = String(validating: Array(buffer.readableBytesView), as: UTF8.self),
            let form = FormBody(text)
        else { throw HTTPError(.badRequest, message: "The form could not be read.") }
        return form
    }
}
