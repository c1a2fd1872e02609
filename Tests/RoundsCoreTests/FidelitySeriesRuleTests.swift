import RoundsCore
import Testing

/// A series of Rounds and exactly the warnings `check` must give for it.
struct SeriesCase: Sendable, CustomTestStringConvertible {
    let name: String
    let rounds: @Sendable () throws -> [Round]
    let expected: [(FidelityCode, String)]

    var testDescription: String { name }

    init(
        _ name: String, _ expected: [(FidelityCode, String)],
        rounds: @escaping @Sendable () throws -> [Round]
    ) {
        self.name = name
        self.rounds = rounds
        self.expected = expected
    }
}

private typealias R = FidelityFixture

// Two faithful panels and facilitator pairs to alternate, so only the rule under test fires.
private let panelA = ["eve", "fay", "gus"]
private let panelB = ["hal", "ivy", "jo"]
private let pairA = ["ana", "ben"]
private let pairB = ["cai", "dee"]

let seriesCases: [SeriesCase] = [
    SeriesCase("a monthly series", []) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(2, "2027-02-09", facilitators: pairB, panel: panelB, theme: "went-wrong"),
            try R.round(3, "2027-03-09", facilitators: pairA, panel: panelA, theme: "kindness"),
        ]
    },
    SeriesCase("one month skipped", []) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(2, "2027-03-30", facilitators: pairB, panel: panelB, theme: "went-wrong"),
        ]
    },
    SeriesCase(
        "two months skipped",
        [
            (
                .seriesGap,
                "R-0002 (13 Apr 2027) comes 3 months after R-0001 (12 Jan 2027); "
                    + "a regular series should not leave a gap over two months."
            )
        ]
    ) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(2, "2027-04-13", facilitators: pairB, panel: panelB, theme: "went-wrong"),
        ]
    },
    SeriesCase(
        "a cancelled Round leaves a gap",
        [
            (
                .seriesGap,
                "R-0003 (13 Apr 2027) comes 3 months after R-0001 (12 Jan 2027); "
                    + "a regular series should not leave a gap over two months."
            )
        ]
    ) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(
                2, "2027-02-09", facilitators: pairB, panel: panelB, theme: "went-wrong",
                status: .cancelled),
            try R.round(3, "2027-04-13", facilitators: pairB, panel: panelB, theme: "kindness"),
        ]
    },
    SeriesCase(
        "the same panellist twice running",
        [
            (
                .consecutivePanel,
                "Gus Hale is on the panels of both R-0001 (12 Jan 2027) and R-0002 (9 Feb 2027); "
                    + "nobody should sit on two consecutive panels."
            )
        ]
    ) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(
                2, "2027-02-09", facilitators: pairB, panel: ["hal", "ivy", "gus"],
                theme: "went-wrong"),
        ]
    },
    SeriesCase("the same panellist with a Round between", []) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(2, "2027-02-09", facilitators: pairB, panel: panelB, theme: "went-wrong"),
            try R.round(3, "2027-03-09", facilitators: pairA, panel: panelA, theme: "kindness"),
        ]
    },
    SeriesCase(
        "consecutive once the Round between is cancelled, held Rounds included",
        [
            (
                .consecutivePanel,
                "Eve Long is on the panels of both R-0001 (12 Jan 2027) and R-0003 (9 Mar 2027); "
                    + "nobody should sit on two consecutive panels."
            ),
            (
                .consecutivePanel,
                "Fay Moss is on the panels of both R-0001 (12 Jan 2027) and R-0003 (9 Mar 2027); "
                    + "nobody should sit on two consecutive panels."
            ),
            (
                .consecutivePanel,
                "Gus Hale is on the panels of both R-0001 (12 Jan 2027) and R-0003 (9 Mar 2027); "
                    + "nobody should sit on two consecutive panels."
            ),
        ]
    ) {
        [
            try R.round(
                1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come",
                status: .held),
            try R.round(
                2, "2027-02-09", facilitators: pairB, panel: panelB, theme: "went-wrong",
                status: .cancelled),
            try R.round(3, "2027-03-09", facilitators: pairA, panel: panelA, theme: "kindness"),
        ]
    },
    SeriesCase(
        "a theme repeated after two months",
        [
            (
                .themeRepeat,
                "R-0003 (9 Mar 2027) repeats the theme \"Why I come to work\" 2 months after "
                    + "R-0001 (12 Jan 2027); the programme waits 12 months before a repeat."
            )
        ]
    ) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(2, "2027-02-09", facilitators: pairB, panel: panelB, theme: "went-wrong"),
            try R.round(3, "2027-03-09", facilitators: pairA, panel: panelA, theme: "why-i-come"),
        ]
    },
    SeriesCase(
        "a theme used before Rounds kept records",
        [
            (
                .themeRepeat,
                "R-0001 (12 Jan 2027) repeats the theme \"Missing the chance to say goodbye\" "
                    + "3 months after its last use on 13 Oct 2026; the programme waits 12 months "
                    + "before a repeat."
            )
        ]
    ) {
        [try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "goodbye")]
    },
    SeriesCase(
        "a facilitator over the quarterly limit",
        [
            (
                .facilitatorLoad,
                "Ana Price facilitates 3 Rounds in Q1 2027 (R-0001, R-0002, R-0003); "
                    + "the programme allows 2 a quarter."
            )
        ]
    ) {
        [
            try R.round(1, "2027-01-12", facilitators: pairA, panel: panelA, theme: "why-i-come"),
            try R.round(
                2, "2027-02-09", facilitators: ["ana", "dee"], panel: panelB,
                theme: "went-wrong"),
            try R.round(3, "2027-03-09", facilitators: pairA, panel: panelA, theme: "kindness"),
        ]
    },
]

