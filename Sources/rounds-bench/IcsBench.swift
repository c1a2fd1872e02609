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
    /// warm-up; the medians. With `output`, the last calendar written is saved there (outside
    /// the timing) for `compare` to check.
    ///
    /// The warm-up pass loads libical's zone list, the zone and its expansion; the measured
    /// passes go through `countedRead` and `countedWrite`, which `make bench-instructions` hands
    /// callgrind by name, as it does the C program's counted_read and counted_write.
    static func run(file: URL, iterations: Int, output: URL? = nil) throws -> Result {
        var reads: [Timing.Sample] = []
        var writes: [Timing.Sample] = []
        var events = 0
        var bytes = 0
        for round in 0...iterations {
            var result: CalendarReadResult?
            let read = Timing.measure {
                result =
                    round == 0 ? CalendarReader().read(contentsOf: file) : countedRead(file)
            }
            guard let result, result.isUsable else { throw BenchError("the calendar is unusable") }
            let document = CalendarDocument(
                productID: "-//Rounds//Benchmark//EN", method: .publish, name: "Benchmark",
                events: result.events)
            var text = ""
            let writer = BenchCalendar.writer
            let write = try Timing.measure {
                text = round == 0 ? try writer.write(document) : try countedWrite(writer, document)
            }
            events = result.events.count
            bytes = text.utf8.count
            if round > 0 {
                reads.append(read)
                writes.append(write)
            }
            if let output, round == iterations {
                try Data(text.utf8).write(to: output)
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

/// A measured read, under a fixed symbol name for callgrind's `--toggle-collect`.
@inline(never) @_silgen_name("rounds_bench_counted_read")
func countedRead(_ file: URL) -> CalendarReadResult {
    CalendarReader().read(contentsOf: file)
}

/// A measured write, under a fixed symbol name for callgrind's `--toggle-collect`.
@inline(never) @_silgen_name("rounds_bench_counted_write")
func countedWrite(_ writer: CalendarWriter, _ document: CalendarDocument) throws -> String {
    try writer.write(document)
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
