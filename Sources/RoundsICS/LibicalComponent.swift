internal import CLibical
import Foundation

/// Owns one top-level libical component and frees it (with everything added to it) in `deinit`.
///
/// Never shared between tasks, so it is not `Sendable`.
final class LibicalComponent {
    let pointer: OpaquePointer

    init?(kind: icalcomponent_kind) {
        guard let pointer = icalcomponent_new(kind) else { return nil }
        self.pointer = pointer
    }

    /// Takes ownership of a component nobody else owns.
    init(adopting pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        icalcomponent_free(pointer)
    }

    /// The component as iCalendar text, through libical's caller-owned string.
    func serialised() throws -> String {
        guard let text = icalcomponent_as_ical_string_r(pointer) else {
            throw RoundsICSError.serialisationFailed
        }
        defer { free(text) }
        return String(cString: text)
    }
}
