import Foundation
import RoundsScheduling

/// The side-by-side run: each contender in its own process, interleaved, repeated; medians and
/// ratios printed as a Markdown table.
struct Compare {
    var cProgram: String
    var python: String
    var pythonScript: String
    /// The release `rounds` binary whose start-up is timed; nil skips that part.
    var rounds: String?
    /// Whether Python icalendar runs (it takes minutes per pass on a busy machine).
    var includePython: Bool
    var directory: URL
    var repeats: Int
    var iterations: Int
    /// Events in the benchmark calendar (10,000; fewer for a quick check of `compare` itself).
    var events = BenchCalendar.eventCount

    struct IcsTimes {
        var read: [Double] = []
        var write: [Double] = []
        var readCPU: [Double] = []
        var writeCPU: [Double] = []
        var summary = ""
    }

    func run() throws {
        let me = CommandLine.arguments[0]
        let file = directory.appendingPathComponent("bench-\(events).ics")
        try IcsBench.generate(to: file, events: events)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size]) ?? 0
        print("Calendar: \(file.path), \(size) bytes, \(events) events, 5 attendees each")

        let contenders: [(name: String, command: [String])] = [
            ("Rounds (Swift)", [me, "ics", file.path, "\(iterations)"]),
            ("C + libical", [cProgram, "ics", file.path, "\(iterations)"]),
            ("Python icalendar", [python, pythonScript, "ics", file.path, "\(iterations)"]),
        ].filter { includePython || $0.name != "Python icalendar" }
        print("")
        print("Checked before timing (each contender's warm-up pass, its output read back):")
        for check in try verify(
            contenders: contenders, file: file, expected: events)
        {
            print(
                "- \(check.name): read \(check.eventsRead) events, wrote \(check.eventsWritten)"
                    + " (\(check.bytesWritten) bytes): \(check.equality)")
        }
        var times = Array(repeating: IcsTimes(), count: contenders.count)
        for repeat_ in 0..<repeats {
            // Rotate the order so no contender always runs first (or after the same one).
            for offset in 0..<contenders.count {
                let index = (repeat_ + offset) % contenders.count
                let output = try Self.output(of: contenders[index].command)
                let fields = Self.fields(output)
                guard let read = fields["read"].flatMap(Double.init),
                    let write = fields["write"].flatMap(Double.init),
                    let readCPU = fields["read_cpu"].flatMap(Double.init),
                    let writeCPU = fields["write_cpu"].flatMap(Double.init)
                else {
                    throw BenchError("unexpected output from \(contenders[index].name): \(output)")
                }
                times[index].read.append(read)
                times[index].write.append(write)
                times[index].readCPU.append(readCPU)
                times[index].writeCPU.append(writeCPU)
                guard fields["events"] == "\(events)" else {
                    throw BenchError(
                        "\(contenders[index].name) read \(fields["events"] ?? "no")"
                            + " events in a timed run, not \(events)")
                }
                times[index].summary =
                    "events=\(fields["events"] ?? "?") "
                    + "bytes_written=\(fields["bytes"] ?? "?")"
            }
        }
        print("")
        print("Reading and writing (\(repeats) interleaved runs of \(iterations) iterations each;")
        print("each cell the median of the per-run medians; ratio = Rounds / contender)")
        for (label, read, write) in [
            ("CPU time (user + system)", \IcsTimes.readCPU, \IcsTimes.writeCPU),
            ("wall time", \IcsTimes.read, \IcsTimes.write),
        ] {
            print("")
            print("\(label):")
            print("")
            print("| contender | read (s) | write (s) | Rounds/this, read | Rounds/this, write |")
            print("|---|---:|---:|---:|---:|")
            let ours = times[0]
            for (index, contender) in contenders.enumerated() {
                let readTime = Timing.median(times[index][keyPath: read])
                let writeTime = Timing.median(times[index][keyPath: write])
                print(
                    "| \(contender.name) | \(Self.format(readTime)) | \(Self.format(writeTime)) | "
                        + "\(Self.ratio(Timing.median(ours[keyPath: read]) / readTime)) | "
                        + "\(Self.ratio(Timing.median(ours[keyPath: write]) / writeTime)) |")
            }
        }
        print("")
        for (index, contender) in contenders.enumerated() {
            print("\(contender.name): \(times[index].summary)")
        }
        print("")
        let plan = try PlanBench.timePlan(iterations: iterations)
        let packDirectory = directory.appendingPathComponent("packs")
        try FileManager.default.createDirectory(
            at: packDirectory, withIntermediateDirectories: true)
        let packs = try PackBench.timePacks(iterations: iterations, directory: packDirectory)
        print("| task | wall (s) | CPU (s) | target (s) | met |")
        print("|---|---:|---:|---:|---|")
        print(
            "| plan 10 years, 60 facilitators (\(plan.rounds) Rounds) | "
                + "\(Self.format(plan.time.wall)) | \(Self.format(plan.time.cpu)) | 0.2 | "
                + "\(plan.time.wall < 0.2 ? "yes" : "NO") |")
        print(
            "| write every pack, html+md, themes with excerpts (\(packs.files) files) | "
                + "\(Self.format(packs.time.wall)) | \(Self.format(packs.time.cpu)) | 1.0 | "
                + "\(packs.time.wall < 1 ? "yes" : "NO") |")
        print("")
        if let rounds {
            try startUp(rounds: rounds)
        } else {
            print("Start-up: skipped (no --rounds)")
        }
        print("")
        try memory(file: file, me: me)
    }

    private func startUp(rounds: String) throws {
        let commands: [(String, [String])] = [
            ("rounds --version", [rounds, "--version"]),
            ("/bin/true", ["/bin/true"]),
            ("python3 -c pass", [python, "-c", "pass"]),
        ]
        var samples = Array(repeating: [Double](), count: commands.count)
        for _ in 0..<(repeats * 10) {
            for (index, command) in commands.enumerated() {
                samples[index].append(try Timing.seconds { _ = try Self.output(of: command.1) })
            }
        }
        print("Start-up (\(repeats * 10) interleaved launches each, median wall time per launch)")
        print("")
        print("| command | median (ms) | ratio to /bin/true |")
        print("|---|---:|---:|")
        let baseline = Timing.median(samples[1])
        for (index, command) in commands.enumerated() {
            let median = Timing.median(samples[index])
            print(
                "| \(command.0) | \(String(format: "%.2f", median * 1000)) | "
                    + "\(Self.ratio(median / baseline)) |")
        }
    }

    private func memory(file: URL, me: String) throws {
        let timeTool = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timeTool) else {
            print("Peak memory: /usr/bin/time is missing (apt-get install time)")
            return
        }
        let commands: [(String, [String])] = [
            ("read 10,000 events: Rounds", [me, "read-once", file.path]),
            ("read 10,000 events: C + libical", [cProgram, "read-once", file.path]),
            (
                "read 10,000 events: Python icalendar",
                [python, pythonScript, "read-once", file.path]
            ),
            ("plan 10 years, 60 facilitators: Rounds", [me, "plan-once"]),
            ("process start-up only: rounds --version", rounds.map { [$0, "--version"] } ?? []),
        ].filter { !$0.1.isEmpty && (includePython || !$0.0.contains("Python")) }
        print("Peak resident memory (/usr/bin/time -v, \"Maximum resident set size\")")
        print("")
        print("| run | peak RSS (MiB) |")
        print("|---|---:|")
        for command in commands {
            let output = try Self.output(of: [timeTool, "-v"] + command.1, mergeErrors: true)
            let line = output.split(separator: "\n").first {
                $0.contains("Maximum resident set size")
            }
            let kilobytes =
                line.flatMap { $0.split(separator: ":").last }
                .flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? .nan
            print("| \(command.0) | \(String(format: "%.1f", kilobytes / 1024)) |")
        }
    }

    static func output(of command: [String], mergeErrors: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        if mergeErrors { process.standardError = pipe }
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError(
                "\(command.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `key=value` pairs separated by spaces.
    static func fields(_ output: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in output.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        return fields
    }

    static func format(_ seconds: Double) -> String { String(format: "%.4f", seconds) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
}
