import ArgumentParser
import RoundsCore

/// The `rounds` command: plans, staffs and publishes a programme of Schwartz Rounds.
@main
struct RoundsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Plan, staff and publish a programme of Schwartz Rounds.",
        version: RoundsVersion.current,
        subcommands: [ExcerptsCommand.self]
    )
}
