/// A value stored in files and JSON as its text: decoded by parsing the text, encoded as its
/// description (`2027-03-09`, `12:00`, `R-0042`, an email address).
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Reads the text form, or throws the sentence a user reads.
    init(parsing text: String) throws(RoundsCoreError)
}

extension TextCodable {
    /// Decodes the text form; a bad value becomes a decoding error carrying the user's sentence.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Self(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: error.description,
                    underlyingError: error))
        }
    }

    /// Encodes the text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension EmailAddress {
    /// Validates and normalises an address; the same as ``init(_:)``.
    public init(parsing text: String) throws(RoundsCoreError) { try self.init(text) }
}
