internal import CLibical
public import Foundation

/// The one source of time-zone truth for calendar data: libical's built-in zones, which libical
/// builds from the system tz database (`/usr/share/zoneinfo` on Debian, found through its
/// `zone.tab`).
///
/// Concurrency rules:
/// - libical keeps process-wide, lazily filled zone state (the list of zones, each zone's
///   VTIMEZONE and its table of offset changes). Filling it from two threads at once races and
///   has been seen to crash. Every call in this module that looks up a built-in zone or converts
///   a time through one runs under one process-wide lock (`withLibicalZones`), so all of
///   `TimeZones` is safe to call from any task.
/// - The first zone look-up in a process loads the common zones and their tables of changes
///   (`warmUp(_:)` loads others) so that later calls only read; an optimisation, not a
///   condition for safety.
/// - A libical component (a calendar being built, written or read) belongs to the task that
///   made it; it is never shared. Components own clones of zone data, never the built-in ones.
public enum TimeZones {
    /// The zones a Rounds run uses by default; `warmUp()` loads these.
    public static let commonZones = [
        "UTC", "Europe/London", "Europe/Dublin", "Europe/Paris", "America/New_York",
        "Australia/Sydney", "Asia/Kolkata",
    ]

    /// The last year up to which `warmUp(_:)` precomputes each zone's offset changes.
    static let warmCoverageYear: Int32 = 2045

    /// Loads libical's zone list and the given zones once; returns the names that are unknown.
    ///
    /// The common zones are loaded anyway on the first use of any zone, so a command that never
    /// touches a zone (`rounds --version`) does not pay for them.
    @discardableResult
    public static func warmUp(_ zones: [String] = commonZones) -> [String] {
        _ = commonZonesLoaded
        return load(zones)
    }

    /// Loads the common zones, once per process, before the first zone look-up.
    private static let commonZonesLoaded: Void = { _ = load(commonZones) }()

    /// Loads libical's zone list and `zones` under the lock; returns the names that are unknown.
    private static func load(_ zones: [String]) -> [String] {
        withLock {
            _ = icaltimezone_get_builtin_timezones()
            var unknown: [String] = []
            for name in zones {
                guard let zone = try? builtinZone(named: name) else {
                    unknown.append(name)
                    continue
                }
                _ = icaltimezone_get_component(zone)
                // Asking for an offset far ahead makes libical compute the zone's table of
                // changes now rather than during some later, concurrent call.
                var probe = icaltime_null_time()
                probe.year = warmCoverageYear
                probe.month = 12
                probe.day = 31
                var isDaylight: Int32 = 0
                _ = icaltimezone_get_utc_offset(zone, &probe, &isDaylight)
            }
            return unknown
        }
    }

    /// Whether `zone` names a zone in the system's time-zone database, such as `Europe/London`.
    public static func isKnown(_ zone: String) -> Bool {
        (try? withLibicalZones { try builtinZone(named: zone) }) != nil
    }

    /// The instant a DATE-TIME denotes; floating and all-day values need `floatingZone`.
    ///
    /// A local time that falls in a daylight-saving gap or overlap is resolved as libical does:
    /// a time in the gap is read with the offset in force before it, and a repeated time is
    /// read as its first occurrence.
    public static func instant(of time: CalendarTime, floatingIn floatingZone: String? = nil)
        throws -> Date
    {
        switch time {
        case .utc(let wall):
            try validate(wall)
            return withLibicalZones {
                date(icaltime_as_timet_with_zone(icalTime(wall), icaltimezone_get_utc_timezone()))
            }
        case .zoned(let wall, let zone):
            return try instant(of: wall, in: zone)
        case .floating(let wall):
            guard let floatingZone else { throw RoundsICSError.zoneNeeded(wall.description) }
            return try instant(of: wall, in: floatingZone)
        case .allDay(let day):
            guard let floatingZone else { throw RoundsICSError.zoneNeeded(day.description) }
            return try instant(of: WallClockTime(day: day, hour: 0, minute: 0), in: floatingZone)
        }
    }