@Suite struct FidelitySeriesRuleTests {
    @Test(arguments: seriesCases)
    func raisesExactlyTheExpectedWarnings(series: SeriesCase) throws {
        let warnings = try FidelityFixture.checker().check(try series.rounds())
        #expect(warnings.map(\.code) == series.expected.map(\.0))
        #expect(warnings.map(\.message) == series.expected.map(\.1))
        for warning in warnings {
            for secret in FidelityFixture.secrets { #expect(!warning.message.contains(secret)) }
        }
    }

    @Test func loadWarningsConcernThePerson() throws {
        let rounds = try (1...3).map {
            try R.round(
                $0, "2027-0\($0)-09", facilitators: pairA, panel: $0 % 2 == 0 ? panelB : panelA,
                theme: nil)
        }
        let load = try FidelityFixture.checker().check(rounds).filter {
            $0.code == .facilitatorLoad
        }
        #expect(load.map(\.person) == [try email("ana@nb.org"), try email("ben@nb.org")])
        #expect(load.allSatisfy { $0.round == nil })
    }

    @Test func warningsComeInDateOrder() throws {
        let rounds = [
            try R.round(2, "2027-03-09", facilitators: ["ana"], panel: panelA, theme: "kindness"),
            try R.round(1, "2027-01-12", facilitators: ["cai"], panel: panelB, theme: "goodbye"),
        ]
        let ids = try FidelityFixture.checker().check(rounds).compactMap(\.round)
        #expect(ids.map(\.number) == [1, 1, 2])
    }
}

@Suite struct FidelityProgrammeRuleTests {
    @Test func theFixtureProgrammeIsFaithful() throws {
        #expect(try FidelityFixture.checker().programmeWarnings().isEmpty)
    }

    @Test(
        arguments: [
            (
                ["ben", "lee", "mo"],
                [
                    (
                        FidelityCode.programmeFacilitators,
                        "The programme has 1 facilitator; it needs at least two."
                    ),
                    (
                        .programmeTraining,
                        "None of the programme's facilitators is trained; at least one must be "
                            + "trained or accredited."
                    ),
                ]
            ),
            (
                ["lee"],
                [
                    (
                        .programmeFacilitators,
                        "The programme has no facilitators; it needs at least two."
                    ),
                    (
                        .steeringGroupMix,
                        "The steering group has no non-clinical members; it should mix clinical and "
                            + "non-clinical staff."
                    ),
                ]
            ),
            (
                ["ana", "cai", "mo"],
                [
                    (
                        .programmeClinicalLead,
                        "The programme has no clinical lead; a senior clinician should welcome each "
                            + "Round and champion the programme."
                    ),
                    (
                        .steeringGroupMix,
                        "The steering group has no clinical members; it should mix clinical and "
                            + "non-clinical staff."
                    ),
                ]
            ),
            (
                ["ana", "cai"],
                [
                    (
                        .programmeClinicalLead,
                        "The programme has no clinical lead; a senior clinician should welcome each "
                            + "Round and champion the programme."
                    ),
                    (
                        .steeringGroupMix,
                        "The programme has no steering group; it should have one of clinical and "
                            + "non-clinical staff."
                    ),
                ]
            ),
        ] as [([String], [(FidelityCode, String)])])
    func warnsAboutTheProgramme(keep: [String], expected: [(FidelityCode, String)]) throws {
        let people = try FidelityFixture.people().filter {
            keep.contains(String($0.email.localPart))
        }
        let checker = FidelityChecker(programme: try FidelityFixture.programme(), people: people)
        let warnings = checker.programmeWarnings()
        #expect(warnings.map(\.code) == expected.map(\.0))
        #expect(warnings.map(\.message) == expected.map(\.1))
    }
}
