import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

/// The programme file's `evaluation` key: a built-in question set or the programme's own.
@Suite struct ProgrammeFileEvaluationTests {
    func imported(_ evaluation: String) throws -> (ProgrammeStore, Programme) {
        let scratch = try Scratch()
        let text = miniProgramme.replacingOccurrences(
            of: "  organiser: admin@test.example\n",
            with: "  organiser: admin@test.example\n" + evaluation)
        let store = try scratch.store()
        _ = try store.importProgramme(at: try scratch.write("t.yaml", text), name: "t.yaml")
        return (store, try #require(try store.load().programme))
    }

    @Test func theUKSetIsTheDefaultAndLeftOutOfTheExport() throws {
        let (store, programme) = try imported("")
        #expect(programme.questionSet == .uk)
        #expect(!(try store.exportYAML()).contains("evaluation"))
    }

    @Test func aBuiltInSetByNameSurvivesTheRoundTrip() throws {
        let (store, programme) = try imported("  evaluation: US virtual\n")
        #expect(programme.questionSet == .usVirtual)
        #expect(try store.exportYAML().contains("  evaluation: us-virtual\n"))
    }

    @Test func theProgrammesOwnStatementsSurviveTheRoundTrip() throws {
        let (store, programme) = try imported(
            """
              evaluation:
                stem: "This session\u{2026}"
                statements:
                  - gave me time to reflect.
                  - {key: team, text: helped our team talk.}
                staff_groups: [Nursing, Other]

            """)
        let set = programme.questionSet
        #expect(set.name == "custom")
        #expect(set.keys == ["statement-1", "team"])
        #expect(set.stem == "This session\u{2026}")
        #expect(set.staffGroups == ["Nursing", "Other"])
        let scratch = try Scratch()
        let again = try scratch.store()
        _ = try again.importProgramme(
            at: try scratch.write("e.yaml", try store.exportYAML()), name: "e.yaml")
        #expect(try again.load().programme?.questionSet == set)
    }

    @Test func anUnknownSetIsNamedWithTheChoices() throws {
        #expect {
            try imported("  evaluation: french\n")
        } throws: { error in
            "\(error)".hasPrefix("t.yaml:8:15: french is not a question set. Use one of: uk, ")
        }
    }
}
