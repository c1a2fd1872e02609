import Foundation
import RoundsCore

/// DTSTAMP values: whole seconds, and the `yyyyMMdd'T'HHmmss'Z'` text the store keeps
/// (`IssuedInvitation`'s, in RoundsCore).
enum InvitationStamp {
    /// `date` cut to the whole second, as DTSTAMP holds it.
    static func whole(_ date: Date) -> Date { IssuedInvitation.whole(date) }

    /// `20270101T090000Z`.
    static func text(_ date: Date) -> String { IssuedInvitation.stampText(date) }
}
