import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds demo --out DIR`: the whole main job on the bundled sample programme.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole job on the sample programme in a fresh folder.",
        discussion: """
            Creates a store in the folder, imports the bundled sample programme, plans twelve \
            months from the month after its last fixed Round, and writes the staff feed and \
            every invitation and a facilitator pack for every Round, then prints a summary. The run is the same every time: the \
            planning and the time stamped in the files come from the sample, not the clock. \
            The folder is created when missing; one that already holds a demo store is \
            refused, so delete it first.
            """)

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The folder to work in; it is created when missing.", valueName: "folder"))
    var output: String

    @Option(
        help: ArgumentHelp(
            "Which sample: uk (Samples/programme.yaml, an NHS trust) or us "
                + "(Samples/programme-us.yaml, a US hospital in US English on Letter paper).",
            valueName: "sample"))
    var sample: DemoSample = .uk

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("The --out path is empty. Give a folder name.")
        }
    }

    func run() throws {
        let demo = try ProgrammeOperations.demo(in: output, sampleFile: sample.fileName)
        // The sample records (Samples/after-round) belong to the UK sample's first Round.
        let records =
            sample == .uk
            ? try ProgrammeOperations(storePath: demo.storePath).recordDemoRound(output: output)
                .map(DemoCommand.lines) ?? [] : []
        say(DemoCommand.summary(demo, records: records, output: output))
    }

    /// What `rounds demo` prints: the counts, the planning notices, and where to look.
    static func summary(_ demo: DemoResult, records: [String], output: String) -> [String] {
        var lines = [
            "Demo of \(demo.organisation) in \(output):",
            "  Planned \(demo.planned) Rounds from \(demo.firstMonth) to "
                + "\(demo.lastMonth): \(demo.staffed) staffed, "
                + "\(demo.planned - demo.staffed) unstaffed.",
            "  Wrote the staff feed (\(demo.feedPath)), \(demo.invitations) invitation files and "
                + "\(demo.messages) e-mail messages (\(demo.invitesPath)).",
            "  Wrote \(demo.packs) facilitator packs in HTML and Markdown (\(demo.packsPath)).",
        ]
        lines += records
        lines += demo.plan.dateNotices.map { "  \($0)" }
        lines += demo.plan.unstaffed.map { "  Unstaffed: \($0)" }
        // The way this run was started, so the suggested commands work as typed (under
        // `swift run` the binary is not on the PATH).
        let program =
            CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil } ?? "rounds"
        return lines + [
            "Look at:",
            "  \(program) list --store \(demo.storePath)",
            "  \(program) check --store \(demo.storePath)",
            "  \(demo.feedPath) (subscribe to it in a calendar program)",
            "  \(demo.invitesPath)/R-0003.ics and R-0003.eml (an invitation)",
            "  \(demo.packsPath) (open a pack in a browser and print it)",
        ]
            + (records.isEmpty
                ? []
                : [
                    "  \((output as NSString).appendingPathComponent("report")) "
                        + "(the report: open report.html)"
                ])
    }
}
