// libFuzzer target: CalendarReader on arbitrary bytes (docs/fuzzing.md).
import Foundation
import RoundsICS

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let result = CalendarReader().read(data, fileName: "fuzz.ics")
    // Touch what the CLI reports so lazily computed parts run too.
    _ = result.isUsable
    _ = result.events.count
    _ = result.diagnostics.map(\.description)
    return 0
}
