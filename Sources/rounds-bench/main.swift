import Foundation
import RoundsICS
import RoundsScheduling

// rounds-bench: release-mode benchmarks (docs/benchmarks.md). `make bench` runs `compare`.
//
//   rounds-bench compare --c PROGRAM --python PYTHON --script SCRIPT --dir DIR
//                        [--rounds BINARY] [--skip-python] [--repeats N] [--iterations N]
//                        [--events N (10,000; fewer only to check compare itself)]
//   rounds-bench ics FILE ITERATIONS [OUT]  read and write FILE; prints medians; OUT gets the
//                                        last calendar written
//   rounds-bench read-once FILE          read FILE once (for peak memory)
//   rounds-bench plan-once               plan ten years once (for peak memory)
//   rounds-bench plan-instance FILE [N]  write that plan as a rota judge file; print the
//                                        median seconds of N plans (bench_rota.py)
//   rounds-bench packs DIR ITERATIONS    write every pack of the ten-year plan into DIR
//   rounds-bench generate FILE [EVENTS]  write the benchmark calendar (10,000 events)
//   rounds-bench zones-race              first zone look-ups from many threads at once (a test)
//   rounds-bench check FILE...           what `rounds ics check --json` does, without the
//                                        command's async entry point (for `make valgrind`)
//   rounds-bench edit DIR ITERATIONS     one-record edit on a one-year and a ten-year store

func option(_ name: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
        return nil
    }
    return arguments[index + 1]
}

func main() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "ics":
        guard arguments.count == 3 || arguments.count == 4, let iterations = Int(arguments[2]),
            iterations >= 0
        else { break }
        let result = try IcsBench.run(
            file: URL(fileURLWithPath: arguments[1]), iterations: iterations,
            output: arguments.count == 4 ? URL(fileURLWithPath: arguments[3]) : nil)
        print(
            "read=\(result.read) write=\(result.write) read_cpu=\(result.readCPU) "
                + "write_cpu=\(result.writeCPU) events=\(result.events) bytes=\(result.bytes)")
        return
    case "read-once":
        guard arguments.count == 2 else { break }
        print("events=\(IcsBench.readOnce(file: URL(fileURLWithPath: arguments[1])))")
        return
    case "plan-once":
        print("rounds=\(try PlanBench.plan().3.rounds.count)")
        return
    case "plan-instance":
        guard arguments.count == 2 || arguments.count == 3 else { break }
        try PlanBench.writeInstance(to: URL(fileURLWithPath: arguments[1]))
        let iterations = arguments.count == 3 ? Int(arguments[2]) ?? 5 : 5
        let plan = try PlanBench.timePlan(iterations: iterations)
        print("plan=\(plan.time.wall) plan_cpu=\(plan.time.cpu) rounds=\(plan.rounds)")
        return
    case "plan-store":
        // The instance as a store, for timing a whole `rounds plan` call (`make bench-plan-cli`).
        guard arguments.count == 2 else { break }
        try PlanBench.writeStore(to: arguments[1])
        return
    case "packs":
        // Every pack of the ten-year plan, for profiling: `rounds-bench packs DIR ITERATIONS`.
        guard arguments.count == 3, let iterations = Int(arguments[2]) else { break }
        let packs = try PackBench.timePacks(
            iterations: iterations, directory: URL(fileURLWithPath: arguments[1]))
        print("packs=\(packs.time.wall) packs_cpu=\(packs.time.cpu) files=\(packs.files)")
        return
    case "generate":
        guard arguments.count == 2 || arguments.count == 3 else { break }
        let events = arguments.count == 3 ? Int(arguments[2]) : BenchCalendar.eventCount
        guard let events, events > 0 else { break }
        try IcsBench.generate(to: URL(fileURLWithPath: arguments[1]), events: events)
        return
    case "zones-race":
        for line in ZoneRace.run() { print(line) }
        return
    case "check":
        guard arguments.count >= 2 else { break }
        let checks = CalendarCheck.check(Array(arguments.dropFirst()), with: CalendarReader())
        print(try CalendarCheck.json(checks), terminator: "")
        return
    case "edit":
        guard arguments.count == 3, let iterations = Int(arguments[2]), iterations > 0 else {
            break
        }
        let result = try EditBench.run(
            directory: URL(fileURLWithPath: arguments[1], isDirectory: true),
            iterations: iterations)
        let ratio = result.tenYears.wall / result.oneYear.wall
        let cpuRatio = result.tenYears.cpu / result.oneYear.cpu
        print(
            "edit one_year=\(result.oneYear.wall) ten_years=\(result.tenYears.wall) "
                + "ratio=\(ratio) one_year_cpu=\(result.oneYear.cpu) "
                + "ten_years_cpu=\(result.tenYears.cpu) cpu_ratio=\(cpuRatio) "
                + "rounds=\(result.oneYearRounds)/\(result.tenYearRounds)")
        return
    case "compare":
        guard let cProgram = option("--c", in: arguments),
            let python = option("--python", in: arguments),
            let script = option("--script", in: arguments),
            let directory = option("--dir", in: arguments)
        else { break }
        try Compare(
            cProgram: cProgram, python: python, pythonScript: script,
            rounds: option("--rounds", in: arguments),
            includePython: !arguments.contains("--skip-python"),
            directory: URL(fileURLWithPath: directory, isDirectory: true),
            repeats: option("--repeats", in: arguments).flatMap(Int.init) ?? 5,
            iterations: option("--iterations", in: arguments).flatMap(Int.init) ?? 3,
            events: option("--events", in: arguments).flatMap(Int.init)
                ?? BenchCalendar.eventCount
        ).run()
        return
    default:
        break
    }
    FileHandle.standardError.write(Data("usage: see Sources/rounds-bench/main.swift\n".utf8))
    exit(2)
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("rounds-bench: \(error)\n".utf8))
    exit(1)
}
