import ArgumentParser
import RoundsCore

/// The `rounds` command: plans, staffs and publishes a programme of Schwartz Rounds.
///
/// The entry point is synchronous: no command awaits anything, so the async wrapper served no
/// purpose. libical's zone state is loaded on the first zone look-up, under TimeZones' lock,
/// so commands that never use a zone (--version, --help) start without that cost.
@main
struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Plan, staff and publish a programme of Schwartz Rounds.",
        version: RoundsVersion.current,
        // In the order of a year's work: set up, plan, change, publish, print.
        subcommands: [
            DemoCommand.self, InitCommand.self, ImportCommand.self, PlanCommand.self,
            ListCommand.self, ShowCommand.self, CheckCommand.self, MoveCommand.self,
            CancelCommand.self, ConfirmCommand.self, AssignCommand.self, PanelCommand.self,
            PeopleCommand.self, LeaveCommand.self, ThemesCommand.self, VenuesCommand.self,
            ExportCommand.self, PackCommand.self, ExcerptsCommand.self, IcsCommand.self,
            RotaCommand.self,
            HeldCommand.self, AttendanceCommand.self, EvaluationsCommand.self,
            DebriefCommand.self, ReportCommand.self, CertificatesCommand.self,
            ServeCommand.self, UsersCommand.self,
        ]
    )
}
