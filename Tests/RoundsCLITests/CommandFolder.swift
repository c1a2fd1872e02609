import Foundation

/// A fresh folder with the sample programme in a store, for the scheduling command tests.
struct CommandFolder {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples")

    let url: URL

    /// A new folder; with `sample`, a store there holding the sample programme.
    init(sample: Bool = true) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rounds-cli-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
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
    func files(in folder: String) throws -> [String: Data] {
        let directory = url.appendingPathComponent(folder)
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Copies `path` into `$ROUNDS_JUDGE_DIR` as `name` when the judges asked for input.
    func copyForJudges(_ path: String, as name: String) throws {
        guard let judge = ProcessInfo.processInfo.environment["ROUNDS_JUDGE_DIR"],
            !judge.isEmpty
        else { return }
        let folder = URL(fileURLWithPath: judge, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: url.appendingPathComponent(path), to: target)
    }
}
