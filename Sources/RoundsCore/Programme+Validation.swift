extension Programme {
    /// Checks the settings hold together; throws the first problem as a ``RoundsCoreError``.
    ///
    /// Checks names are present, the domain is a plausible internet domain, venue slugs are
    /// valid and unique, video venues have links, the default venue exists, numeric settings
    /// are in range and the format is valid. The IANA zone name is checked by the calendar
    /// layer, which has the zone data.
    public func validate() throws(RoundsCoreError) {
        for (setting, value) in [
            ("organisation name", organisation), ("domain", domain), ("time zone", timeZone),
        ] where value.trimmedWhitespace.isEmpty {
            throw .missingSetting(setting)
        }
        guard Programme.isPlausibleDomain(domain.trimmedWhitespace) else {
            throw .invalidDomain(domain)
        }
        var slugs: Set<String> = []
        for venue in venues {
            guard Slug.isValid(venue.slug) else { throw .invalidSlug(kind: "venue", venue.slug) }
            guard slugs.insert(venue.slug).inserted else {
                throw .duplicateKey(kind: "venue", venue.slug)
            }
            if venue.kind == .video, (venue.videoLink ?? "").trimmedWhitespace.isEmpty {
                throw .videoVenueWithoutLink(venue.slug)
            }
        }
        if let slug = defaultVenue, !slugs.contains(slug) { throw .unknownDefaultVenue(slug) }
        let settings: [(String, Int, Int)] = [
            ("preparation lead time in days", prepLeadDays, 0),
            ("preparation meeting length in minutes", prepMinutes, 1),
            ("theme repeat gap in months", themeRepeatGapMonths, 0),
            ("limit of Rounds per facilitator per quarter", maxRoundsPerFacilitatorPerQuarter, 1),
            ("reminder in minutes", reminderMinutes, 0),
            ("fairness horizon in months", fairnessHorizonMonths, 0),
        ]
        for (setting, value, minimum) in settings where value < minimum {
            throw .settingTooSmall(setting, value: value, minimum: minimum)
        }
        try format.validate()
    }

    private static func isPlausibleDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && !label.hasPrefix("-")
                    && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            }
    }
}
