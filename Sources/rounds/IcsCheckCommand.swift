import ArgumentParser
import Foundation
import RoundsICS

/// `rounds ics check FILE...`: reads calendar files and says whether each can be used.
struct IcsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that calendar files can be read, and list every problem found.",
        discussion: """
            Each file gets a short summary (what it contains and which time zones it uses) \
            followed by every problem found, with its line number. A file is usable when it \
            holds a calendar and none of its problems is an error; warnings mark things that \
            were skipped. The command exits with status 0 when every file is usable and 1 \
            otherwise.
            """
    )

    @Argument(help: "The calendar files to check.")
    var files: [String]

    @Flag(help: "Print the results as JSON instead of text.")
    var json = false

    @Option(
        name: .customLong("max-size"),
        help: "The largest file to read, in MiB. Larger files are refused unread.")
    var maximumMegabytes: Int = ReaderLimits.defaultMaximumBytes / (1024 * 1024)

    func validate() throws {
        guard maximumMegabytes > 0, maximumMegabytes <= 4096 else {
            throw ValidationError("--max-size must be between 1 and 4096 (MiB).")
        }
    }

    func run() throws {
        let reader = CalendarReader(
            limits: ReaderLimits(maximumBytes: maximumMegabytes * 1024 * 1024))
        let checks = CalendarCheck.check(files, with: reader)
        if json {
            print(try CalendarCheck.json(checks), terminator: "")
        } else {
            print(checks.map(\.text).joined(separator: "\n"), terminator: "")
        }
        if checks.contains(where: { !$0.usable }) { throw ExitCode(1) }
    }
}
