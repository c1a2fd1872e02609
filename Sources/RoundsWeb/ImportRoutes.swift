import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/imports`: the command line's imports by upload (programme file, people, evaluation
/// forms, sign-ins), each the same operation as its command.
struct ImportRoutes {
    let site: WebSite

    /// Uploads larger than this are refused (413).
    static let limit = 5 * 1024 * 1024

    func add(to group: RouterGroup<WebContext>) {
        group.get("imports") { request, context in
            let data = try site.operations.snapshot()
            var values: [String: Any] = [
                "rounds": data.rounds.sorted { $0.id < $1.id }.map { ["id": $0.id.description] }
            ]
            if let done = request.uri.queryParameters["done"] { values["message"] = String(done) }
            return site.adminPage("admin-imports", "Imports", context, data, values)
        }
        group.post("imports/:kind") { request, context in
            let kind = try context.parameters.require("kind")
            guard ["programme", "people", "evaluations", "sign-ins"].contains(kind) else {
                throw HTTPError(.notFound)
            }
            var request = request
            let form = try await Multipart.read(&request, limit: Self.limit)
            guard let upload = form.file("file") else {
                throw HTTPError(.badRequest, message: "Choose a file to upload.")
            }
            let lines = try withUpload(upload, extension: kind == "programme" ? "yaml" : "csv") {
                path in
                let operations = site.operations
                switch kind {
                case "programme":
                    return try operations.importProgramme(file: path, prune: false)
                case "people": return try operations.importPeople(file: path)
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
            let done =
                lines.joined(separator: " ")
                .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Pages.redirect("/admin/imports?done=\(done)")
        }
    }

    /// Writes the upload to a temporary folder under a plain name, runs `body` on its path
    /// and removes it; the operation's refusal becomes a 400 page with its message.
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
            let message = String(describing: error).replacingOccurrences(
                of: folder.path + "/", with: "")
            throw HTTPError(.badRequest, message: message)
        }
    }
}
