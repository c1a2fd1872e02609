import ArgumentParser
import RoundsCore

/// The `rounds` command: plans, staffs and publishes a programme of Schwartz Rounds.
@main
struct RoundsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Plan, staff and publish a programme of Schwartz Rounds.",
        version: RoundsVersion.current,
        subcommands: [
            InitCommand.self, ImportCommand.self, ExportCommand.self, ListCommand.self,
            ShowCommand.self, PeopleCommand.self, LeaveCommand.self, ThemesCommand.self,
            VenuesCommand.self, CheckCommand.self, IcsCommand.self, PackCommand.self,
            ExcerptsCommand.self, PlanCommand.self, MoveCommand.self, CancelCommand.self,
            ConfirmCommand.self, AssignCommand.self, PanelCommand.self, DemoCommand.self,
        ]
    )
}
