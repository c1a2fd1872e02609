import RoundsWeb
import Testing

/// `--base-url` wins; without it the programme's `web_base_url`, then `http://HOST:PORT`.
@Suite struct BaseURLTests {
    @Test func theProgrammesAddressFillsInForAMissingBaseURL() {
        let bare = WebConfiguration(storePath: "s", host: "127.0.0.1", port: 8080)
        #expect(bare.baseURL == "http://127.0.0.1:8080")
        let adopted = bare.adopting(programmeBaseURL: "https://rounds.example.org")
        #expect(adopted.baseURL == "https://rounds.example.org")
        #expect(adopted.isSecure)
        #expect(bare.adopting(programmeBaseURL: nil).baseURL == "http://127.0.0.1:8080")
        let given = WebConfiguration(storePath: "s", baseURL: "https://web.example.org/")
        #expect(
            given.adopting(programmeBaseURL: "https://rounds.example.org").baseURL
                == "https://web.example.org")
    }

    @Test func aBaseURLOtherThanTheProgrammesIsWarnedAbout() throws {
        let given = WebConfiguration(storePath: "s", baseURL: "https://web.example.org/")
        let warning = try #require(
            given.baseURLMismatch(programmeBaseURL: "https://rounds.example.org"))
        #expect(
            warning.hasPrefix(
                "Warning: --base-url https://web.example.org is not the programme's "
                    + "web_base_url https://rounds.example.org,"))
        // The same address, written differently, is not a mismatch.
        #expect(given.baseURLMismatch(programmeBaseURL: "HTTPS://Web.Example.org/") == nil)
        #expect(given.baseURLMismatch(programmeBaseURL: nil) == nil)
        // Without --base-url the programme's address is adopted, so nothing can differ.
        let bare = WebConfiguration(storePath: "s")
        #expect(bare.baseURLMismatch(programmeBaseURL: "https://rounds.example.org") == nil)
    }
}
