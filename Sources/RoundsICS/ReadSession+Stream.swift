internal import CLibical

/// The input a skeleton's events are read from: the bytes libical was handed and their offset
/// in the file (the scan's offsets are the file's).
typealias EventSource = (bytes: UnsafeRawBufferPointer, offset: Int)

/// Reading a calendar's events one at a time.
///
/// Handed the whole file, libical builds the tree of every event before the first is read,
/// about 100 MB for 10,000 events, and walking it cold costs time as well. When the scan shows
/// that libical's components will be exactly its blocks (`SourceScan.plainStructure`, and the
/// input handed over unchanged), libical parses the skeleton instead (each calendar's own lines
/// and its children other than VEVENTs, the VTIMEZONEs among them), then each VEVENT's lines
/// alone; each event is read with `readEvent` while it is a child of its skeleton calendar, as
/// in the whole tree, and freed at once. Anything else is read from the whole tree. Both ways
/// give the same result (`CalendarReaderStreamingTests`). docs/ics.md has the reasoning.
extension ReadSession {
    /// The most children other than events a calendar may have to be read this way: each
    /// event is added to its calendar and removed, which walks the calendar's children.
    static let skeletonChildLimit = 256

    /// The component read one at a time.
    private static let eventName = "VEVENT"

    /// The file's calendars as libical parses them without their events, or nil when the file
    /// must be read whole (the scan does not allow it, there are no events, or libical's
    /// components do not match the scan's blocks after all).
    mutating func skeleton(of source: UnsafeRawBufferPointer, from offset: Int) -> OpaquePointer? {
        guard scan.plainStructure else { return nil }
        var skips: [Range<Int>] = []
        for root in scan.roots {
            var others = 0
            for child in scan.blocks[root].children {
                let block = scan.blocks[child]
                if block.name == Self.eventName {
                    skips.append((block.start - offset)..<(block.end - offset))
                } else {
                    others += 1
                }
            }
            guard others <= Self.skeletonChildLimit else { return nil }
        }
        guard !skips.isEmpty, let root = LibicalParse.parse(source, skipping: skips) else {
            return nil
        }
        if matchesScan(root) { return root }
        icalcomponent_free(root)
        return nil
    }

    /// Whether the skeleton has one VCALENDAR per outermost block, each with as many children
    /// as the block has blocks other than events.
    private func matchesScan(_ root: OpaquePointer) -> Bool {
        var calendars: [OpaquePointer] = []
        if icalcomponent_isa(root) == ICAL_XROOT_COMPONENT {
            var child = icalcomponent_get_first_component(root, ICAL_ANY_COMPONENT)
            while let calendar = child {
                calendars.append(calendar)
                child = icalcomponent_get_next_component(root, ICAL_ANY_COMPONENT)
            }
        } else {
            calendars.append(root)
        }
        guard calendars.count == scan.roots.count else { return false }
        for (calendar, block) in zip(calendars, scan.roots) {
            guard icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT else { return false }
            let others = scan.blocks[block].children.count {
                scan.blocks[$0].name != Self.eventName
            }
            let count = icalcomponent_count_components(calendar, ICAL_ANY_COMPONENT)
            guard Int(count) == others else { return false }
        }
        return true
    }

    /// Reads the children of a skeleton calendar in file order: each event from its own lines
    /// in `events`, everything else from the skeleton.
    mutating func readChildren(
        of calendar: OpaquePointer, block: Int, events: EventSource,
        into document: inout CalendarDocument
    ) {
        let children = scan.blocks[block].children
        var others: [Int] = []
        var components: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT)
        while let component = child {
            components.append(component)
            child = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)
        }
        for index in children where scan.blocks[index].name != Self.eventName {
            others.append(index)
        }
        document.events.reserveCapacity(children.count - others.count)
        var cursor = ChildCursor()
        var nextOther = 0
        for index in children {
            let childBlock = scan.blocks[index]
            guard childBlock.name == Self.eventName else {
                guard nextOther < components.count else { continue }
                let component = components[nextOther]
                nextOther += 1
                let matched = cursor.next(named: kindName(component), among: others, in: scan)
                readChild(component, block: matched, calendar: calendar, into: &document)
                continue
            }
            let range = (childBlock.start - events.offset)..<(childBlock.end - events.offset)
            let lines = UnsafeRawBufferPointer(rebasing: events.bytes[range])
            guard let event = LibicalParse.parse(lines) else { continue }
            // A child of its calendar while it is read, as in the whole tree: libical looks up
            // the TZIDs of its times among the VTIMEZONEs of the component at the top.
            icalcomponent_add_component(calendar, event)
            readEvent(event, block: index, calendar: calendar, into: &document.events)
            icalcomponent_remove_component(calendar, event)
            icalcomponent_free(event)
        }
    }
}
