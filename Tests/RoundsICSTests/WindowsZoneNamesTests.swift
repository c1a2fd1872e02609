import RoundsICS
import Testing

/// Windows zone names as Outlook and Exchange write them, mapped to IANA through ICU.
@Suite struct WindowsZoneNamesTests {
    static let table: [(windows: String, region: String?, iana: String?)] = [
        ("GMT Standard Time", nil, "Europe/London"),
        ("Greenwich Standard Time", nil, "Atlantic/Reykjavik"),
        ("Eastern Standard Time", nil, "America/New_York"),
        ("Eastern Standard Time", "CA", "America/Toronto"),
        ("W. Europe Standard Time", nil, "Europe/Berlin"),
        ("W. Europe Standard Time", "NL", "Europe/Amsterdam"),
        ("Romance Standard Time", nil, "Europe/Paris"),
        ("Pacific Standard Time", nil, "America/Los_Angeles"),
        ("AUS Eastern Standard Time", nil, "Australia/Sydney"),
        ("Tokyo Standard Time", nil, "Asia/Tokyo"),
        ("UTC", nil, "Etc/UTC"),
        ("Europe/London", nil, nil),
        ("Not A Windows Zone", nil, nil),
        ("", nil, nil),
    ]

    @Test(arguments: table)
    func mapsToIANA(_ row: (windows: String, region: String?, iana: String?)) {
        #expect(WindowsZoneNames.ianaIdentifier(for: row.windows, region: row.region) == row.iana)
    }

    @Test func everyMappedZoneIsKnownToLibical() {
        for row in Self.table {
            guard let iana = WindowsZoneNames.ianaIdentifier(for: row.windows, region: row.region)
            else { continue }
            #expect(TimeZones.isKnown(iana), "\(row.windows) → \(iana)")
        }
    }
}
