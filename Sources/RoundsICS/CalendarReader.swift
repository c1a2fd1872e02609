internal import CLibical
public import Foundation

/// How a TZID found in a calendar was understood.
public struct CalendarZoneUse: Sendable, Hashable, Codable {
    /// Where the reader found the zone's rules.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// An IANA zone name the system's time-zone database knows, such as `Europe/London`.
        case known
        /// A Windows zone name (Outlook, Exchange) mapped to an IANA zone through ICU.
        case windows
        /// A name whose last part is an IANA zone, such as `/mozilla.org/20070129_1/Europe/London`.
        case prefixed
        /// A zone defined only by a VTIMEZONE in the file; its times are converted to UTC.
        case definedInFile = "defined-in-file"
        /// A zone neither known nor defined in the file; its times are floating.
        case unknown
    }

    /// The TZID as written in the file.
    public var tzid: String
    /// The IANA zone the TZID was mapped to, when there is one.
    public var ianaName: String?
    /// How the TZID was understood.
    public var origin: Origin

    /// A zone use with every field given.
    public init(tzid: String, ianaName: String?, origin: Origin) {
        self.tzid = tzid
        self.ianaName = ianaName
        self.origin = origin
    }
}

/// Everything learnt from reading one calendar file.
public struct CalendarReadResult: Sendable, Hashable, Codable {
    /// The name the file was read under, used in messages.
    public var fileName: String
    /// Each VCALENDAR in the file (usually one).
    public var documents: [CalendarDocument]
    /// Every problem found, in the order found.
    public var diagnostics: [CalendarDiagnostic]
    /// How many components of each kind (`VEVENT`, `VTIMEZONE`, `VALARM`, ...) the file holds.
    public var componentCounts: [String: Int]
    /// Each distinct TZID the file's times refer to, sorted by TZID.
    public var timeZones: [CalendarZoneUse]
    /// Whether any time in the file is floating (has no zone and is not UTC).
    public var usesFloatingTime: Bool

    /// A result with every field given.
    public init(
        fileName: String, documents: [CalendarDocument] = [],
        diagnostics: [CalendarDiagnostic] = [], componentCounts: [String: Int] = [:],
        timeZones: [CalendarZoneUse] = [], usesFloatingTime: Bool = false
    ) {
        self.fileName = fileName
        self.documents = documents
        self.diagnostics = diagnostics
        self.componentCounts = componentCounts
        self.timeZones = timeZones
        self.usesFloatingTime = usesFloatingTime
    }

    /// A file is usable when it holds at least one calendar and no diagnostic is an error.
    public var isUsable: Bool {
        !documents.isEmpty && !diagnostics.contains { $0.severity == .error }
    }

    /// Every event of every calendar in the file.
    public var events: [CalendarEvent] { documents.flatMap(\.events) }
}

/// Reads iCalendar files into `CalendarDocument` values with diagnostics in plain words.
///
/// Parsing is libical's; before it, a byte scan enforces `limits`, refuses input that is not
/// UTF-8 text, and notes where each BEGIN, END and property line is so that what libical reports
/// (or silently lets through) can be given a line number. Safe to use from concurrent tasks:
/// each read owns its libical components, and built-in zone look-ups go through `TimeZones`.
public struct CalendarReader: Sendable {
    /// The bounds enforced before libical sees the input.
    public var limits: ReaderLimits

    /// A reader enforcing `limits`.
    public init(limits: ReaderLimits = .default) {
        self.limits = limits
    }

    /// Reads the calendar in `data`; `fileName` is used only in messages.
    public func read(_ data: Data, fileName: String) -> CalendarReadResult {
        data.withUnsafeBytes { read($0, fileName: fileName) }
    }

    /// Reads the calendar file at `url`; a file that cannot be read gives an error diagnostic.
    ///
    /// The size limit is checked before the file is loaded.
    public func read(contentsOf url: URL, fileName: String? = nil) -> CalendarReadResult {
        let name = fileName ?? url.path
        let failed = { (message: String) in
            CalendarReadResult(
                fileName: name,
                diagnostics: [CalendarDiagnostic(.error, .fileUnreadable, message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return failed("There is no file at this path. Check the name and folder.")
        }
        if isDirectory.boolValue {
            return failed("This is a folder, not a calendar file.")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return failed(
                "The file could not be opened. Check that you are allowed to read it.")
        }
        defer { close(descriptor) }
        // One byte past the limit is enough to know the file is too large.
        guard let bytes = Self.contents(of: descriptor, upTo: limits.maximumBytes + 1) else {
            return failed("The file could not be read. Check that it is a regular file.")
        }
        if bytes.count > limits.maximumBytes {
            let end = lseek(descriptor, 0, SEEK_END)
            let size = end > 0 ? Int(end) : bytes.count
            return CalendarReadResult(
                fileName: name,
                diagnostics: [
                    CalendarDiagnostic(
                        .error, .fileTooLarge,
                        "The file is \(SourceScan.sizeText(size)), over the "
                            + "\(SourceScan.sizeText(limits.maximumBytes)) limit for a "
                            + "calendar, so it was not read.")
                ])
        }
        return bytes.withUnsafeBufferPointer { read(UnsafeRawBufferPointer($0), fileName: name) }
    }

    /// Reads `bytes` (the whole calendar) under the reader's limits.
    private func read(_ bytes: UnsafeRawBufferPointer, fileName: String) -> CalendarReadResult {
        var session = ReadSession(fileName: fileName, limits: limits)
        session.read(bytes)
        return session.result
    }

    /// Reads `data` with the events handed to libical one at a time when the file allows it
    /// (`streaming`, as `read(_:fileName:)` does) or always from libical's whole tree; for the
    /// test that compares the two ways, with whether the events were read one at a time.
    package func read(_ data: Data, fileName: String, streaming: Bool)
        -> (result: CalendarReadResult, streamed: Bool)
    {
        data.withUnsafeBytes { bytes in
            var session = ReadSession(fileName: fileName, limits: limits)
            session.streamsEvents = streaming
            session.read(bytes)
            return (session.result, session.streamed)
        }
    }

    /// Up to `limit` bytes of an open file, read straight into memory sized from the file's
    /// length (no growing copy); nil when reading fails.
    ///
    /// In pages of their own when large (`PagedArray`): released after libical's tree, a heap
    /// block of that size would make glibc consolidate every block the tree freed.
    private static func contents(of descriptor: Int32, upTo limit: Int) -> PagedArray<UInt8>? {
        var status = stat()
        let length =
            fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            ? Int(status.st_size) : 0
        // One byte more than the length, so that the end is seen without growing.
        let bytes = PagedArray<UInt8>(capacity: min(max(length, 0), limit) + 1)
        while bytes.count < limit {
            let free = bytes.capacity - bytes.count
            let room = min(limit - bytes.count, free > 0 ? free : bytes.capacity)
            var failed = false
            let added = bytes.appendInPlace(room: room) { buffer in
                while true {
                    let done = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
                    if done >= 0 { return done }
                    if errno != EINTR {
                        failed = true
                        return 0
                    }
                }
            }
            if failed { return nil }
            if added == 0 { break }
        }
        return bytes
    }
}
