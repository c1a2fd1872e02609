import Foundation
import RoundsInvitations

/// Copies every calendar the tests build to $ROUNDS_JUDGE_DIR, when it is set, for the external
/// judges that `make test` runs (docs/testing.md, "The contract").
///
/// `<name>.ics`; versions of one UID as `<name>-seq0.ics`, `<name>-seq1.ics`, ...; a CANCEL to
/// removed attendees (no STATUS) as `<name>.uninvite.ics`. Names start with the suite's name so
/// they are unique across tests running in parallel.
enum JudgeOutput {
    static var directory: URL? {
        guard let path = ProcessInfo.processInfo.environment["ROUNDS_JUDGE_DIR"], !path.isEmpty
        else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    static func write(name: String, ics: Data) throws {
        guard let directory else { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ics.write(to: directory.appendingPathComponent(name + ".ics"))
    }

    /// `<name>-seq0.ics`, `<name>-seq1.ics`, ... for the versions of one event, in order.
    static func writeSeries(name: String, versions: [Data]) throws {
        for (index, ics) in versions.enumerated() {
            try write(name: "\(name)-seq\(index)", ics: ics)
        }
    }

    /// `<name>.uninvite.ics`: a CANCEL addressed to removed attendees only.
    static func writeUninvite(name: String, ics: Data) throws {
        try write(name: name + ".uninvite", ics: ics)
    }
}

extension JudgeOutput {
    /// Every file of one plan: `<name>-R-0001.ics`, ..., uninvites as `<name>-<file>.uninvite.ics`.
    static func write(plan: InvitationPlan, name: String) throws {
        for file in plan.files {
            let base = "\(name)-\(file.name.dropLast(4))"
            if file.status == .uninvited {
                try writeUninvite(name: base, ics: file.calendar)
            } else {
                try write(name: base, ics: file.calendar)
            }
        }
    }
}
