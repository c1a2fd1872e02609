import Foundation

@testable import RoundsStore

/// A fresh folder for one test; never the real HOME or working directory.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rounds-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: url.appendingPathComponent(name))
    }

    /// A new, empty store in this folder.
    func store(_ name: String = "rounds.sqlite") throws -> ProgrammeStore {
        try ProgrammeStore.create(atPath: path(name))
    }
}

/// The repository's sample files.
enum Samples {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")
    static let programme = folder.appendingPathComponent("programme.yaml")
    static let people = folder.appendingPathComponent("people.csv")
}

/// A small valid programme; tests append lines to it (it ends on line 13).
let miniProgramme = """
    programme:
      organisation: Test Trust
      domain: test.example
      time_zone: Europe/London
      nation: england-and-wales
      cadence: second Tuesday 12:00-13:00
      organiser: admin@test.example
    people:
      - email: admin@test.example
        name: Ada Min
        staff_group: Administration
        clinical: false
        roles: [administrator]

    """
