internal import Foundation

/// A growable array whose storage, once it reaches 64 KiB, is pages of its own (`mmap`) rather
/// than a block of the C heap.
///
/// glibc merges its fast bins (the small blocks freed lately) whenever a block of 64 KiB or more
/// goes back to the heap. Reading a calendar frees libical's whole tree, hundreds of thousands
/// of small blocks, before the survey's index and the file's bytes are released; freeing those
/// large arrays from the heap then made glibc merge every one of the tree's blocks: 3% of a
/// read's instructions, work the C program reading the same file never does. Pages of their own
/// go back with `munmap` and leave the heap alone. glibc does the same for blocks above its mmap
/// threshold, but that threshold rises as large blocks are freed, so it cannot be relied on.
///
/// A reference type used as a value only where it is built once and then read (the survey's
/// index, a file's bytes): copies share their elements.
final class PagedArray<Element> {
    /// Storage below this many bytes comes from the heap as usual.
    static var pageThreshold: Int { 64 * 1024 }

    private var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int
    private(set) var count = 0
    /// Whether `base` was mapped (and is unmapped) rather than allocated.
    private var mapped: Bool

    /// An empty array with room for `capacity` elements.
    init(capacity: Int = 0) {
        let capacity = max(capacity, 1)
        (base, mapped) = Self.allocate(capacity)
        self.capacity = capacity
    }

    deinit {
        base.deinitialize(count: count)
        Self.release(base, capacity: capacity, mapped: mapped)
    }

    var isEmpty: Bool { count == 0 }

    var last: Element? { count > 0 ? base[count - 1] : nil }

    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < count, "index out of range")
            return base[index]
        }
        _modify {
            precondition(index >= 0 && index < count, "index out of range")
            yield &base[index]
        }
    }

    func append(_ element: Element) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Makes room for at least `minimum` elements.
    func reserveCapacity(_ minimum: Int) {
        if minimum > capacity { grow(to: minimum) }
    }

    /// The elements as a buffer, valid only inside `body`.
    func withUnsafeBufferPointer<Result>(
        _ body: (UnsafeBufferPointer<Element>) throws -> Result
    ) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Lets `body` fill the room after the elements (at most `room` of them, grown to fit) and
    /// counts the `body` says it initialised.
    func appendInPlace(room: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Int) -> Int {
        reserveCapacity(count + room)
        let added = body(UnsafeMutableBufferPointer(start: base + count, count: room))
        precondition(added >= 0 && added <= room, "more elements than room")
        count += added
        return added
    }

    private func grow(to newCapacity: Int) {
        let (newBase, newMapped) = Self.allocate(newCapacity)
        newBase.moveInitialize(from: base, count: count)
        Self.release(base, capacity: capacity, mapped: mapped)
        base = newBase
        mapped = newMapped
        capacity = newCapacity
    }

    private static func allocate(_ capacity: Int) -> (UnsafeMutablePointer<Element>, Bool) {
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= pageThreshold,
            let pages = mmap(
                nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            pages != MAP_FAILED
        {
            return (pages.bindMemory(to: Element.self, capacity: capacity), true)
        }
        return (UnsafeMutablePointer<Element>.allocate(capacity: capacity), false)
    }

    private static func release(
        _ base: UnsafeMutablePointer<Element>, capacity: Int, mapped: Bool
    ) {
        if mapped {
            munmap(base, capacity * MemoryLayout<Element>.stride)
        } else {
            base.deallocate()
        }
    }
}
