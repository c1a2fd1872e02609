// The values templates see. Every property is stored, and templates reach each one by name
// through `child(named:)` (PackView+MustacheParent.swift): a property added here must be added
// to that switch too, or templates will not see it (PackViewLookupTests fails). Every string is
// raw user text: the template's content type escapes it.

/// What a pack template sees at the top level; docs/packs.md lists every name.
struct PackView {
    let lang: String
    let title: String
    let organisation: String
    let roundID: String
    let status: String
    let isCancelled: Bool
    let dateText: String
    let startTime: String
    let endTime: String
    let timeRange: String
    let paperSize: String
    let timeZone: String
    let formatName: String
    let venue: VenueView?
    let theme: ThemeView
    let excerpt: ExcerptView?
    let prompts: [String]
    let promptsSource: String
    let runSheet: [SegmentView]
    let runSheetWarning: String?
    let arrivalTime: String
    let clinicalLead: PersonView?
    let facilitators: [PersonView]
    let facilitatorNames: String
    let panel: [PanellistView]
    let hasPanel: Bool
    let panelNames: String
    let prepMeeting: PrepMeetingView?
    let prepDeadline: String
    let signInRows: [SignInRow]
    let evaluationItems: [EvaluationItem]
    let agreementScale: [String]
    let ratingScale: [RatingPoint]
    let evaluationStem: String
    let ratingQuestion: String
    let staffGroups: [String]
    let commentQuestion: String
    let evaluationLink: EvaluationLinkView?
    let words: PackWords
    let supportServices: [String]
}

/// The web evaluation's address, printed and as a QR code; only when the programme sets
/// `web_base_url`.
struct EvaluationLinkView {
    let url: String
    let shortURL: String
    let qrSVG: String
}

struct VenueView {
    let name: String
    let address: String?
    let videoLink: String?
    let isVideo: Bool
}

struct ThemeView {
    let title: String
    let description: [String]
    let isChosen: Bool
}

struct ExcerptView {
    let quotation: [String]
    let citation: String
    let url: String?
    let note: [String]
}

struct SegmentView {
    let start: String
    let end: String
    let minutes: Int
    let title: String
    let lead: String
}

struct PersonView {
    let name: String
    let email: String
    let staffGroup: String
    let seniority: String?
    let training: String?
}

struct PanellistView {
    let order: Int
    let name: String
    let email: String
    let staffGroup: String
    let seniority: String?
    let storyTitle: String?
    let notes: [String]
    let hasNotes: Bool
    let slot: String
}

struct PrepMeetingView {
    let dateText: String
    let startTime: String
    let endTime: String
    let timeRange: String
}

struct SignInRow {
    let number: Int
}

struct EvaluationItem {
    let number: Int
    let statement: String
}

struct RatingPoint {
    let value: Int
    let label: String?
}
