import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds people`: add, change, remove and list the people in the programme.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Add, change, remove and list the people in the programme.",
        discussion: """
            A person is identified by their email address. To bring in many people at once, \
            import a spreadsheet with `rounds import people.csv`.
            """,
        subcommands: [Add.self, Edit.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to the programme.")

        @OptionGroup var store: StoreOptions

        @Option(
            help: ArgumentHelp("Their email address, which identifies them.", valueName: "email"),
            transform: emailArgument)
        var email: EmailAddress

        @Option(help: ArgumentHelp("Their name as colleagues know it.", valueName: "name"))
        var name: String

        @Option(
            help: ArgumentHelp(
                "Their staff group or discipline, such as Nursing and Midwifery.",
                valueName: "group"))
        var staffGroup: String

        @Flag(help: "Whether they work in a clinical or a non-clinical role.")
        var clinical: ClinicalFlag

        @Option(
            help: ArgumentHelp(
                "Their band or grade, such as Band 6 or Consultant.", valueName: "band"))
        var seniority: String?

        @Option(
            name: .customLong("role"),
            help: ArgumentHelp(
                "A role they hold: facilitator, clinical-lead, administrator, steering-group "
                    + "or panellist. Repeat the option for several roles.", valueName: "role"),
            transform: roleArgument)
        var roles: [Role] = []

        @Option(
            help: ArgumentHelp(
                "A facilitator's training: trainee, trained or accredited.", valueName: "status"),
            transform: trainingArgument)
        var training: TrainingStatus?

        @Option(
            help: ArgumentHelp(
                "When the facilitator reached that training status (YYYY-MM-DD).", valueName: "date"
            ),
            transform: dateArgument)
        var trainedOn: LocalDate?

        func validate() throws {
            for (option, value) in [("--name", name), ("--staff-group", staffGroup)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(option) is empty. Give a value.")
            }
            if training == nil && trainedOn != nil {
                throw ValidationError("--trained-on needs --training beside it.")
            }
            if training != nil && !roles.contains(.facilitator) {
                throw ValidationError(
                    "--training is only for facilitators; add --role facilitator.")
            }
        }

        func run() throws {
            let person = Person(
                email: email, name: name, staffGroup: staffGroup, isClinical: clinical.isClinical,
                seniority: seniority, roles: Set(roles),
                facilitatorProfile: training.map {
                    FacilitatorProfile(training: $0, since: trainedOn)
                })
            try store.operations.addPerson(person)
            say(["Added \(person)."])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a person's details.",
            discussion: "Only the details you give change; everything else stays as it was.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The email address of the person to change.", transform: emailArgument)
        var email: EmailAddress

        @Option(help: "A new name.")
        var name: String?

        @Option(help: ArgumentHelp("A new staff group or discipline.", valueName: "group"))
        var staffGroup: String?

        @Flag(help: "Whether they work in a clinical or a non-clinical role.")
        var clinical: ClinicalFlag?

        @Option(help: ArgumentHelp("A new band or grade.", valueName: "band"))
        var seniority: String?

        @Option(
            name: .customLong("add-role"),
            help: ArgumentHelp("A role to give them. Repeat for several.", valueName: "role"),
            transform: roleArgument)
        var addRoles: [Role] = []

        @Option(
            name: .customLong("remove-role"),
            help: ArgumentHelp("A role to take away. Repeat for several.", valueName: "role"),
            transform: roleArgument)
        var removeRoles: [Role] = []

        @Option(
            help: ArgumentHelp(
                "A facilitator's training: trainee, trained or accredited.", valueName: "status"),
            transform: trainingArgument)
        var training: TrainingStatus?

        @Option(
            help: ArgumentHelp(
                "When they reached their training status (YYYY-MM-DD).", valueName: "date"),
            transform: dateArgument)
        var trainedOn: LocalDate?

        func validate() throws {
            if name == nil && staffGroup == nil && clinical == nil && seniority == nil
                && addRoles.isEmpty && removeRoles.isEmpty && training == nil && trainedOn == nil
            {
                throw ValidationError("Say what to change, for example --name or --add-role.")
            }
        }

        func run() throws {
            let change = PersonChange(
                name: name, staffGroup: staffGroup, isClinical: clinical?.isClinical,
                seniority: seniority, addRoles: addRoles, removeRoles: removeRoles,
                training: training, trainedOn: trainedOn)
            let changed = try usage { try store.operations.editPerson(email, change) }
            say(["Changed \(changed)."])
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person and their leave from the programme.",
            discussion: """
                Refused while the person is on a Round (as a facilitator or panellist) or sends \
                the invitations; take them off first.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The email address of the person to remove.", transform: emailArgument)
        var email: EmailAddress

        func run() throws {
            let removed = try store.operations.removePerson(email)
            say(["Removed \(removed)."])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the people in the programme.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Only people with this role.", transform: roleArgument)
        var role: Role?

        func run() throws {
            let data = try store.operations.snapshot()
            let people = data.people.filter { role == nil || $0.roles.contains(role ?? .panellist) }
            if people.isEmpty {
                say([
                    "No people yet. Add them with `rounds people add` or `rounds import people.csv`."
                ])
                return
            }
            for person in people {
                var details = [person.staffGroup, person.isClinical ? "clinical" : "non-clinical"]
                if let seniority = person.seniority { details.append(seniority) }
                var roles = person.sortedRoles.map(\.displayName)
                if let profile = person.facilitatorProfile,
                    let index = roles.firstIndex(of: Role.facilitator.displayName)
                {
                    let since = profile.since.map { " since \($0.displayText)" } ?? ""
                    roles[index] = "facilitator (\(profile.training.rawValue)\(since))"
                }
                let roleText = roles.isEmpty ? "" : "; " + roles.joined(separator: ", ")
                say(["\(person)  \(details.joined(separator: ", "))\(roleText)"])
            }
        }
    }
}
