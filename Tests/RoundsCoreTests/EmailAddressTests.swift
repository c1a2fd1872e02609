import RoundsCore
import Testing

@Suite struct EmailAddressTests {
    @Test func normalisesCaseAndWhitespace() throws {
        let typed = try EmailAddress("  Ana.Price@Northbrook.NHS.uk\t")
        #expect(typed.value == "ana.price@northbrook.nhs.uk")
        #expect(typed == (try EmailAddress("ana.price@northbrook.nhs.uk")))
        #expect(typed.localPart == "ana.price")
        #expect(typed.domain == "northbrook.nhs.uk")
    }

    @Test(arguments: [
        "ana.price", "ana@", "@northbrook.nhs.uk", "ana price@northbrook.nhs.uk",
        "ana@northbrook", "ana@@northbrook.nhs.uk", "ana@northbrook..nhs.uk", "ana.@x.org",
        "<ana@x.org>", "ana@-x.org",
    ])
    func refusesTypingSlips(text: String) {
        let message =
            "\(text) is not an email address. Check it for a missing @ or domain, "
            + "or a stray space."
        #expect(coreError { _ = try EmailAddress(text) }?.description == message)
    }

    @Test func acceptsPlusAndHyphens() throws {
        #expect(
            try EmailAddress("sam+rounds@st-marys.example.org").value
                == "sam+rounds@st-marys.example.org")
    }
}
