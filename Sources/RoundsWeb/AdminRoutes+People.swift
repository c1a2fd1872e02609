import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/people`: everyone in the programme, added, changed and removed as `rounds people`
/// does (the same operations; removing someone on a Round is refused with a 409 saying which).
struct PeopleRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("people") { request, context in
            let data = try site.operations.snapshot()
            let people = data.people.map { person -> [String: Any] in
                [
                    "name": person.name, "email": person.email.value,
                    "roles": Self.rolesText(person),
                ]
            }
            return site.adminPage(
                "admin-people", "People", request, context, data,
                Self.choices(nil).merging(["people": people]) { first, _ in first })
        }
        group.get("people/:email") { request, context in
            let data = try site.operations.snapshot()
            let person = try stored(try context.parameters.require("email"), in: data)
            var values = Self.choices(person)
            values["person"] = [
                "email": person.email.value, "name": person.name,
                "staffGroup": person.staffGroup, "seniority": person.seniority ?? "",
                "trainedOn": person.facilitatorProfile?.since?.description ?? "",
                "rounds": data.rounds.filter { $0.participants.contains(person.email) }
                    .map(\.id.description).joined(separator: ", "),
            ]
            return site.adminPage("admin-person", person.name, request, context, data, values)
        }
        group.post("people/add") { request, _ in
            let form = try await FormBody.read(request)
            let operations = site.operations
            return try site.edit(back: "/admin/people") {
                guard let email = try? EmailAddress(try form.require("email", "Give an e-mail."))
                else {
                    throw HTTPError(.badRequest, message: "That is not an e-mail address.")
                }
                let roles = Self.roles(form)
                let training = try Self.training(form, roles: roles)
                let trainedOn = try form.date("trainedOn", label: "date the training was reached")
                if training == nil && trainedOn != nil {
                    throw HTTPError(
                        .badRequest, message: "Give the training status beside its date.")
                }
                let person = Person(
                    email: email, name: try form.require("name", "Give their name."),
                    staffGroup: try form.require("staffGroup", "Give their staff group."),
                    isClinical: try Self.clinical(form), seniority: form["seniority"],
                    roles: roles,
                    facilitatorProfile: training.map {
                        FacilitatorProfile(training: $0, since: trainedOn)
                    })
                try operations.addPerson(person)
                return ["Added \(person)."]
            }
        }
        group.post("people/:email/:action") { request, context in
            let data = try site.operations.snapshot()
            let person = try stored(try context.parameters.require("email"), in: data)
            let email = person.email
            let form = try await FormBody.read(request)
            let operations = site.operations
            switch try context.parameters.require("action") {
            case "edit":
                return try site.edit(back: "/admin/people/\(email)") {
                    let roles = Self.roles(form)
                    let change = PersonChange(
                        name: try form.require("name", "Give their name."),
                        staffGroup: try form.require("staffGroup", "Give their staff group."),
                        isClinical: try Self.clinical(form), seniority: form["seniority"] ?? "",
                        addRoles: Role.allCases.filter {
                            roles.contains($0) && !person.roles.contains($0)
                        },
                        removeRoles: Role.allCases.filter {
                            !roles.contains($0) && person.roles.contains($0)
                        },
                        training: try Self.training(form, roles: roles),
                        trainedOn: try form.date(
                            "trainedOn", label: "date the training was reached"))
                    return ["Changed \(try operations.editPerson(email, change))."]
                }
            case "remove":
                return try site.edit(back: "/admin/people") {
                    ["Removed \(try operations.removePerson(email))."]
                }
            default: throw HTTPError(.notFound)
            }
        }
    }

    /// The stored person with the e-mail in the path; 404 for anything else.
    private func stored(_ text: String, in data: ProgrammeData) throws -> Person {
        guard let email = try? EmailAddress(text), let person = data.person(email) else {
            throw HTTPError(.notFound, message: "Nobody in the programme has that e-mail.")
        }
        return person
    }

    /// `facilitator (trained), clinical lead`: a person's roles for the list.
    static func rolesText(_ person: Person) -> String {
        person.sortedRoles.map { role in
            guard role == .facilitator, let profile = person.facilitatorProfile else {
                return role.displayName
            }
            return "facilitator (\(profile.training.rawValue))"
        }.joined(separator: ", ")
    }

    /// The form's role boxes, clinical choice and training options, checked as `person` is
    /// (nothing checked for a new person).
    static func choices(_ person: Person?) -> [String: Any] {
        [
            "roles": Role.allCases.map { role -> [String: Any] in
                [
                    "value": role.rawValue, "label": role.displayName,
                    "checked": person?.roles.contains(role) ?? false,
                ]
            },
            "clinical": person?.isClinical ?? true,
            "trainings": TrainingStatus.allCases.map { status -> [String: Any] in
                [
                    "value": status.rawValue,
                    "selected": person?.facilitatorProfile?.training == status,
                ]
            },
        ]
    }

    /// The roles ticked, one checkbox `role-<role>` each.
    static func roles(_ form: FormBody) -> Set<Role> {
        Set(Role.allCases.filter { form["role-\($0.rawValue)"] != nil })
    }

    /// The training chosen; 400 when it is given for someone who is not a facilitator.
    static func training(_ form: FormBody, roles: Set<Role>) throws -> TrainingStatus? {
        guard let text = form["training"] else { return nil }
        guard let status = TrainingStatus(rawValue: text) else {
            throw HTTPError(.badRequest, message: "Choose trainee, trained or accredited.")
        }
        guard roles.contains(.facilitator) else {
            throw HTTPError(
                .badRequest, message: "Training is only for facilitators; tick facilitator.")
        }
        return status
    }

    /// Clinical (`yes`) or not (`no`).
    static func clinical(_ form: FormBody) throws -> Bool {
        switch form["clinical"] {
        case "yes": return true
        case "no": return false
        default:
            throw HTTPError(.badRequest, message: "Say whether they work in a clinical role.")
        }
    }
}
