import Crypto
import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// `/admin/plan`: `rounds plan` from the browser, previewed before it is stored.
///
/// The schedule's plan form is a GET to `/admin/plan?from=YYYY-MM&months=N`: it changes
/// nothing (the plan operation runs on `operations.preview`, whose transaction is rolled
/// back), so it needs no form token and the preview can be reloaded or bookmarked. The
/// preview's Apply button POSTs (with the token and the preview's fingerprint) to
/// `/admin/plan/apply`, which runs the same operation for real, stores it only when it reads
/// exactly as the preview did (409 and nothing stored otherwise: the programme changed in
/// between), and answers 303 to the schedule with a summary.
struct PlanRoutes {
    let site: WebSite

    func add(to group: RouterGroup<WebContext>) {
        group.get("plan") { request, context in
            let data = try site.operations.snapshot()
            let query = request.uri.queryParameters
            var values = Self.formValues(data, site: site, from: query["from"].map(String.init))
            if query["from"] != nil || query["months"] != nil {
                let (first, months) = try Self.window(
                    from: query["from"].map(String.init), months: query["months"].map(String.init))
                let preview = site.operations.preview
                let report: PlanReport
                do {
                    report = try await site.offPool {
                        try preview.plan(from: first, months: months)
                    }
                } catch {
                    throw HTTPError(.conflict, message: String(describing: error))
                }
                values["from"] = first.description
                values["months"] = months
                values["preview"] = Self.view(report)
                values["fingerprint"] = Self.fingerprint(report)
            }
            return site.adminPage("admin-plan", "Plan", request, context, data, values)
        }
        group.post("plan/apply") { request, _ in
            let form = try await FormBody.read(request)
            let (first, months) = try Self.window(from: form["from"], months: form["months"])
            let operations = site.operations
            let previewed = form["preview"]
            let report: PlanReport
            do {
                report = try await site.offPool {
                    try operations.plan(
                        from: first, months: months,
                        storingOnlyIf: { previewed == nil || Self.fingerprint($0) == previewed })
                }
            } catch {
                throw HTTPError(.conflict, message: String(describing: error))
            }
            return Pages.redirect("/admin", done: Self.summary(report, first, months))
        }
    }

    /// The plan form's fields: the month to start from (by default, as `rounds plan`, the
    /// month after the last Round) and how many.
    static func formValues(_ data: ProgrammeData, site: WebSite, from: String?) -> [String: Any] {
        let nextMonth = YearMonth(site.localNow(data)?.date ?? LocalDate(dayNumber: 0))
            .adding(months: 1)
        let start =
            from
            ?? ((try? site.operations.defaultPlanStart(now: site.now))?.first ?? nextMonth)
            .description
        return [
            "from": start, "months": 12,
            "mostMonths": ProgrammeOperations.mostPlanMonths,
        ]
    }

    /// The window a form names; 400 with the command's sentence when it is not one.
    static func window(from: String?, months: String?) throws -> (YearMonth, Int) {
        guard let text = from, let first = YearMonth(parsing: text) else {
            throw HTTPError(
                .badRequest,
                message: "\(from ?? "") is not a month. Write months as YYYY-MM, such as 2027-01.")
        }
        let most = ProgrammeOperations.mostPlanMonths
        guard let count = Int(months ?? "12"), (1...most).contains(count) else {
            throw HTTPError(
                .badRequest,
                message: "The number of months must be from 1 to \(most); \(months ?? "") is not.")
        }
        return (first, count)
    }

    /// The preview's sections, rota line and whether applying would change anything.
    static func view(_ report: PlanReport) -> [String: Any] {
        [
            "sections": report.sections.enumerated().map { index, section -> [String: Any] in
                [
                    "id": "plan-section-\(index + 1)",
                    "title": "\(section.title) (\(section.items.count))", "items": section.items,
                ]
            },
            "rota": report.rotaLine ?? "", "changes": !report.changedNothing,
        ]
    }

    /// The schedule's message after applying: how much changed, and the rota's verdict.
    static func summary(_ report: PlanReport, _ first: YearMonth, _ months: Int) -> [String] {
        let window = "Planned \(months) month\(months == 1 ? "" : "s") from \(first)"
        guard !report.changedNothing else {
            return ["\(window): no changes."] + (report.rotaLine.map { [$0] } ?? [])
        }
        let counts = report.sections.map { "\($0.title): \($0.items.count)" }
        return ["\(window): \(counts.joined(separator: "; "))."]
            + (report.rotaLine.map { [$0] } ?? [])
    }

    /// What a person reads of a plan (its sections and the rota's line) as a SHA-256 digest in
    /// hex: the preview's goes into its Apply form, and Apply stores only a plan with the same.
    static func fingerprint(_ report: PlanReport) -> String {
        var text = ""
        for section in report.sections {
            text += "# \(section.title)\n"
            for item in section.items { text += "\(item)\n" }
        }
        text += report.rotaLine ?? ""
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
