import Foundation
import RoundsICS

/// `compare` checks every contender's work before it times any of them: a contender that read
/// nothing, or wrote something else, must not be timed as if it had done the same work.
extension Compare {
    /// What one contender read and wrote in its checking run.
    struct Verified {
        var name: String
        var eventsRead: Int
        var eventsWritten: Int
        var bytesWritten: Int
        /// What was found equal to Rounds' calendar.
        var equality: String
    }

    /// Runs each contender once (its warm-up pass only, ITERATIONS 0) with an output file, and
    /// throws unless each read `expected` events and wrote a calendar whose events equal the
    /// ones Rounds wrote, and, for the C program, whose text equals Rounds' apart from the
    /// VTIMEZONE's bounds (`withoutBounds`, docs/benchmarks.md).
    func verify(
        contenders: [(name: String, command: [String])], file: URL, expected: Int
    ) throws -> [Verified] {
        var verified: [Verified] = []
        var reference: (events: [CalendarEvent], text: String)?
        for contender in contenders {
            let output = directory.appendingPathComponent(
                "written-" + contender.name.filter { $0.isLetter } + ".ics")
            try? FileManager.default.removeItem(at: output)
            var command = contender.command
            command[command.count - 1] = "0"
            let fields = Self.fields(try Self.output(of: command + [output.path]))
            guard let read = fields["events"].flatMap(Int.init), read == expected else {
                throw BenchError(
                    "\(contender.name) read \(fields["events"] ?? "no") events from"
                        + " \(file.lastPathComponent), not \(expected): not timed")
            }
            guard let data = try? Data(contentsOf: output) else {
                throw BenchError("\(contender.name) wrote no calendar to \(output.path)")
            }
            let text = String(decoding: data, as: UTF8.self)
            let result = CalendarReader().read(data, fileName: output.lastPathComponent)
            guard result.isUsable, result.events.count == expected else {
                throw BenchError(
                    "\(contender.name) wrote \(result.events.count) readable events to"
                        + " \(output.path), not \(expected): not timed")
            }
            var equality = "the reference"
            if let reference {
                if let index = result.events.indices.first(where: {
                    result.events[$0] != reference.events[$0]
                }) {
                    throw BenchError(
                        "\(contender.name)'s calendar differs from Rounds' at event \(index + 1)"
                            + " (UID \(reference.events[index].uid)): compare \(output.path)")
                }
                if contender.name.hasPrefix("C"),
                    Self.withoutBounds(text) != Self.withoutBounds(reference.text)
                {
                    throw BenchError(
                        "\(contender.name)'s calendar text differs from Rounds' beyond the"
                            + " VTIMEZONE's bounds: compare \(output.path)")
                }
                equality =
                    contender.name.hasPrefix("C")
                    ? "events and text equal to Rounds' apart from the VTIMEZONE's bounds"
                    : "events equal to Rounds' (read back by RoundsICS)"
            } else {
                reference = (result.events, text)
            }
            verified.append(
                Verified(
                    name: contender.name, eventsRead: read, eventsWritten: result.events.count,
                    bytesWritten: data.count, equality: equality))
        }
        return verified
    }

    /// The text without what gives a VTIMEZONE's bounds: inside VTIMEZONE, the DTSTART and
    /// TZUNTIL lines and the UNTIL of each RRULE (Rounds moves UNTIL to the local time of the
    /// rule's last change, docs/ics.md; the C program keeps libical's UTC instant). That is the
    /// one documented difference a contender's calendar may have.
    static func withoutBounds(_ text: String) -> String {
        var inZone = false
        var kept: [String] = []
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            if line == "BEGIN:VTIMEZONE" { inZone = true }
            if line == "END:VTIMEZONE" { inZone = false }
            guard inZone else {
                kept.append(String(line))
                continue
            }
            if line.hasPrefix("DTSTART:") || line.hasPrefix("TZUNTIL:") { continue }
            kept.append(
                line.hasPrefix("RRULE:")
                    ? line.split(separator: ";").filter { !$0.hasPrefix("UNTIL=") }
                        .joined(separator: ";")
                    : String(line))
        }
        return kept.joined(separator: "\r\n")
    }
}
