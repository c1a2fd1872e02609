import RoundsCore
import RoundsTestSupport
import Testing

@Suite struct VersionCommandTests {
    @Test func printsTheToolkitVersion() throws {
        let outcome = try RoundsExecutable.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == RoundsVersion.current + "\n")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let outcome = try RoundsExecutable.run(["--no-such-option"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("Unknown option '--no-such-option'"))
    }
}
