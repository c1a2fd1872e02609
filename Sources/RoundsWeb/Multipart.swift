import Foundation
import Hummingbird

/// The parts of a `multipart/form-data` body (RFC 7578): text fields and uploaded files.
struct Multipart: Sendable {
    /// One part: its field name, the file name when it is a file, and its bytes.
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var data: [UInt8]
    }

    /// Every part, in order.
    private(set) var parts: [Part] = []

    /// The text of the field `name`, if present and UTF-8.
    subscript(_ name: String) -> String? {
        parts.first { $0.name == name }.flatMap { String(validating: $0.data, as: UTF8.self) }
    }

    /// The file part `name`, if one was uploaded with content.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName != nil && !$0.data.isEmpty }
    }

    /// Parses `body` split by `boundary`; nil when it is not well-formed.
    init?(_ body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        var sections: [ArraySlice<UInt8>] = []
        var start: Int?
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            if let start { sections.append(body[start..<found]) }
            index = found + delimiter.count
            // The closing delimiter ends with "--".
            if body.count >= index + 2, body[index] == 45, body[index + 1] == 45 {
                start = nil
                break
            }
            start = index
        }
        guard start == nil, !sections.isEmpty else { return nil }
        for section in sections {
            // Each section is CRLF, headers, CRLF CRLF, content, CRLF.
            let bytes = Array(section)
            guard let split = Self.find(Array("\r\n\r\n".utf8), in: bytes, from: 0),
                bytes.count >= split + 4 + 2,
                let headers = String(validating: bytes[..<split], as: UTF8.self)
            else { return nil }
            let content = Array(bytes[(split + 4)..<(bytes.count - 2)])
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                })
            else { return nil }
            guard let name = Self.parameter("name", in: String(disposition)) else { return nil }
            parts.append(
                Part(
                    name: name, fileName: Self.parameter("filename", in: String(disposition)),
                    data: content))
        }
    }

    /// The boundary of a `multipart/form-data` content type, if it is one.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else {
            return nil
        }
        return parameter("boundary", in: contentType)
    }

    /// Reads a multipart request body of at most `limit` bytes, leaving it collected in
    /// `request`; 400 when it is not multipart or not well-formed, 413 when too large.
    static func read(_ request: inout Request, limit: Int) async throws -> Multipart {
        guard let boundary = boundary(request.headers[.contentType]) else {
            throw HTTPError(.badRequest, message: "The upload was not a file form.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge, message: "The file is too large.")
        }
        guard let form = Multipart(Array(buffer.readableBytesView), boundary: boundary) else {
            throw HTTPError(.badRequest, message: "The upload could not be read.")
        }
        return form
    }

    private static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2,
                pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key
            else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0],
                haystack[index..<(index + needle.count)].elementsEqual(needle)
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
