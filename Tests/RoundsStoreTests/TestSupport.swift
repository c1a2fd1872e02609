import Foundation
import RoundsTestSupport

@testable import RoundsStore

/// A fresh folder for one test (RoundsTestSupport's), which can hold a store.
typealias Scratch = TemporaryFolder

extension TemporaryFolder {
    /// A new, empty store in this folder.
    func store(_ name: String = "rounds.sqlite") throws -> ProgrammeStore {
        try ProgrammeStore.create(atPath: path(name))
    }
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
