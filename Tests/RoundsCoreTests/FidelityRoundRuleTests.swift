import RoundsCore
import Testing

/// One change to a faithful Round, and exactly the warnings it must raise.
struct RoundRuleCase: Sendable, CustomTestStringConvertible {
    let name: String
    let change: @Sendable (inout Round) throws -> Void
    let expected: [(FidelityCode, String)]

    var testDescription: String { name }

    init(
        _ name: String, _ expected: [(FidelityCode, String)],
        change: @escaping @Sendable (inout Round) throws -> Void
    ) {
        self.name = name
        self.change = change
        self.expected = expected
    }
}

func members(_ keys: [String]) throws -> [Panellist] {
    try keys.map { Panellist(person: try email("\($0)@nb.org"), storyTitle: "secret") }
}

func emails(_ keys: [String]) throws -> [EmailAddress] {
    try keys.map { try email("\($0)@nb.org") }
}

func move(_ round: inout Round, to day: String) throws {
    round = try FidelityFixture.round(
        round.id.number, day, facilitators: round.facilitators.map { String($0.localPart) },
        panel: round.panelMembers.map { String($0.localPart) }, theme: round.theme,
        status: round.status)
}

let roundRuleCases: [RoundRuleCase] = [
    RoundRuleCase("a faithful Round", []) { _ in },
    RoundRuleCase(
        "one panellist",
        [(.panelSize, "R-0010 (9 Mar 2027) has 1 panellist; the UK format asks for 2 to 4.")]
    ) { $0.panel = try members(["eve"]) },
    RoundRuleCase(
        "five panellists",
        [(.panelSize, "R-0010 (9 Mar 2027) has 5 panellists; the UK format asks for 2 to 4.")]
    ) { $0.panel = try members(["eve", "fay", "gus", "ivy", "jo"]) },
    RoundRuleCase("no panel yet on a planned Round", []) { $0.panel = [] },
    RoundRuleCase(
        "no panel on a confirmed Round",
        [(.panelSize, "R-0010 (9 Mar 2027) has no panellists; the UK format asks for 2 to 4.")]
    ) {
        $0.panel = []
        $0.status = .confirmed
    },
    RoundRuleCase(
        "one discipline and one band",
        [
            (
                .panelDisciplines,
                "R-0010 (9 Mar 2027): both panellists are from Nursing; "
                    + "a panel should mix disciplines."
            ),
            (
                .panelSeniority,
                "R-0010 (9 Mar 2027): both panellists are Band 5; "
                    + "a panel should mix levels of seniority."
            ),
        ]
    ) { $0.panel = try members(["eve", "hal"]) },
    RoundRuleCase(
        "one band across disciplines",
        [
            (
                .panelSeniority,
                "R-0010 (9 Mar 2027): both panellists are Band 6; "
                    + "a panel should mix levels of seniority."
            )
        ]
    ) { $0.panel = try members(["fay", "gus"]) },
    RoundRuleCase(
        "someone twice on the panel",
        [(.panelRepeat, "R-0010 (9 Mar 2027) lists Eve Long on the panel twice.")]
    ) { $0.panel = try members(["eve", "fay", "eve"]) },
    RoundRuleCase(
        "a facilitator on the panel",
        [
            (
                .facilitatorOnPanel,
                "R-0010 (9 Mar 2027): Ana Price is both a facilitator and a panellist."
            )
        ]
    ) { $0.panel = try members(["eve", "fay", "ana"]) },
    RoundRuleCase(
        "one facilitator",
        [(.facilitatorCount, "R-0010 (9 Mar 2027) has 1 facilitator; every Round needs two.")]
    ) { $0.facilitators = try emails(["ana"]) },
    RoundRuleCase(
        "no facilitators",
        [(.facilitatorCount, "R-0010 (9 Mar 2027) has no facilitators; every Round needs two.")]
    ) { $0.facilitators = [] },
    RoundRuleCase(
        "the same facilitator twice",
        [(.facilitatorCount, "R-0010 (9 Mar 2027) has 1 facilitator; every Round needs two.")]
    ) { $0.facilitators = try emails(["ana", "ana"]) },
    RoundRuleCase(
        "two trainees, both non-clinical",
        [
            (
                .facilitatorTraining,
                "R-0010 (9 Mar 2027): neither facilitator is trained; "
                    + "at least one must be trained or accredited."
            ),
            (
                .facilitatorPairing,
                "R-0010 (9 Mar 2027): both facilitators are non-clinical; "
                    + "the programme pairs a clinical with a non-clinical facilitator."
            ),
        ]
    ) { $0.facilitators = try emails(["ben", "dee"]) },
    RoundRuleCase(
        "a lone trainee",
        [
            (.facilitatorCount, "R-0010 (9 Mar 2027) has 1 facilitator; every Round needs two."),
            (
                .facilitatorTraining,
                "R-0010 (9 Mar 2027): its facilitator is not trained; "
                    + "at least one must be trained or accredited."
            ),
        ]
    ) { $0.facilitators = try emails(["dee"]) },
    RoundRuleCase(
        "two clinical facilitators",
        [
            (
                .facilitatorPairing,
                "R-0010 (9 Mar 2027): both facilitators are clinical; "
                    + "the programme pairs a clinical with a non-clinical facilitator."
            )
        ]
    ) { $0.facilitators = try emails(["ana", "cai"]) },
    RoundRuleCase(
        "a facilitator without the role",
        [
            (
                .facilitatorRole,
                "R-0010 (9 Mar 2027): Gus Hale facilitates but does not hold the facilitator role."
            )
        ]
    ) {
        $0.facilitators = try emails(["ana", "gus"])
        $0.panel = try members(["eve", "fay", "jo"])
    },
    RoundRuleCase(
        "someone not in the people list",
        [
            (
                .unknownPerson,
                "R-0010 (9 Mar 2027) names zed@nb.org, who is not in the people list."
            )
        ]
    ) { $0.facilitators = try emails(["ana", "zed"]) },
    RoundRuleCase(
        "an unknown venue and theme",
        [
            (
                .unknownVenue,
                "R-0010 (9 Mar 2027) is at venue old-hall, which the programme does not list."
            ),
            (
                .unknownTheme,
                "R-0010 (9 Mar 2027) has theme lost-theme, which is not in the theme library."
            ),
        ]
    ) {
        $0.venue = "old-hall"
        $0.theme = "lost-theme"
    },
    RoundRuleCase(
        "a facilitator on leave",
        [(.facilitatorLeave, "R-0010 (13 Apr 2027): facilitator Ben Okafor is on leave that day.")]
    ) { try move(&$0, to: "2027-04-13") },
    RoundRuleCase(
        "a panellist on leave",
        [(.panellistLeave, "R-0010 (11 May 2027): panellist Eve Long is on leave that day.")]
    ) { try move(&$0, to: "2027-05-11") },
    RoundRuleCase(
        "a bank holiday",
        [(.holiday, "R-0010 (31 May 2027) falls on a bank holiday (Spring bank holiday).")]
    ) { try move(&$0, to: "2027-05-31") },
    RoundRuleCase(
        "a blackout",
        [
            (
                .blackout,
                "R-0010 (10 Aug 2027) falls on blacked-out dates "
                    + "(Audit fortnight, 2 Aug 2027 to 13 Aug 2027)."
            )
        ]
    ) { try move(&$0, to: "2027-08-10") },
    RoundRuleCase(
        "no preparation meeting",
        [
            (
                .prepMissing,
                "R-0010 (9 Mar 2027) has no preparation meeting; hold it at least 7 days before."
            )
        ]
    ) { $0.prepMeeting = nil },
    RoundRuleCase(
        "a preparation meeting four days before",
        [
            (
                .prepLeadTime,
                "R-0010 (9 Mar 2027): the preparation meeting on 5 Mar 2027 is 4 days before; "
                    + "hold it at least 7 days before."
            )
        ]
    ) { $0.prepMeeting = PrepMeeting(start: try dateTime("2027-03-05T12:00"), minutes: 45) },
    RoundRuleCase(
        "a preparation meeting the same morning",
        [
            (
                .prepLeadTime,
                "R-0010 (9 Mar 2027): the preparation meeting on 9 Mar 2027 is on the same day; "
                    + "hold it at least 7 days before."
            )
        ]
    ) { $0.prepMeeting = PrepMeeting(start: try dateTime("2027-03-09T09:00"), minutes: 45) },
    RoundRuleCase(
        "a preparation meeting after the Round",
        [
            (
                .prepLeadTime,
                "R-0010 (9 Mar 2027): the preparation meeting on 10 Mar 2027 is not before the "
                    + "Round; hold it at least 7 days before."
            )
        ]
    ) { $0.prepMeeting = PrepMeeting(start: try dateTime("2027-03-10T12:00"), minutes: 45) },
    RoundRuleCase(
        "a preparation meeting on a Saturday",
        [
            (
                .prepWeekend,
                "R-0010 (9 Mar 2027): the preparation meeting on 27 Feb 2027 falls on a Saturday."
            )
        ]
    ) { $0.prepMeeting = PrepMeeting(start: try dateTime("2027-02-27T12:00"), minutes: 45) },
    RoundRuleCase(
        "a preparation meeting on Easter Monday",
        [
            (
                .prepHoliday,
                "R-0010 (5 Apr 2027): the preparation meeting on 29 Mar 2027 falls on a bank "
                    + "holiday (Easter Monday)."
            )
        ]
    ) {
        try move(&$0, to: "2027-04-05")
        $0.facilitators = try emails(["cai", "dee"])
    },
]

