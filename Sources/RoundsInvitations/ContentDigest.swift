import Crypto
import Foundation

/// SHA-256 from swift-crypto, as the lower-case hexadecimal text content hashes and stable
/// mail identifiers are made of (not used for security).
enum ContentDigest {
    /// The digest of `bytes` as 64 lower-case hexadecimal digits.
    static func hex(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// The digest of the UTF-8 bytes of `text`, in hexadecimal.
    static func hex(_ text: String) -> String { hex(Data(text.utf8)) }
}
