import Foundation
import Hummingbird
import RoundsCore
import RoundsOperations

/// The attendee pages: the evaluation form (anonymous, one response per device) and the
/// optional sign-in at the door, both open from the Round's start for the programme's window.
struct AttendeeRoutes {
    let site: WebSite

    /// The cookie that marks a device that has answered; a random token, stored only as a
    /// digest, with nothing else about the device.
    static let deviceCookie = "rounds_device"

    func add(to router: Router<WebContext>) {
        router.get("/rounds/:id/evaluation") { request, context in
            let (round, data) = try site.roundForAttendee(context)
            var view = formView(round, data)
            let questions = data.programme?.questionSet ?? .uk
            view["questions"] = questions.questions.map { question -> [String: Any] in
                [
                    "key": question.key, "text": questions.fullText(of: question),
                    "points": QuestionSet.agreementScale.enumerated().map {
                        ["key": question.key, "point": $0.offset + 1, "label": $0.element]
                    },
                ]
            }
            view["ratingQuestion"] = questions.ratingQuestion
            view["ratingPoints"] = (1...5).map { point -> [String: Any] in
                let label = QuestionSet.ratingLabels[point - 1]
                return ["point": point, "label": label.isEmpty ? "\(point)" : "\(point) \(label)"]
            }
            view["hasStaffGroups"] = !questions.staffGroups.isEmpty
            view["staffGroups"] = questions.staffGroups.map { ["name": $0] }
            view["commentQuestion"] = questions.commentQuestion
            var response = site.pages.page(
                "evaluation",
                PageFrame(data).view(title: "Evaluation: \(round.id)", view))
            if request.cookies[Self.deviceCookie] == nil {
                response.setCookie(site.deviceCookie(Tokens.random()))
            }
            return response
        }
        router.post("/rounds/:id/evaluation") { request, context in
            let (round, data, form) = try await site.openForm(
                request, context, closed: "The evaluation of this Round is not open.")
            let answers = try Self.answers(form, data: data)
            let known = request.cookies[Self.deviceCookie]?.value
            let device = known.flatMap { Tokens.isWellFormed($0) ? $0 : nil } ?? Tokens.random()
            do {
                _ = try site.operations.recordEvaluationResponse(
                    round: round.id.description, answers: answers.points,
                    overall: answers.overall, staffGroup: answers.staffGroup,
                    comment: answers.comment, now: site.now,
                    window: ProgrammeOperations.webRecordingWindow(days: site.evaluationDays(data)),
                    device: Tokens.digest(device))
            } catch is AlreadyAnswered {
                // One response per device: the second is not stored, and the person sees
                // the same thanks (nothing tells a shared phone's next user what was sent).
            } catch let failure as OperationFailure {
                throw HTTPError(.conflict, message: failure.description)
            }
            var redirect = Pages.redirect("/rounds/\(round.id)/evaluation/thanks")
            if known != device { redirect.setCookie(site.deviceCookie(device)) }
            return redirect
        }
        router.get("/rounds/:id/evaluation/thanks") { _, context in
            let (round, data) = try site.roundForAttendee(context)
            return thanks(
                round, data, "Thank you for your answers. They help us plan future Rounds.")
        }
        router.get("/rounds/:id/sign-in") { _, context in
            let (round, data) = try site.roundForAttendee(context)
            return site.pages.page(
                "sign-in",
                PageFrame(data).view(title: "Sign in: \(round.id)", formView(round, data)))
        }
        router.post("/rounds/:id/sign-in") { request, context in
            let (round, data, form) = try await site.openForm(
                request, context, closed: "Sign-in for this Round is not open.")
            guard let name = form["name"], name.count <= 200 else {
                throw HTTPError(.badRequest, message: "Please give your name.")
            }
            let email = form["email"].flatMap { $0.count <= 200 ? $0 : nil }
            do {
                _ = try site.operations.recordSignIn(
                    round: round.id.description, name: name, staffGroup: nil, firstTime: nil,
                    email: email, now: site.now,
                    window: ProgrammeOperations.webRecordingWindow(days: site.evaluationDays(data)))
            } catch let failure as OperationFailure {
                throw HTTPError(.conflict, message: failure.description)
            }
            return thanks(round, data, "Thank you, you are signed in.")
        }
    }

