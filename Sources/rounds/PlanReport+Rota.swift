import Foundation
import RoundsCore

extension PlanReport {
    /// The rota's verdict, and with `explain` its scores against their bounds and every
    /// facilitator's fair share (docs/commands/plan.md).
    func rotaLines(explain: Bool) -> [String] {
        guard let cost = rotaCost, let bound = rotaBound else { return [] }
        let optimality = RotaOptimality(cost: cost, bound: bound)
        var lines = ["Rota: \(optimality.summary)."]
        guard explain else { return lines }
        lines.append("Rota scores (this plan; best possible):")
        for score in optimality.scores {
            lines.append(
                "  \(score.name): \(RotaCommand.number(score.value)); "
                    + "\(RotaCommand.number(score.bound))\(score.isProven ? "" : " (not met)")")
        }
        lines.append("Fair shares (Rounds before the window + in it; share; distance):")
        for share in fairShares {
            let note = share.counted ? "" : " (free for no open Round: not counted)"
            lines.append(
                "  \(share.person): \(share.before) + \(share.inWindow); "
                    + "\(RotaCommand.number(share.share)); "
                    + "\(share.distance > 0 ? "+" : "")\(RotaCommand.number(share.distance))\(note)"
            )
        }
        return lines
    }

    struct JSONScore: Encodable {
        let name: String
        let value: Double
        let bound: Double
        let proven: Bool
    }

    struct JSONShare: Encodable {
        let email: String
        let name: String
        let before: Int
        let inWindow: Int
        let availableMonths: Int
        let fairShare: Double
        let distance: Double
        let counted: Bool
    }

    struct JSONRota: Encodable {
        let provenOptimal: Bool
        /// "bounds", "exact solver" or "exact solver, time limit" (RotaProof).
        let provenBy: String
        let summary: String
        let scores: [JSONScore]
        let fairShares: [JSONShare]
    }

    struct JSONReport: Encodable {
        let changed: Bool
        let created: [String]
        let moved: [String]
        let facilitatorChanges: [String]
        let themes: [String]
        let prepMeetings: [String]
        let dateNotices: [String]
        let unstaffed: [String]
        let warnings: [String]
        let rota: JSONRota?
    }

    /// `rounds plan --json`.
    func json(names people: [Person]) throws -> String {
        let names = Dictionary(people.map { ($0.email, $0.name) }) { first, _ in first }
        func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        var rota: JSONRota?
        if let cost = rotaCost, let bound = rotaBound {
            let optimality = RotaOptimality(cost: cost, bound: bound)
            rota = JSONRota(
                provenOptimal: optimality.isProvenOptimal, provenBy: optimality.proof.rawValue,
                summary: optimality.summary,
                scores: optimality.scores.map {
                    JSONScore(
                        name: $0.name, value: rounded($0.value), bound: rounded($0.bound),
                        proven: $0.isProven)
                },
                fairShares: fairShares.map {
                    JSONShare(
                        email: $0.person.description, name: names[$0.person] ?? "",
                        before: $0.before, inWindow: $0.inWindow,
                        availableMonths: $0.availableMonths, fairShare: rounded($0.share),
                        distance: rounded($0.distance), counted: $0.counted)
                })
        }
        let report = JSONReport(
            changed: !changedNothing, created: created, moved: moved,
            facilitatorChanges: facilitatorChanges, themes: themes, prepMeetings: prepMeetings,
            dateNotices: dateNotices, unstaffed: unstaffed, warnings: warnings, rota: rota)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
