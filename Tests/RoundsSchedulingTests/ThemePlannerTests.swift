import RoundsCore
import RoundsScheduling
import Testing

@Suite("Themes")
struct ThemePlannerTests {
    private let themes = ["never-forget", "things-go-wrong", "why-i-come", "small-acts"].map {
        Theme(slug: $0, title: $0)
    }

    private func dates(_ first: String, count: Int) -> [(date: LocalDate, theme: String?)] {
        let start = Fixture.date(first)
        return (0..<count).map { (start.adding(months: $0), nil) }
    }

    @Test("Least recently used first, never-used themes in list order, then rotation")
    func rotation() {
        var list = themes
        list[0].lastUsed = Fixture.date("2026-01-13")
        let result = ThemePlanner().assign(
            rounds: dates("2027-01-12", count: 6), themes: list, gapMonths: 3)
        #expect(
            result.themes == [
                "things-go-wrong", "why-i-come", "small-acts", "never-forget", "things-go-wrong",
                "why-i-come",
            ])
        #expect(result.notices.isEmpty)
    }

    @Test("Fixed themes are kept and block their neighbours within the gap")
    func fixedThemes() {
        var rounds = dates("2027-01-12", count: 4)
        rounds[2].theme = "things-go-wrong"
        let result = ThemePlanner().assign(rounds: rounds, themes: themes, gapMonths: 3)
        #expect(result.themes[2] == "things-go-wrong")
        #expect(result.themes == ["never-forget", "why-i-come", "things-go-wrong", "small-acts"])
    }

    @Test("Never repeated within the gap: a Round goes without rather than repeat")
    func gapRespected() {
        let result = ThemePlanner().assign(
            rounds: dates("2027-01-12", count: 6), themes: Array(themes.prefix(2)),
            gapMonths: 3)
        #expect(
            result.themes == [
                "never-forget", "things-go-wrong", nil, "never-forget", "things-go-wrong", nil,
            ])
        #expect(
            result.notices.first
                == "12 Mar 2027: no theme, because every theme was used less than 3 months "
                + "away; add themes or shorten the gap.")
    }

    @Test("Past Rounds count, and the result does not depend on input order")
    func historyAndOrder() {
        let history = [
            Round(
                id: Fixture.roundID(1), start: Fixture.dateTime("2026-12-08T12:30"),
                end: Fixture.dateTime("2026-12-08T13:45"), theme: "never-forget", status: .held)
        ]
        let rounds = dates("2027-01-12", count: 4)
        let forward = ThemePlanner().assign(
            rounds: rounds, themes: themes, history: history, gapMonths: 12)
        let backward = ThemePlanner().assign(
            rounds: rounds.reversed(), themes: themes, history: history, gapMonths: 12)
        #expect(forward.themes == ["things-go-wrong", "why-i-come", "small-acts", nil])
        #expect(Array(backward.themes.reversed()) == forward.themes)
    }
}
