import Foundation
import RoundsCore

/// The bytes of `Fixtures/<name>`, from the source tree.
func fixture(_ name: String) throws -> Data {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    return try Data(contentsOf: folder.appendingPathComponent(name))
}

/// R-0001, the Round the fixtures are about.
func roundOne() throws -> RoundID { try RoundID(parsing: "R-0001") }
