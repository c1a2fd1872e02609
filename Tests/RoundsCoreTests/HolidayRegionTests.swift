import RoundsCore
import Testing

@Suite("Holiday regions, locales and paper")
struct HolidayRegionTests {
    @Test(
        "Codes and the older nation names read as the built-in regions",
        arguments: [
            ("GB-EAW", "GB-EAW"), ("gb-sct", "GB-SCT"), ("england-and-wales", "GB-EAW"),
            ("northern-ireland", "GB-NIR"), ("ie", "IE"), ("US", "US"),
            ("united-states", "US"), ("US-MA", "US-MA"), ("trust_closures", "trust_closures"),
        ])
    func parsing(text: String, code: String) {
        #expect(HolidayRegion(text)?.code == code)
    }

    @Test(
        "Names with spaces, punctuation or too long are refused",
        arguments: [
            "", "New York", "US/MA", "GB", "uk", String(repeating: "x", count: 41), "é",
        ])
    func refused(text: String) {
        #expect(HolidayRegion(text) == nil)
    }

    @Test("Only the five built-in regions have rules; the UK ones know their nation")
    func builtIn() throws {
        #expect(HolidayRegion.builtIn.map(\.code) == ["GB-EAW", "GB-SCT", "GB-NIR", "IE", "US"])
        #expect(HolidayRegion.builtIn.filter(\.hasRules).count == 5)
        #expect(try #require(HolidayRegion("US-MA")).hasRules == false)
        #expect(HolidayRegion.scotland.nation == .scotland)
        #expect(HolidayRegion.unitedStates.nation == nil)
        #expect(HolidayRegion(.northernIreland) == .northernIreland)
    }

    @Test(
        "Paper follows the locale: Letter for the United States only",
        arguments: [
            ("en-US", PaperSize.letter), ("es-US", .letter), ("en_US", .letter),
            ("en-GB", .a4), ("en-IE", .a4), ("en", .a4), ("fr-FR", .a4),
        ])
    func paper(locale: String, expected: PaperSize) {
        #expect(PaperSize.default(forLocale: locale) == expected)
    }
}
