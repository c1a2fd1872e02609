internal import Foundation
internal import Mustache

/// The words of the built-in templates that American English spells differently, so that a
/// programme in `en-US` gets a pack in American spelling (`{{words.panellist}}` writes
/// "panelist" there). Every other locale keeps British spelling, the templates' own.
struct PackWords {
    let panellist: String
    let panellists: String
    let centre: String
    let organisation: String
    let programme: String
    /// The verb that starts "Tick one box for each statement", capitalised ("Check" in
    /// American English).
    let tick: String

    /// The spellings for `locale` (a BCP 47 tag): American when its region is the United
    /// States.
    init(locale: String) {
        let american = Locale(identifier: locale).region == .unitedStates
        panellist = american ? "panelist" : "panellist"
        panellists = american ? "panelists" : "panellists"
        centre = american ? "center" : "centre"
        organisation = american ? "organization" : "organisation"
        programme = american ? "program" : "programme"
        tick = american ? "Check" : "Tick"
    }
}

extension PackWords: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "panellist": panellist
        case "panellists": panellists
        case "centre": centre
        case "organisation": organisation
        case "programme": programme
        case "tick": tick
        default: nil
        }
    }
}
