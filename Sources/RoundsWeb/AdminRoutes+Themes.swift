import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/themes`: the theme library, listed, added, changed and removed as `rounds themes`
/// does (seeding from an excerpt stays with the command line).
struct ThemeRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("themes") { request, context in
            let data = try site.operations.snapshot()
            let themes = data.themes.map { theme -> [String: Any] in
                [
                    "slug": theme.slug, "title": theme.title, "description": theme.description,
                    "used": theme.lastUsed.map { "last used \($0.displayText)" } ?? "not used yet",
                    "rounds": data.rounds.filter { $0.theme == theme.slug }.count,
                ]
            }
            return site.adminPage(
                "admin-themes", "Themes", request, context, data,
                ["themes": themes, "hasThemes": !themes.isEmpty])
        }
        group.get("themes/:slug") { request, context in
            let data = try site.operations.snapshot()
            let theme = try theme(try context.parameters.require("slug"), in: data)
            return site.adminPage(
                "admin-theme", theme.title, request, context, data,
                [
                    "theme": [
                        "slug": theme.slug, "title": theme.title,
                        "description": theme.description,
                        "prompts": theme.prompts.joined(separator: "\n"),
                        "usedBy": data.rounds.filter { $0.theme == theme.slug }
                            .map(\.id.description).joined(separator: ", "),
                    ]
                ])
        }
        group.post("themes/add") { request, _ in
            let form = try await FormBody.read(request)
            let operations = site.operations
            return try site.edit(back: "/admin/themes") {
                let title = try form.require("title", "Give the theme a title.")
                if let slug = form["slug"] { try Self.checkSlug(slug) }
                let theme = try operations.addTheme(
                    title: title, fromExcerpt: nil, slug: form["slug"],
                    description: form["description"], prompts: form.lines("prompts"),
                    excerpts: [])
                return ["Added theme \(theme.slug): \(theme.title)."]
            }
        }
        group.post("themes/:slug/:action") { request, context in
            let data = try site.operations.snapshot()
            let slug = try theme(try context.parameters.require("slug"), in: data).slug
            let form = try await FormBody.read(request)
            let operations = site.operations
            switch try context.parameters.require("action") {
            case "edit":
                return try site.edit(back: "/admin/themes/\(slug)") {
                    try operations.editTheme(
                        slug, title: form["title"], description: form["description"],
                        prompts: form.lines("prompts"), excerpts: [])
                    return ["Changed theme \(slug)."]
                }
            case "remove":
                return try site.edit(back: "/admin/themes") {
                    try operations.removeTheme(slug)
                    return ["Removed theme \(slug)."]
                }
            default: throw HTTPError(.notFound)
            }
        }
    }

    /// The stored theme with `slug`; 404 for any other text.
    private func theme(_ slug: String, in data: ProgrammeData) throws -> Theme {
        guard let theme = data.theme(slug) else {
            throw HTTPError(.notFound, message: "There is no theme \(slug).")
        }
        return theme
    }

    /// A slug typed into a form: 400 unless lower-case letters, digits and hyphens.
    static func checkSlug(_ slug: String) throws {
        guard Slug.isValid(slug) else {
            let example = Slug.make(from: slug).isEmpty ? "day-room" : Slug.make(from: slug)
            throw HTTPError(
                .badRequest,
                message: "\"\(slug)\" is not a valid slug. Use lower-case letters, digits and "
                    + "hyphens, such as \(example).")
        }
    }
}
