import Foundation
import RoundsTestSupport

/// A fresh folder with the sample programme in a store, for the scheduling command tests.
struct CommandFolder {
    static let samples = Samples.folder

    /// The folder and its helpers (RoundsTestSupport).
    let scratch: TemporaryFolder
    /// The folder.
    var url: URL { scratch.url }

    /// A new folder; with `sample`, a store there holding the sample programme.
    init(sample: Bool = true) throws {
        scratch = try TemporaryFolder("rounds-cli-plan")
        if sample {
            let programme = Self.samples.appendingPathComponent("programme.yaml").path
            _ = try run("init", "--from", programme)
        }
    }

    /// Runs `rounds` here with a fixed export clock and no store from the environment.
    func run(_ arguments: String..., clock: String = "2027-01-04T09:00:00Z") throws
        -> RoundsExecutable.Outcome
    {
        try RoundsExecutable.run(
            arguments,
            environment: ["ROUNDS_STORE": "", "HOME": url.path, "ROUNDS_CLOCK": clock], in: url)
    }

    /// The Rounds as `rounds list --json` gives them.
    func rounds() throws -> [[String: Any]] {
        let outcome = try run("list", "--json")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        return json as? [[String: Any]] ?? []
    }

    /// Facilitator addresses per Round id.
    func facilitators() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for round in try rounds() {
            guard let id = round["id"] as? String else { continue }
            let people = round["facilitators"] as? [[String: Any]] ?? []
            result[id] = people.compactMap { $0["email"] as? String }
        }
        return result
    }

    /// The bytes of every file in `folder` (relative to here), by name.
    func files(in folder: String) throws -> [String: Data] { try scratch.files(in: folder) }

    /// The text of `path` (relative to here).
    func text(_ path: String) throws -> String { try scratch.text(path) }

    /// Copies `path` into `$ROUNDS_JUDGE_DIR` as `name` when the judges asked for input.
    func copyForJudges(_ path: String, as name: String) throws {
        try JudgeOutput.copy(url.appendingPathComponent(path), as: name)
    }
}
