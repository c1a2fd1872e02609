import Foundation

/// Counts events per key in fixed windows and says when a key has had too many.
///
/// Kept in memory: a restart forgets the counts, which only ever lets more through.
actor RateLimiter {
    private let limit: Int
    private let window: TimeInterval
    private var counts: [String: (start: TimeInterval, count: Int)] = [:]

    /// A limiter allowing `limit` events per `window` seconds per key.
    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Records one event for `key` at `now`; false when the key is over its limit.
    func allow(_ key: String, now: Date) -> Bool {
        let time = now.timeIntervalSince1970
        if counts.count > 10_000 {
            counts = counts.filter { time - $0.value.start < window }
        }
        var entry = counts[key] ?? (start: time, count: 0)
        if time - entry.start >= window { entry = (start: time, count: 0) }
        entry.count += 1
        counts[key] = entry
        return entry.count <= limit
    }
}