@Suite struct FidelityRoundRuleTests {
    @Test(arguments: roundRuleCases)
    func raisesExactlyTheExpectedWarnings(rule: RoundRuleCase) throws {
        var round = try FidelityFixture.round(10, "2027-03-09")
        try rule.change(&round)
        let warnings = try FidelityFixture.checker().roundWarnings(round)
        #expect(warnings.map(\.code) == rule.expected.map(\.0))
        #expect(warnings.map(\.message) == rule.expected.map(\.1))
        #expect(warnings.allSatisfy { $0.round == round.id && $0.severity == .warning })
        for warning in warnings {
            for secret in FidelityFixture.secrets { #expect(!warning.message.contains(secret)) }
        }
    }

    @Test func heldAndCancelledRoundsAreNotCheckedOnTheirOwn() throws {
        let checker = try FidelityFixture.checker()
        let held = try FidelityFixture.round(1, "2027-05-31", facilitators: [], status: .held)
        let cancelled = try FidelityFixture.round(
            2, "2027-06-08", facilitators: [], status: .cancelled)
        #expect(checker.check([held, cancelled]).isEmpty)
    }

    @Test func plainHolidayDatesNeedNoNames() throws {
        let checker = FidelityChecker(
            programme: try FidelityFixture.programme(), people: try FidelityFixture.people(),
            themes: FidelityFixture.themes(), holidays: [try date("2027-05-31")])
        let round = try FidelityFixture.round(3, "2027-05-31")
        #expect(
            checker.roundWarnings(round).map(\.message)
                == ["R-0003 (31 May 2027) falls on a bank holiday."])
    }
}
