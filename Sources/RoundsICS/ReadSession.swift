internal import CLibical
internal import Foundation

/// The state of one read: the source scan, the libical tree and what has been found so far.
///
/// Everything libical hands back is owned by the root component this session frees, and no
/// pointer outlives `read(_:)`.
struct ReadSession {
    let fileName: String
    let limits: ReaderLimits
    var scan = SourceScan()
    var diagnostics: [CalendarDiagnostic] = []
    var documents: [CalendarDocument] = []
    var componentCounts: [String: Int] = [:]
    /// VEVENTs read, kept apart from `componentCounts` until the end: one dictionary update per
    /// read rather than per event.
    var eventCount = 0
    var zoneUses: [String: CalendarZoneUse] = [:]
    /// The entry of `zoneUses` found or made last.
    var lastZoneUse: CalendarZoneUse?
    var usesFloatingTime = false
    /// Lines already reported as holding text that is not UTF-8, so each is reported once.
    var invalidTextLines: Set<Int> = []
    /// Whether events may be handed to libical one at a time when the scan allows it (see
    /// `ReadSession+Stream.swift`); false only in the test that compares the two ways.
    var streamsEvents = true
    /// Whether this read handed libical the events one at a time.
    private(set) var streamed = false

    /// How far ahead the line matching looks for a name before giving up on a line number.
    static let lookAhead = 64

    /// What `kindName` calls a component libical has no kind for; its scanned name is used.
    static let otherComponent = "X-COMPONENT"

    init(fileName: String, limits: ReaderLimits) {
        self.fileName = fileName
        self.limits = limits
    }

    var result: CalendarReadResult {
        var componentCounts = componentCounts
        if eventCount > 0 { componentCounts["VEVENT", default: 0] += eventCount }
        // Stable sort: problems appear in file order, and those without a line come first.
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
        }.map(\.element)
        return CalendarReadResult(
            fileName: fileName, documents: documents, diagnostics: ordered,
            componentCounts: componentCounts,
            timeZones: zoneUses.values.sorted { $0.tzid < $1.tzid },
            usesFloatingTime: usesFloatingTime)
    }

    mutating func read(_ bytes: UnsafeRawBufferPointer) {
        scan = SourceScan.scan(bytes, limits: limits)
        diagnostics = scan.diagnostics
        guard !scan.refused else { return }
        if streamsEvents, let start = scan.unchangedFrom {
            let source = UnsafeRawBufferPointer(rebasing: bytes[start...])
            if let skeleton = skeleton(of: source, from: start) {
                streamed = true
                defer { icalcomponent_free(skeleton) }
                readRoots(skeleton, events: (source, start))
                return
            }
        }
        let root =
            if let start = scan.unchangedFrom {
                LibicalParse.parse(UnsafeRawBufferPointer(rebasing: bytes[start...]))
            } else {
                scan.parserInput.withUnsafeBytes { LibicalParse.parse($0) }
            }
        // The changed copy handed to libical is no longer needed; release it before walking
        // the tree.
        scan.parserInput = []
        guard let root else {
            if !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(
                    CalendarDiagnostic(
                        .error, .unreadableCalendar,
                        "No calendar could be read from the file. Check that it is an "
                            + "iCalendar (.ics) file."))
            }
            return
        }
        defer { icalcomponent_free(root) }
        readRoots(root, events: nil)
    }

    /// Reads what libical made of the file (`root`); `events` is the input the skeleton's
    /// events are to be read from (and its offset in the file), when they were left out.
    private mutating func readRoots(_ root: OpaquePointer, events: EventSource?) {
        if icalcomponent_isa(root) == ICAL_XROOT_COMPONENT {
            var cursor = ChildCursor()
            var child = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT)
            while let calendar = child {
                let block = cursor.next(named: kindName(calendar), among: scan.roots, in: scan)
                readTopLevel(calendar, block: block, events: events)
                child = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT)
            }
        } else {
            var cursor = ChildCursor()
            let block = cursor.next(named: kindName(root), among: scan.roots, in: scan)
            readTopLevel(root, block: block, events: events)
        }
    }

    private mutating func readTopLevel(
        _ component: OpaquePointer, block: Int?, events: EventSource?
    ) {
        guard icalcomponent_isa(component) == ICAL_VCALENDAR_COMPONENT else {
            // The scan has already said that this component is outside any calendar.
            count(component)
            return
        }
        documents.append(readCalendar(component, block: block, events: events))
    }

    /// Counts `component` and everything inside it by kind.
    mutating func count(_ component: OpaquePointer) {
        componentCounts[kindName(component), default: 0] += 1
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let inner = child {
            count(inner)
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
    }

    func kindName(_ component: OpaquePointer) -> String {
        let kind = icalcomponent_isa(component)
        if kind == ICAL_X_COMPONENT || kind == ICAL_NO_COMPONENT {
            return ReadSession.otherComponent
        }
        return text(icalcomponent_kind_to_string(kind)) ?? "UNKNOWN"
    }

    /// A string libical owns; text that is not UTF-8 is repaired.
    func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(validatingCString: pointer) ?? String(cString: pointer)
    }
}

