import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Wall-clock and CPU timing helpers, and medians.
///
/// CPU time (user + system of this process) is reported beside wall time because the machines
/// the benchmarks run on are shared: other work stretches wall time, not CPU time.
enum Timing {
    struct Sample {
        var wall: Double
        var cpu: Double
    }

    /// The wall and CPU seconds `body` took.
    static func measure(_ body: () throws -> Void) rethrows -> Sample {
        let cpuStart = cpuSeconds()
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        let cpu = cpuSeconds() - cpuStart
        let parts = elapsed.components
        return Sample(wall: Double(parts.seconds) + Double(parts.attoseconds) / 1e18, cpu: cpu)
    }

    /// Wall seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        try measure(body).wall
    }

    /// CPU time used by this process so far.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The median wall time and the median CPU time of `samples`.
    static func medians(_ samples: [Sample]) -> Sample {
        Sample(wall: median(samples.map(\.wall)), cpu: median(samples.map(\.cpu)))
    }
}
