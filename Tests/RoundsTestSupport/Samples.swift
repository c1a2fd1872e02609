package import Foundation

/// The repository's files the tests read: the sample programmes and after-the-Round records.
package enum Samples {
    /// The repository's root, seen from this file at build time.
    package static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `Samples/`.
    package static let folder = repository.appendingPathComponent("Samples", isDirectory: true)
    /// The UK sample programme, `Samples/programme.yaml`.
    package static let programme = folder.appendingPathComponent("programme.yaml")
    /// The US sample programme, `Samples/programme-us.yaml`.
    package static let programmeUS = folder.appendingPathComponent("programme-us.yaml")
    /// The people spreadsheet, `Samples/people.csv`.
    package static let people = folder.appendingPathComponent("people.csv")
    /// The sample records of a held Round, `Samples/after-round/`.
    package static let afterRound = folder.appendingPathComponent("after-round", isDirectory: true)
}