    /// The instant at which the wall clock in `zone` shows `wall`.
    ///
    /// The zone's offsets are libical's; gaps and overlaps follow RFC 5545 3.3.5 rather than
    /// libical (which reads both the other way): a time skipped by a daylight-saving change is
    /// read with the offset in force before the change (01:30 on the spring-forward day in
    /// London is 02:30 BST), and a time that happens twice is its first occurrence.
    public static func instant(of wall: WallClockTime, in zone: String) throws -> Date {
        try validate(wall)
        return try withLibicalZones {
            let pointer = try builtinZone(named: zone)
            // The wall clock read as if it were UTC; the answer is this minus the offset.
            let naive = icaltime_as_timet(icalTime(wall))
            let before = offset(at: naive - 86_400, in: pointer)
            let after = offset(at: naive + 86_400, in: pointer)
            // The earliest instant whose own offset shows `wall`. With the same offset a day
            // either side (nearly every time) the two candidates are one instant, asked about
            // once: this runs for every time a large calendar holds.
            let early = naive - time_t(before)
            let late = naive - time_t(after)
            var first: time_t?
            if time_t(offset(at: early, in: pointer)) == naive - early { first = early }
            if late != early, time_t(offset(at: late, in: pointer)) == naive - late {
                first = min(first ?? late, late)
            }
            return date(first ?? early)
        }
    }

    /// What a wall clock in `zone` shows at `date` (to the whole second, rounded down).
    public static func wallClock(of date: Date, in zone: String) throws -> WallClockTime {
        try withLibicalZones {
            let pointer = try builtinZone(named: zone)
            let utc = icaltimezone_get_utc_timezone()
            var time = icaltime_from_timet_with_zone(timeT(date), 0, utc)
            icaltimezone_convert_time(&time, utc, pointer)
            return wallClock(time)
        }
    }

    /// The offset from UTC, in seconds, in force in `zone` at `date` (east of Greenwich > 0).
    public static func utcOffsetSeconds(at date: Date, in zone: String) throws -> Int {
        try withLibicalZones {
            let pointer = try builtinZone(named: zone)
            return Int(offset(at: timeT(date), in: pointer))
        }
    }

    static func offset(at instant: time_t, in zone: OpaquePointer) -> Int32 {
        var time = utcTime(instant)
        var isDaylight: Int32 = 0
        return icaltimezone_get_utc_offset_of_utc_time(zone, &time, &isDaylight)
    }

    /// The UTC wall clock of `date`, to the whole second.
    public static func utcWallClock(of date: Date) -> WallClockTime {
        withLibicalZones {
            wallClock(
                icaltime_from_timet_with_zone(timeT(date), 0, icaltimezone_get_utc_timezone()))
        }
    }

    /// Throws `RoundsICSError.invalidDate` unless `day` exists (years 1 to 9999).
    public static func validate(_ day: CalendarDay) throws {
        guard exists(day) else { throw RoundsICSError.invalidDate(day.description) }
    }

    /// Throws `RoundsICSError.invalidDate` unless `wall` is a real date and time of day.
    public static func validate(_ wall: WallClockTime) throws {
        // Second 60 is allowed because RFC 5545 allows a leap second.
        guard exists(wall.day), (0...23).contains(wall.hour), (0...59).contains(wall.minute),
            (0...60).contains(wall.second)
        else { throw RoundsICSError.invalidDate(wall.description) }
    }

    private static func exists(_ day: CalendarDay) -> Bool {
        (1...9999).contains(day.year) && (1...12).contains(day.month) && day.day >= 1
            && day.day <= Int(icaltime_days_in_month(Int32(day.month), Int32(day.year)))
    }
}

// MARK: - The lock and the bridge to libical, for this module only.

extension TimeZones {
    /// Guards libical's process-wide zone state. Recursive so that helpers can nest.
    private static let lock = NSRecursiveLock()