/// Walks the scan's blocks alongside libical's components of one parent, matching by name in
/// order, so each libical component finds the line its BEGIN is on.
struct ChildCursor {
    private var position = 0

    /// Whether libical has no kind of its own for a component called `name`.
    private static func isNonstandard(_ name: String) -> Bool {
        let kind = icalcomponent_string_to_kind(name)
        return kind == ICAL_X_COMPONENT || kind == ICAL_NO_COMPONENT
    }

    mutating func next(named name: String, among children: [Int], in scan: SourceScan) -> Int? {
        var index = position
        // A bounded look-ahead keeps a file of many unmatched components linear.
        let limit = min(children.count, position + ReadSession.lookAhead)
        while index < limit {
            let blockName = scan.blocks[children[index]].name
            if blockName == name
                || (name == ReadSession.otherComponent && Self.isNonstandard(blockName))
            {
                position = index + 1
                return children[index]
            }
            index += 1
        }
        return nil
    }
}

/// Gives libical's properties of one component the lines they came from.
///
/// libical keeps properties in file order, puts its error notes where the line they describe
/// was, and splits a line with several values (CATEGORIES:A,B) into several properties of the
/// same name. So the walk matches names in order and lets a repeated name share a line.
struct PropertyLocator {
    private let lines: PagedArray<SourceScan.PropertyLine>
    private let longNames: [String]
    /// The block's next line not yet matched, or -1.
    private var upcoming: Int
    /// The line matched (or passed as an error) last, or -1.
    private var previous = -1

    init(block: Int?, scan: SourceScan) {
        lines = scan.propertyLines
        longNames = scan.longNames
        upcoming = block.map { scan.blocks[$0].firstProperty } ?? -1
    }

    /// The line of the next property called `name`; `packed` is `PackedName(text: name)`.
    mutating func line(of name: String, packed: SourceScan.PackedName?) -> Int? {
        // Two short ASCII names are equal exactly when their bytes are; anything else is
        // compared as text, as before names were packed.
        func isNamed(_ index: Int) -> Bool {
            let line = lines[index]
            if let packed, line.longName < 0 { return line.inline == packed }
            return self.name(at: index) == name
        }
        if upcoming >= 0, isNamed(upcoming) {
            previous = upcoming
            upcoming = lines[upcoming].next
            return lines[previous].line
        }
        if previous >= 0, isNamed(previous) {
            return lines[previous].line
        }
        var index = upcoming
        var looked = 0
        while index >= 0, looked < ReadSession.lookAhead {
            if isNamed(index) {
                previous = index
                upcoming = lines[index].next
                return lines[index].line
            }
            index = lines[index].next
            looked += 1
        }
        return nil
    }

    /// The name of line `index`, as the survey read it.
    private func name(at index: Int) -> String {
        let line = lines[index]
        return line.longName < 0 ? line.inline.text : longNames[Int(line.longName)]
    }

    /// The line and name of the line libical could not read, which sits where its note is.
    mutating func lineOfError() -> (name: String, line: Int)? {
        guard upcoming >= 0 else { return nil }
        previous = upcoming
        upcoming = lines[upcoming].next
        return (name(at: previous), lines[previous].line)
    }
}
