import RoundsCore
import Testing

@testable import RoundsPacks

@Suite struct ThemeSeedTests {
    @Test(arguments: [
        ("toughen up", "Toughen up"),
        ("to take their executive hat off", "To take their executive hat off"),
        (
            "I felt completely alone with it, and I was so tired.",
            "I felt completely alone with it, and I…"
        ),
        ("“It is lonely.”", "“It is lonely"),
    ])
    func titleFromQuotation(_ quotation: String, _ title: String) {
        #expect(ThemeSeed.title(for: quotation) == title)
    }

    @Test func excerptPromptsSeedTheTheme() {
        let theme = ThemeSeed.theme(from: sampleExcerpt)
        #expect(theme.slug == Slug.make(from: theme.title))
        #expect(theme.title == "Senior leaders described how hard it was to…")
        #expect(theme.prompts == sampleExcerpt.suggestedPrompts)
        #expect(theme.excerptIDs == ["fitzsimons-2022-executive-hat"])
        #expect(theme.description.hasSuffix("(Fitzsimons. BMJ 2022;378:o1650)."))
    }

    @Test func formatDefaultsWhenTheExcerptHasNoPrompts() {
        let excerpt = Excerpt(id: "toughen-up", quotation: "toughen up", citation: "c")
        let theme = ThemeSeed.theme(
            from: excerpt, slug: "im-human-too", title: "I'm human too", preset: .teamTime)
        #expect(theme.slug == "im-human-too")
        #expect(theme.title == "I'm human too")
        #expect(theme.prompts == ReflectivePrompts.defaults(for: .teamTime))
    }
}
