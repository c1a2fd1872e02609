import Foundation
import Testing

@testable import RoundsPacks

// Templates look names up through `child(named:)`, not Mirror; a property added to a view but
// left out of its switch would silently render as nothing. These views fill every optional, so
// Mirror sees a value for every property and each must be answered, with the same value.

private let person = PersonView(
    name: "Ana Price", email: "ana.price@example.org", staffGroup: "Nursing",
    seniority: "Band 7", training: "Trained 2024")

private let panellist = PanellistView(
    order: 1, name: "Li Wong", email: "li.wong@example.org", staffGroup: "Medical",
    seniority: "Consultant", storyTitle: "The night the beds ran out", notes: ["Short."],
    hasNotes: true, slot: "12:10")

private let venue = VenueView(
    name: "Boardroom", address: "Level 2", videoLink: "https://example.org/v", isVideo: false)
private let theme = ThemeView(title: "Executive hat", description: ["One."], isChosen: true)
private let excerpt = ExcerptView(
    quotation: ["Quoted."], citation: "A. Author (2020)", url: "https://example.org/a",
    note: ["Note."])
private let segment = SegmentView(
    start: "12:00", end: "12:05", minutes: 5, title: "Welcome", lead: "Ana")
private let prepMeeting = PrepMeetingView(
    dateText: "Tuesday 2 March 2027", startTime: "12:30", endTime: "13:15",
    timeRange: "12:30 to 13:15")
private let ratingPoint = RatingPoint(value: 10, label: "Excellent")
private let signInRow = SignInRow(number: 1)
private let evaluationItem = EvaluationItem(number: 1, statement: "It helped.")
private let evaluationLink = EvaluationLinkView(
    url: "https://rounds.example.org/rounds/R-0042/evaluation",
    shortURL: "rounds.example.org/rounds/R-0042/evaluation", qrSVG: "<svg></svg>")

private let words = PackWords(locale: "en-US")

private let fullView = PackView(
    lang: "en-GB", title: "Schwartz Round", organisation: "Northbrook", roundID: "R-0042",
    status: "confirmed",
    isCancelled: false, dateText: "Tuesday 9 March 2027", startTime: "12:00", endTime: "13:00",
    timeRange: "12:00 to 13:00", paperSize: "A4", timeZone: "Europe/London", formatName: "UK",
    venue: venue, theme: theme, excerpt: excerpt,
    prompts: ["What stayed with you?"], promptsSource: "built in", runSheet: [segment],
    runSheetWarning: "Too long.", arrivalTime: "11:45", clinicalLead: person,
    facilitators: [person], facilitatorNames: "Ana Price", panel: [panellist], hasPanel: true,
    panelNames: "Li Wong", prepMeeting: prepMeeting, prepDeadline: "Friday 5 March 2027",
    signInRows: [signInRow], evaluationItems: [evaluationItem],
    agreementScale: ["Agree"], ratingScale: [ratingPoint], evaluationStem: "Today's Round",
    ratingQuestion: "Overall?", staffGroups: ["Other"], commentQuestion: "Anything else?",
    evaluationLink: evaluationLink, words: words, supportServices: ["Chaplaincy"])

/// A view and its lookup, for each view type the templates see, with all optionals filled.
private struct Lookup {
    let type: String
    let view: Any
    let child: (String) -> Any?
}

private func lookups() -> [Lookup] {
    [
        Lookup(type: "PackView", view: fullView, child: fullView.child(named:)),
        Lookup(type: "VenueView", view: venue, child: venue.child(named:)),
        Lookup(type: "ThemeView", view: theme, child: theme.child(named:)),
        Lookup(type: "ExcerptView", view: excerpt, child: excerpt.child(named:)),
        Lookup(type: "SegmentView", view: segment, child: segment.child(named:)),
        Lookup(type: "PersonView", view: person, child: person.child(named:)),
        Lookup(type: "PanellistView", view: panellist, child: panellist.child(named:)),
        Lookup(type: "PrepMeetingView", view: prepMeeting, child: prepMeeting.child(named:)),
        Lookup(type: "SignInRow", view: signInRow, child: signInRow.child(named:)),
        Lookup(type: "EvaluationItem", view: evaluationItem, child: evaluationItem.child(named:)),
        Lookup(type: "RatingPoint", view: ratingPoint, child: ratingPoint.child(named:)),
        Lookup(
            type: "EvaluationLinkView", view: evaluationLink, child: evaluationLink.child(named:)),
        Lookup(type: "PackWords", view: words, child: words.child(named:)),
    ]
}

/// The value Mirror holds, with an Optional unwrapped (nil when it is empty).
private func unwrapped(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
}

@Suite("Template names of the pack views")
struct PackViewLookupTests {
    @Test("Each view answers every stored property by name, with the property's value")
    func answersEveryProperty() throws {
        for lookup in lookups() {
            let type = lookup.type
            let properties = Mirror(reflecting: lookup.view).children
            #expect(!properties.isEmpty, "\(type) has no properties")
            for property in properties {
                let label = try #require(property.label)
                let value = try #require(unwrapped(property.value), "\(type).\(label) is nil")
                let answer = lookup.child(label)
                #expect(answer != nil, "\(type) does not answer \(label)")
                #expect(
                    answer.map { String(describing: $0) } == String(describing: value),
                    "\(type).\(label) answers a different value")
            }
        }
    }

    @Test("An empty optional is answered as nil and an unknown name as nil")
    func emptyOptionalIsNil() {
        let view = PersonView(
            name: "Ana Price", email: "ana@example.org", staffGroup: "Nursing", seniority: nil,
            training: nil)
        #expect(view.child(named: "seniority") == nil)
        #expect(view.child(named: "training") == nil)
        #expect(view.child(named: "nickname") == nil)
        #expect(fullView.child(named: "first") == nil)
    }

    @Test("American spelling in en-US only; British in every other locale")
    func spellingFollowsTheLocale() {
        let american = PackWords(locale: "en-US")
        #expect(
            [
                american.panellist, american.centre, american.organisation, american.programme,
                american.tick,
            ] == ["panelist", "center", "organization", "program", "Check"])
        for locale in ["en-GB", "en-IE", "en-AU", "en"] {
            let british = PackWords(locale: locale)
            #expect(
                [british.panellists, british.centre, british.organisation, british.tick]
                    == ["panellists", "centre", "organisation", "Tick"], "\(locale)")
        }
    }
}
