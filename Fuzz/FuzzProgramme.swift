// libFuzzer target: the programme file reader and its merge into an empty store's data
// (docs/fuzzing.md). Mirrors ProgrammeStore.importProgramme without the database.
import Foundation
@testable import RoundsStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard var text = String(data: data, encoding: .utf8) else { return 0 }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var programme = ProgrammeData()
    do {
        let file = try ProgrammeFile.read(text, file: "fuzz.yaml", existing: programme)
        _ = try ProgrammeStore.merge(file, into: &programme, prune: false)
    } catch {
        _ = String(describing: error)
    }
    return 0
}
