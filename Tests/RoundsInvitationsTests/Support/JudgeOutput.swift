import Foundation
import RoundsInvitations
import RoundsTestSupport

// What the invitation tests add to the shared judge output (RoundsTestSupport): a CANCEL to
// removed attendees (no STATUS) as `<name>.uninvite.ics`, and every file of a plan.
extension JudgeOutput {
    /// `<name>.uninvite.ics`: a CANCEL addressed to removed attendees only.
    static func writeUninvite(name: String, ics: Data) throws {
        try write(name: name + ".uninvite", ics: ics)
    }

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
