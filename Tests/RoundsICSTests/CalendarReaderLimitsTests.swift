import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

/// Size, depth and line-length limits, hostile input, and concurrent use.
@Suite struct CalendarReaderLimitsTests {
    private static let event = """
        BEGIN:VCALENDAR\r
        PRODID:-//Rounds tests//EN\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        UID:limits@example.org\r
        DTSTART:20270112T123000Z\r
        DESCRIPTION:
        """

    private static let ending = "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    @Test func defaultsAreTheDocumentedOnes() {
        let limits = ReaderLimits.default
        #expect(limits.maximumBytes == 64 * 1024 * 1024)
        #expect(limits.maximumNestingDepth == 64)
        #expect(limits.maximumLineBytes == 1024 * 1024)
    }

    // A time limit rather than a clock reading: libical would take minutes and then crash.
    @Test(.timeLimit(.minutes(1)))
    func twoHundredThousandNestedBeginLinesAreRefusedQuickly() {
        let data = Data(String(repeating: "BEGIN:VCALENDAR\r\n", count: 200_000).utf8)
        let result = CalendarReader().read(data, fileName: "nested.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .error, .nestingTooDeep,
                    "Components are nested more than 64 levels deep here, so the file was not "
                        + "read. Real calendars nest only a few levels.",
                    line: 65, component: "VCALENDAR")
            ])
    }

    @Test func nestingLimitCanBeLowered() {
        let text =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VALARM\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n"
        let result = CalendarReader(limits: ReaderLimits(maximumNestingDepth: 2))
            .read(Data(text.utf8), fileName: "deep.ics")
        #expect(result.diagnostics.map(\.kind) == [.nestingTooDeep])
        #expect(result.diagnostics.first?.line == 3)
    }

    @Test func twentyMegabyteLineIsRefusedWithAMessage() {
        let text = Self.event + String(repeating: "x", count: 20 * 1024 * 1024) + Self.ending
        let result = CalendarReader().read(Data(text.utf8), fileName: "long-line.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .error, .lineTooLong,
                    "This line is 20.0 MiB long, over the 1 MiB limit for one line, so the file "
                        + "was not read.",
                    line: 7)
            ])
        #expect(!result.isUsable)
    }

    @Test(.timeLimit(.minutes(1)))
    func twentyMegabyteLineIsReadWhenTheLimitIsRaised() {
        let size = 20 * 1024 * 1024
        let text = Self.event + String(repeating: "x", count: size) + Self.ending
        let limits = ReaderLimits(maximumLineBytes: 32 * 1024 * 1024)
        let result = CalendarReader(limits: limits).read(Data(text.utf8), fileName: "long.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.events.first?.description?.utf8.count == size)
    }

    @Test func twentyMegabytesFoldedIntoShortLinesIsRead() {
        let size = 20 * 1024 * 1024
        let chunk = String(repeating: "y", count: 74)
        let lines = Array(repeating: chunk, count: size / 74)
        let text = Self.event + lines.joined(separator: "\r\n ") + Self.ending
        let result = CalendarReader().read(Data(text.utf8), fileName: "folded.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.events.first?.description?.utf8.count == lines.count * 74)
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let text = Self.event + String(repeating: "z", count: 2_000) + Self.ending
        let limits = ReaderLimits(maximumBytes: 1024)
        let result = CalendarReader(limits: limits).read(Data(text.utf8), fileName: "big.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .error, .fileTooLarge,
                    "The file is 2.1 KiB, over the 1 KiB limit for a calendar, so it was not read.")
            ])
    }

    @Test func fileOnDiskOverTheSizeLimitIsNotLoaded() throws {
        let folder = try TemporaryFolder("rounds-reader")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let file = try folder.write("big.ics", Data(repeating: 0x41, count: 3 * 1024 * 1024))
        let reader = CalendarReader(limits: ReaderLimits(maximumBytes: 1024 * 1024))
        let result = reader.read(contentsOf: file, fileName: "big.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .error, .fileTooLarge,
                    "The file is 3 MiB, over the 1 MiB limit for a calendar, so it was not read.")
            ])
    }

    @Test func missingFileAndFolderGivePlainMessages() {
        let reader = CalendarReader()
        let missing = reader.read(
            contentsOf: URL(fileURLWithPath: "/nonexistent/rounds/calendar.ics"))
        #expect(
            missing.diagnostics == [
                CalendarDiagnostic(
                    .error, .fileUnreadable,
                    "There is no file at this path. Check the name and folder.")
            ])
        #expect(missing.fileName == "/nonexistent/rounds/calendar.ics")
        let folder = reader.read(contentsOf: ReaderFixtures.folder, fileName: "Fixtures")
        #expect(
            folder.diagnostics == [
                CalendarDiagnostic(
                    .error, .fileUnreadable, "This is a folder, not a calendar file.")
            ])
    }

    /// Random bytes and damaged copies of the fixtures never crash the reader, and a file that
    /// is not usable always says why.
    @Test func hostileInputNeverCrashesAndAlwaysExplainsItself() throws {
        var generator = SplitMix64(seed: 0x5EED_2027)
        var inputs: [Data] = (0..<150).map { _ in
            Data(
                (0..<Int(generator.next() % 400)).map { _ in
                    UInt8(truncatingIfNeeded: generator.next())
                })
        }
        for name in ["google.ics", "outlook-exchange.ics", "apple.ics", "freebusy.ics"] {
            let lines = try ReaderFixtures.data(name).split(separator: 0x0A)
            for _ in 0..<40 {
                var damaged = lines
                for _ in 0..<3 {
                    let index = Int(generator.next() % UInt64(damaged.count))
                    switch generator.next() % 4 {
                    case 0: damaged.remove(at: index)
                    case 1: damaged.insert(damaged[index], at: index)
                    case 2: damaged[index] = damaged[index].prefix(Int(generator.next() % 12))
                    default:
                        let other = Int(generator.next() % UInt64(damaged.count))
                        damaged.swapAt(index, other)
                    }
                }
                inputs.append(Data(damaged.joined(separator: [0x0A])))
            }
        }
        let reader = CalendarReader()
        for (index, input) in inputs.enumerated() {
            let result = reader.read(input, fileName: "hostile-\(index).ics")
            let hasError = result.diagnostics.contains { $0.severity == .error }
            #expect(result.isUsable || hasError || result.documents.isEmpty == false)
            if !result.isUsable { #expect(hasError, "hostile input \(index) failed silently") }
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.contains("X-LIC"))
            }
        }
    }

    @Test func concurrentReadsAgreeWithSerialReads() async throws {
        let names = [
            "outlook-exchange.ics", "google.ics", "apple.ics", "thunderbird.ics", "freebusy.ics",
            "custom-zone.ics", "utf8-bom.ics", "malformed/unknown-tzid.ics",
            "malformed/bad-rrule.ics",
        ]
        let inputs = try names.map { try ReaderFixtures.data($0) }
        let reader = CalendarReader()
        let serial = zip(names, inputs).map { reader.read($1, fileName: $0) }
        let parallel = await withTaskGroup(of: (Int, CalendarReadResult).self) { group in
            for round in 0..<8 {
                for index in inputs.indices {
                    group.addTask {
                        (round * 100 + index, reader.read(inputs[index], fileName: names[index]))
                    }
                }
            }
            var results: [(Int, CalendarReadResult)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 8 * inputs.count)
        for (key, result) in parallel {
            #expect(result == serial[key % 100])
        }
    }
}

/// A small deterministic random number generator, so the hostile inputs are the same each run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