    private func formView(_ round: Round, _ data: ProgrammeData) -> [String: Any] {
        var view: [String: Any] = [
            "round": RoundView.make(round, in: data), "roundID": round.id.description,
        ]
        let dates = DateWriter(locale: data.programme?.locale ?? "en-GB")
        switch site.evaluationWindow(round, in: data) {
        case .open: view["open"] = true
        case .notYetOpen(let opens):
            view["closedText"] =
                "This opens when the Round starts, \(dates.long(opens.date)) at "
                + "\(dates.time(opens.time))."
        case .closed: view["closedText"] = "This form is closed."
        }
        return view
    }

    private func thanks(_ round: Round, _ data: ProgrammeData, _ text: String) -> Response {
        site.pages.page(
            "thanks",
            PageFrame(data).view(
                title: "Thank you",
                [
                    "round": RoundView.make(round, in: data), "thanksText": text,
                    "organiser": data.programme?.organiser.value ?? "",
                    "supportServices": data.programme.map(SupportServices.list(for:))
                        ?? SupportServices.general,
                ]))
    }

    /// What a filled-in form says: points 1-5 by question key, the overall rating, the staff
    /// group and the comment.
    struct Answers {
        var points: [String: Int] = [:]
        var overall: Int?
        var staffGroup: String?
        var comment: String?
    }

    /// The answers of a form: points 1-5 for the question set's questions only, the overall
    /// rating, a listed staff group, and the comment (at most 4,000 characters); anything
    /// else, or an empty form, is a 400.
    static func answers(_ form: FormBody, data: ProgrammeData) throws -> Answers {
        let questions = data.programme?.questionSet ?? .uk
        func point(_ name: String) throws -> Int? {
            guard let text = form[name] else { return nil }
            guard let value = Int(text), (1...5).contains(value) else {
                throw HTTPError(.badRequest, message: "An answer was not on the scale.")
            }
            return value
        }
        var answers = Answers()
        for key in questions.keys { answers.points[key] = try point("q-\(key)") }
        answers.overall = try point("overall")
        answers.staffGroup = form["staff_group"]
        if let group = answers.staffGroup, !questions.staffGroups.contains(group) {
            throw HTTPError(.badRequest, message: "That staff group is not on the form.")
        }
        answers.comment = form["comment"]
        if let comment = answers.comment, comment.count > 4000 {
            throw HTTPError(.badRequest, message: "The comment is longer than 4,000 characters.")
        }
        guard
            !answers.points.isEmpty || answers.overall != nil || answers.staffGroup != nil
                || answers.comment != nil
        else {
            throw HTTPError(.badRequest, message: "The form was empty: please answer a question.")
        }
        return answers
    }
}

extension WebSite {
    /// The Round named in the path, with a fresh read of the programme; 404 when unknown.
    func roundForAttendee(_ context: WebContext) throws -> (Round, ProgrammeData) {
        let id = try context.parameters.require("id")
        let data = try operations.snapshot()
        return (try publicRound(id, in: data), data)
    }

    /// The Round of an attendee's POST with its programme and form, after the address's rate
    /// limit (429) and the window (409, with `closed` as the message).
    func openForm(_ request: Request, _ context: WebContext, closed: String) async throws
        -> (Round, ProgrammeData, FormBody)
    {
        let (round, data) = try roundForAttendee(context)
        guard await postLimiter.allow(clientAddress(request, context), now: now) else {
            throw HTTPError(.tooManyRequests, message: "Please wait a minute and try again.")
        }
        guard isEvaluationOpen(round, in: data) else {
            throw HTTPError(.conflict, message: closed)
        }
        return (round, data, try await FormBody.read(request))
    }

    /// The device cookie: a year long, HttpOnly, SameSite=Lax, Secure over https.
    func deviceCookie(_ token: String) -> Cookie {
        Cookie(
            name: AttendeeRoutes.deviceCookie, value: token, maxAge: 365 * 24 * 3600, path: "/",
            secure: configuration.isSecure, httpOnly: true, sameSite: .lax)
    }
}
