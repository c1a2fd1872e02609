import RoundsCore

/// One Round as public pages show it: what any member of staff may read and nothing more.
///
/// Built from the Round, its theme and venue only: never story titles, notes, facilitators or
/// records, so no template can show them by mistake. Of the panel, only the names of
/// panellists who agreed to be named (``Panellist/showsName``), in speaking order.
enum RoundView {
    /// The Round's public values for the templates.
    static func make(
        _ round: Round, in data: ProgrammeData, evaluationOpen: Bool = false
    ) -> [String: Any] {
        let programme = data.programme
        let dates = DateWriter(locale: programme?.locale ?? "en-GB")
        let theme = round.theme.flatMap(data.theme)
        var view: [String: Any] = [
            "id": round.id.description,
            "heading": theme.map { "Schwartz Round: \($0.title)" } ?? "Schwartz Round",
            "isoDate": round.date.description,
            "dateText": dates.long(round.date),
            "timeText": dates.timeRange(round.start.time, round.end.time),
            "cancelled": round.status == .cancelled,
            "evaluationOpen": evaluationOpen,
        ]
        if let theme, !theme.description.isEmpty { view["themeDescription"] = theme.description }
        let named = round.panel.filter(\.showsName).compactMap { data.person($0.person)?.name }
        if !named.isEmpty {
            view["panelNames"] = named
            view["hasPanelNames"] = true
        }
        if let venue = programme?.venue(for: round) {
            view["venueName"] = venue.name
            if let address = venue.address, !address.isEmpty { view["venueAddress"] = address }
            if venue.kind == .video, let link = venue.videoLink, link.hasPrefix("https://") {
                view["videoLink"] = link
            }
        }
        if let format = programme?.format, format.arrivalMinutes > 0 {
            let arrival = format.arrivalStart(for: round.start)
            view["foodText"] = "Food and drink from \(dates.time(arrival.time)), before we start."
        }
        return view
    }
}
