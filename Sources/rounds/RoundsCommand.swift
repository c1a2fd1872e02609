import ArgumentParser
import RoundsCore
import RoundsICS

/// The `rounds` command: plans, staffs and publishes a programme of Schwartz Rounds.
struct RoundsCommand: AsyncParsableCommand {
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
            HeldCommand.self, AttendanceCommand.self, EvaluationsCommand.self,
            DebriefCommand.self, ReportCommand.self, CertificatesCommand.self,
        ]
    )
}

/// The program's entry point.
@main
enum RoundsMain {
    static func main() async {
        // libical's zone state is loaded on the first zone look-up, under TimeZones' lock, so
        // commands that never use a zone (--version, --help) start without that cost.
        await RoundsCommand.main()
    }
}
