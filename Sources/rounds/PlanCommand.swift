import ArgumentParser
import RoundsCore
import RoundsOperations

/// `rounds plan [--from YYYY-MM] [--months N]`: dates, rota, themes and prep meetings.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Create or refresh the schedule: dates, facilitators, themes and prep meetings.",
        discussion: """
            Dates follow the programme's cadence and skip bank holidays of the programme's \
            nation (imported with `rounds import holidays` where given), blackouts and \
            exclusions. Each Round gets two facilitators who are not on leave or busy, a theme \
            and a preparation meeting. Confirmed, held, cancelled and locked Rounds, moved \
            dates and assigned facilitators are kept. A re-plan changes as little as it can \
            and prints what changed; with nothing to change it prints "No changes." and \
            writes nothing. Without --from, planning starts the month after the programme's \
            last Round (the month after this one when there is none).
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "The first month to plan, as YYYY-MM. The default is the month after the last Round.",
            valueName: "YYYY-MM"))
    var from: String?

    @Option(
        name: .customLong("months"),
        help: ArgumentHelp("How many months to plan, from 1 to 120.", valueName: "count"))
    var months: Int = 12

    @Option(
        name: .customLong("solver-seconds"),
        help: ArgumentHelp(
            "Seconds the exact solver may take when the search's bounds do not prove the rota "
                + "optimal; 0 keeps the search's rota.",
            valueName: "seconds"))
    var solverSeconds: Int = Int(ProgrammeOperations.defaultSolverSeconds)

    @Flag(help: "Also show the rota's scores, the bounds they are proven against, and fair shares.")
    var explain = false

    @Flag(help: "Print what changed and the rota's scores as JSON.")
    var json = false

    func validate() throws {
        if let from, YearMonth(parsing: from) == nil {
            throw ValidationError(
                "\(from) is not a month. Write months as YYYY-MM, such as 2027-01.")
        }
        guard (1...ProgrammeOperations.mostPlanMonths).contains(months) else {
            throw ValidationError(
                "--months must be from 1 to \(ProgrammeOperations.mostPlanMonths); \(months) is not."
            )
        }
        guard (0...3600).contains(solverSeconds) else {
            throw ValidationError(
                "--solver-seconds must be from 0 to 3600; \(solverSeconds) is not.")
        }
    }

    func run() throws {
        let operations = store.operations
        var start: [String] = []
        let first: YearMonth
        if let from {
            guard let month = YearMonth(parsing: from) else { throw ExitCode.validationFailure }
            first = month
        } else {
            let found = try operations.defaultPlanStart(now: try CommandClock.now())
            first = found.first
            start = [
                "Planning \(months) month\(months == 1 ? "" : "s") from \(first.displayText), "
                    + (found.after.map { "the month after the last Round, \($0.label)." }
                        ?? "next month (there is no Round yet).")
            ]
        }
        let report = try operations.plan(
            from: first, months: months, solverSeconds: Double(solverSeconds))
        if json {
            print(try report.json(names: try operations.snapshot().people))
            return
        }
        say(start + report.lines + report.rotaLines(explain: explain))
    }
}

extension PlanReport {
    /// What `rounds plan` prints.
    var lines: [String] {
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(title)
            lines += items.map { "  \($0)" }
        }
        if changedNothing {
            lines.append("No changes.")
        } else {
            section("New Rounds (\(created.count)):", created)
            section("Moved or lost:", moved)
            section("Facilitator changes:", facilitatorChanges)
            section("Themes given:", themes)
            section("Prep meetings scheduled:", prepMeetings)
            section("Dates lost to holidays and blackouts:", dateNotices)
        }
        section("Unstaffed (\(unstaffed.count)):", unstaffed)
        section("Warnings:", warnings)
        return lines
    }
}