    /// Runs `body` holding the lock every libical zone look-up or conversion must hold.
    ///
    /// Wrap in it any libical call that may resolve a TZID against the built-in zones or convert
    /// a time between zones (`icaltime_as_timet_with_zone`, `icalcomponent_get_dtstart` on a
    /// component whose TZID is not defined in the same calendar, `icaltimezone_*`).
    static func withLibicalZones<T>(_ body: () throws -> T) rethrows -> T {
        // Before taking the lock: the loading takes it too, and a second thread waits here for
        // the first to finish loading without holding the lock.
        _ = commonZonesLoaded
        return try withLock(body)
    }

    /// libical's UTC zone. Asking libical for it can be the call that loads its zone list, so
    /// the first request goes through the lock like any other zone look-up.
    // Unchecked: libical makes its UTC zone once and never changes or frees it.
    nonisolated(unsafe) static let utcZone: OpaquePointer? = withLibicalZones {
        icaltimezone_get_utc_timezone()
    }

    private static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// libical's built-in zone for an IANA name; call only while holding the lock.
    static func builtinZone(named name: String) throws -> OpaquePointer {
        if name == "UTC" || name == "Etc/UTC" {
            if let utc = icaltimezone_get_utc_timezone() { return utc }
        }
        // A calendar's times nearly all name one zone: the last one found is compared first
        // (two words for a name of up to 15 bytes), before hashing the name.
        if let last = lastZone, last.name == name { return last.zone }
        // libical searches its list of ~600 zones by name with strcmp on every call, which
        // dominated writing large calendars; a zone, once found, lives as long as the process.
        if let zone = builtinZones[name] {
            lastZone = (name, zone)
            return zone
        }
        // libical turns the name into a file path under the zoneinfo directory: refuse
        // anything that is not shaped like a zone name before it gets there.
        guard isPlausibleZoneName(name), let zone = icaltimezone_get_builtin_timezone(name) else {
            throw RoundsICSError.unknownTimeZone(name)
        }
        builtinZones[name] = zone
        lastZone = (name, zone)
        return zone
    }

    /// The zone `builtinZone(named:)` returned last, other than UTC.
    // Safe although unchecked: read and written only under `lock` (in `builtinZone(named:)`).
    nonisolated(unsafe) private static var lastZone: (name: String, zone: OpaquePointer)?

    /// Zones found by `builtinZone(named:)`.
    // Safe although unchecked: read and written only under `lock` (in `builtinZone(named:)`).
    nonisolated(unsafe) private static var builtinZones: [String: OpaquePointer] = [:]

    /// ASCII letters, digits and `/_-+` only, not starting or ending with `/`, no `//`.
    static func isPlausibleZoneName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard !bytes.isEmpty, bytes.count <= 64, bytes.first != UInt8(ascii: "/"),
            bytes.last != UInt8(ascii: "/")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                UInt8(ascii: "+"):
                break
            case UInt8(ascii: "/"):
                if previous == byte { return false }
            default:
                return false
            }
            previous = byte
        }
        return true
    }

    /// A libical time with these fields and no zone attached.
    static func icalTime(_ wall: WallClockTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(wall.day.year)
        time.month = Int32(wall.day.month)
        time.day = Int32(wall.day.day)
        time.hour = Int32(wall.hour)
        time.minute = Int32(wall.minute)
        time.second = Int32(wall.second)
        return time
    }

    /// A libical DATE value.
    static func icalDate(_ day: CalendarDay) -> icaltimetype {
        // icaltime_null_date() marks the time fields -1, which upsets libical's recurrence
        // arithmetic, so they are zeroed.
        var time = icaltime_null_date()
        time.hour = 0
        time.minute = 0
        time.second = 0
        time.year = Int32(day.year)
        time.month = Int32(day.month)
        time.day = Int32(day.day)
        return time
    }

    static func wallClock(_ time: icaltimetype) -> WallClockTime {
        WallClockTime(
            year: Int(time.year), month: Int(time.month), day: Int(time.day),
            hour: Int(time.hour), minute: Int(time.minute), second: Int(time.second))
    }

    static func timeT(_ date: Date) -> time_t {
        time_t(date.timeIntervalSince1970.rounded(.down))
    }

    static func date(_ time: time_t) -> Date {
        Date(timeIntervalSince1970: TimeInterval(time))
    }
}
