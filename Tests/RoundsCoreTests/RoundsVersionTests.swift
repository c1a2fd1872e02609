import RoundsCore
import Testing

@Suite struct RoundsVersionTests {
    @Test func versionIsSemantic() {
        let parts = RoundsVersion.current.split(separator: ".")
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
