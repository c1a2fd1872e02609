// libFuzzer target: excerpt extraction from article text, and the excerpts YAML file reader,
// on the same input decoded as the CLI decodes it (docs/fuzzing.md).
import Foundation
import RoundsPacks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    let article = ExcerptExtractor.extract(from: text)
    _ = article.candidates.count
    do {
        _ = try ExcerptFile.read(text, file: "fuzz.yaml")
    } catch {
        _ = String(describing: error)
    }
    return 0
}
