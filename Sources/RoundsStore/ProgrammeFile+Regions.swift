import Foundation
import RoundsCore

extension ProgrammeFile {
    /// The holiday region: `holidays` (a code such as `US`, or an imported region's name) or
    /// the older `nation`; one of them is required, and both may be given only if they agree.
    static func readHolidayRegion(_ map: YAMLMapping, node: YAMLValue) throws -> HolidayRegion {
        var region: HolidayRegion?
        if let holidaysNode = map["holidays"] {
            let value = try holidaysNode.nonEmptyText("holidays")
                .trimmingCharacters(in: .whitespaces)
            guard let named = HolidayRegion(value) else {
                let codes = HolidayRegion.builtIn.map(\.code).joined(separator: ", ")
                throw holidaysNode.error(
                    "\(value) is not a holiday region. Use one of \(codes), or the name of "
                        + "holidays imported with `rounds import holidays FILE.ics --region NAME` "
                        + "(letters, digits, - and _).")
            }
            region = named
        }
        if let nationNode = map["nation"] {
            let nation = HolidayRegion(try nationNode.choice(nations, what: "a nation"))
            if let region, region != nation {
                throw nationNode.error(
                    "\"nation\" says \(nation.code) but \"holidays\" says \(region.code). "
                        + "Keep only \"holidays\".")
            }
            region = nation
        }
        guard let region else {
            throw node.error(
                "\"holidays\" is missing here; add it, such as holidays: GB-EAW or holidays: US.")
        }
        return region
    }

    /// A BCP 47 language tag such as `en-GB` or `en-US`, checked against the languages and
    /// regions Foundation (ICU) knows.
    static func readLocale(_ node: YAMLValue) throws -> String {
        let value = try node.nonEmptyText("locale").trimmingCharacters(in: .whitespaces)
        guard let tag = canonicalLocale(value) else {
            throw node.error(
                "\(value) is not a locale. Use a BCP 47 tag such as en-GB, en-US or en-IE.")
        }
        return tag
    }

    /// `text` as a canonical BCP 47 tag (`en_us` gives `en-US`), or nil when its language or
    /// region is unknown.
    static func canonicalLocale(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter }),
            Locale.LanguageCode.isoLanguageCodes.contains(
                Locale.LanguageCode(language.lowercased()))
        else { return nil }
        var tag = [language.lowercased()]
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count),
                part.allSatisfy({ $0.isASCII && $0.isLetter || $0.isNumber })
            else { return nil }
            if part.count == 2, part.allSatisfy(\.isLetter) {
                guard Locale.Region.isoRegions.contains(Locale.Region(part.uppercased())) else {
                    return nil
                }
                tag.append(part.uppercased())
            } else if part.count == 4, part.allSatisfy(\.isLetter) {
                tag.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else {
                tag.append(part.lowercased())
            }
        }
        return tag.joined(separator: "-")
    }
}
