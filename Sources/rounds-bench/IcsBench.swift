import Foundation
import RoundsICS

/// Reading and writing the benchmark calendar in this process.
enum IcsBench {
    struct Result {
        var read: Double
        var write: Double
        var readCPU: Double
        var writeCPU: Double
        var events: Int
        var bytes: Int
    }

    /// Reads `file` into events and writes those events back, `iterations` times after one
    /// warm-up; the medians.
    static func run(file: URL, iterations: Int) throws -> Result {
        var reads: [Timing.Sample] = []
        var writes: [Timing.Sample] = []
        var events = 0
        var bytes = 0
        for round in 0...iterations {
            var result: CalendarReadResult?
            let read = Timing.measure { result = CalendarReader().read(contentsOf: file) }
            guard let result, result.isUsable else { throw BenchError("the calendar is unusable") }
            let document = CalendarDocument(
                productID: "-//Rounds//Benchmark//EN", method: .publish, name: "Benchmark",
                events: result.events)
            var text = ""
            let writer = BenchCalendar.writer
            let write = try Timing.measure { text = try writer.write(document) }
            events = result.events.count
            bytes = text.utf8.count
            if round > 0 {
                reads.append(read)
                writes.append(write)
            }
        }
        return Result(
            read: Timing.median(reads.map(\.wall)), write: Timing.median(writes.map(\.wall)),
            readCPU: Timing.median(reads.map(\.cpu)), writeCPU: Timing.median(writes.map(\.cpu)),
            events: events, bytes: bytes)
    }

    /// Reads `file` once (for peak memory); the number of events.
    static func readOnce(file: URL) -> Int {
        CalendarReader().read(contentsOf: file).events.count
    }

    static func generate(to file: URL, events: Int = BenchCalendar.eventCount) throws {
        let text = try BenchCalendar.writer.write(BenchCalendar.document(events: events))
        try Data(text.utf8).write(to: file)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
