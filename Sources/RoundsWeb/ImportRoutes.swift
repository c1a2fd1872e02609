import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/imports`: the command line's imports by upload (programme file, people, holidays,
/// availability, evaluation forms, sign-ins), each the same operation as its command.
struct ImportRoutes {
    let site: WebSite

    /// Uploads larger than this are refused (413).
    static let limit = 5 * 1024 * 1024

    func add(to group: RouterGroup<WebContext>) {
        group.get("imports") { request, context in
            let data = try site.operations.snapshot()
            let values: [String: Any] = [
                "rounds": data.rounds.sorted { $0.id < $1.id }.map { ["id": $0.id.description] },
                "people": site.personOptions(data.people),
                "region": data.programme?.holidayRegion.description ?? "",
            ]
            return site.adminPage("admin-imports", "Imports", request, context, data, values)
        }
        group.post("imports/:kind") { request, context in
            let kind = try context.parameters.require("kind")
            let kinds = [
                "programme", "people", "holidays", "availability", "evaluations", "sign-ins",
            ]
            guard kinds.contains(kind) else {
                throw HTTPError(.notFound)
            }
            var request = request
            let form = try await Multipart.read(&request, limit: Self.limit)
            guard let upload = form.file("file") else {
                throw HTTPError(.badRequest, message: "Choose a file to upload.")
            }
            let lines = try withUpload(upload, extension: Self.fileExtension(kind, upload)) {
                path in
                let operations = site.operations
                switch kind {
                case "programme":
                    return try operations.importProgramme(file: path, prune: false)
                case "people": return try operations.importPeople(file: path)
                case "holidays":
                    return try operations.importHolidays(file: path, region: try region(form))
                case "availability":
                    let data = try operations.snapshot()
                    let person = try site.person(
                        form["person"] ?? "", in: data)
                    let from = try form["from"].flatMap { $0.isEmpty ? nil : $0 }.map {
                        text in
                        guard let date = try? LocalDate(parsing: text) else {
                            throw HTTPError(
                                .badRequest, message: "Give the first day as YYYY-MM-DD.")
                        }
                        return date
                    }
                    let months = Int(form["months"] ?? "") ?? 24
                    guard (1...60).contains(months) else {
                        throw HTTPError(.badRequest, message: "Read from 1 to 60 months.")
                    }
                    let clock = site.configuration.clock
                    return try operations.importAvailability(
                        file: path, person: person, from: from, months: months,
                        now: { clock() })
                case "evaluations":
                    let result = try operations.importEvaluations(
                        file: path, round: form["round"].flatMap { $0.isEmpty ? nil : $0 },
                        mapping: nil)
                    return ["Read \(result.read) forms; \(result.added) new."]
                default:
                    guard let round = form["round"], !round.isEmpty else {
                        throw HTTPError(.badRequest, message: "Choose the Round signed in to.")
                    }
                    let result = try operations.importSignIns(file: path, round: round)
                    return [
                        "Read \(result.read) sign-ins for \(result.round.id); \(result.added) new."
                    ]
                }
            }
            return Pages.redirect("/admin/imports", done: lines)
        }
    }

    /// The extension the operation reads the upload by: the programme file is YAML, holidays
    /// GOV.UK's JSON when the upload's own name says so and iCalendar otherwise,
    /// availability iCalendar, the rest CSV.
    static func fileExtension(_ kind: String, _ upload: Multipart.Part) -> String {
        switch kind {
        case "programme": "yaml"
        case "holidays": upload.fileName?.lowercased().hasSuffix(".json") == true ? "json" : "ics"
        case "availability": "ics"
        default: "csv"
        }
    }

    /// The holiday region the form names; nil (the programme's) when empty, 400 when it
    /// cannot be a region.
    private func region(_ form: Multipart) throws -> HolidayRegion? {
        guard let text = form["region"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty
        else { return nil }
        guard let region = HolidayRegion(text) else {
            throw HTTPError(
                .badRequest,
                message: "\(text) cannot name a holiday region. Use GB-EAW, GB-SCT, GB-NIR, IE, "
                    + "US or a name of letters, digits, - and _.")
        }
        return region
    }

    /// Writes the upload to a temporary folder under a plain name, runs `body` on its path
    /// and removes it; the operation's refusal becomes a 400 page with its message, naming
    /// the file as the administrator chose it (its own name, without any folders).
    private func withUpload(
        _ upload: Multipart.Part, extension ext: String, _ body: (String) throws -> [String]
    ) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rounds-upload-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("upload.\(ext)")
        try Data(upload.data).write(to: file)
        do {
            return try body(file.path)
        } catch let error as HTTPError {
            throw error
        } catch {
            let shown =
                upload.fileName.map { URL(fileURLWithPath: $0).lastPathComponent }
                .flatMap { $0.isEmpty || $0 == "/" ? nil : $0 } ?? file.lastPathComponent
            let message = String(describing: error)
                .replacingOccurrences(of: file.path, with: shown)
                .replacingOccurrences(of: folder.path + "/", with: "")
            throw HTTPError(.badRequest, message: message)
        }
    }
}
