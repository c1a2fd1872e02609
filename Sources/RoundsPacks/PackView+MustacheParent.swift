internal import Mustache

// swift-mustache falls back to `Mirror` for every `{{name}}` it looks up, which reflected over
// the whole view on each lookup and was most of the time spent writing packs. Answering by name
// skips that. Each switch covers every stored property (PackViewLookupTests checks it against
// Mirror); an optional that is nil comes back as nil, as Mirror's lookup gave it, so the
// context stack is searched further up in the same way.

extension PackView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "organisation": organisation
        case "roundID": roundID
        case "status": status
        case "isCancelled": isCancelled
        case "dateText": dateText
        case "startTime": startTime
        case "endTime": endTime
        case "timeRange": timeRange
        case "paperSize": paperSize
        case "timeZone": timeZone
        case "formatName": formatName
        case "venue": venue
        case "theme": theme
        case "excerpt": excerpt
        case "prompts": prompts
        case "promptsSource": promptsSource
        case "runSheet": runSheet
        case "runSheetWarning": runSheetWarning
        case "arrivalTime": arrivalTime
        case "clinicalLead": clinicalLead
        case "facilitators": facilitators
        case "facilitatorNames": facilitatorNames
        case "panel": panel
        case "hasPanel": hasPanel
        case "panelNames": panelNames
        case "prepMeeting": prepMeeting
        case "prepDeadline": prepDeadline
        case "signInRows": signInRows
        case "evaluationItems": evaluationItems
        case "agreementScale": agreementScale
        case "ratingScale": ratingScale
        case "evaluationStem": evaluationStem
        case "ratingQuestion": ratingQuestion
        case "staffGroups": staffGroups
        case "commentQuestion": commentQuestion
        case "evaluationLink": evaluationLink
        case "words": words
        case "supportServices": supportServices
        default: nil
        }
    }
}

extension VenueView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "address": address
        case "videoLink": videoLink
        case "isVideo": isVideo
        default: nil
        }
    }
}

extension EvaluationLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "shortURL": shortURL
        case "qrSVG": qrSVG
        default: nil
        }
    }
}

extension ThemeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "isChosen": isChosen
        default: nil
        }
    }
}

extension ExcerptView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "quotation": quotation
        case "citation": citation
        case "url": url
        case "note": note
        default: nil
        }
    }
}

extension SegmentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "start": start
        case "end": end
        case "minutes": minutes
        case "title": title
        case "lead": lead
        default: nil
        }
    }
}

extension PersonView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "email": email
        case "staffGroup": staffGroup
        case "seniority": seniority
        case "training": training
        default: nil
        }
    }
}

extension PanellistView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "order": order
        case "name": self.name
        case "email": email
        case "staffGroup": staffGroup
        case "seniority": seniority
        case "storyTitle": storyTitle
        case "notes": notes
        case "hasNotes": hasNotes
        case "slot": slot
        default: nil
        }
    }
}

extension PrepMeetingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "dateText": dateText
        case "startTime": startTime
        case "endTime": endTime
        case "timeRange": timeRange
        default: nil
        }
    }
}

extension SignInRow: MustacheParent {
    func child(named name: String) -> Any? {
        name == "number" ? number : nil
    }
}

extension EvaluationItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "statement": statement
        default: nil
        }
    }
}

extension RatingPoint: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        default: nil
        }
    }
}
