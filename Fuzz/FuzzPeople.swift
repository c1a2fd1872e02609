// libFuzzer target: the people CSV reader on arbitrary bytes (docs/fuzzing.md).
import Foundation
@testable import RoundsStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do {
        _ = try PeopleSpreadsheet.read(data, file: "fuzz.csv", existing: ProgrammeData())
    } catch {
        _ = String(describing: error)
    }
    return 0
}
