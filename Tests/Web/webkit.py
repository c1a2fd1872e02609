"""Shared helpers for the web tests: accounts, an HTTP client that logs in and carries the CSRF
token, and a small HTML reader (standard library only) for links, forms and ids."""

import datetime
import html.parser
import pathlib
import re
import sqlite3
import urllib.parse
import zoneinfo

import requests

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Accounts made with `rounds users add`; the facilitator is one of the demo's facilitators.
ADMIN_EMAIL = "ian.kowalski@northbrook-hospitals.example"
ADMIN_PASSWORD = "correct horse battery staple 1"
FACILITATOR_EMAIL = "ana.price@northbrook-hospitals.example"
FACILITATOR_PASSWORD = "facilitator horse battery 2"
FACILITATOR_NAME = "Ana Price"
# The demo's next Round, moved to yesterday so that its evaluation is open.
EVALUATION_ROUND = "R-0002"
# The demo's next Round once R-0002 is moved to yesterday: planned, on Tue 9 Feb 2027.
NEXT_ROUND = "R-0003"
ROUND_ID = re.compile(r"R-\d{4}")
# A demo theme and venue whose pages the sweeps open.
THEME_SLUG = "when-things-go-wrong"
VENUE_SLUG = "teams"
# A demo person who is on no panel: the sweeps' panel forms name them.
PANEL_EMAIL = "kemi.bello@northbrook-hospitals.example"
# A window after the demo's last planned Round (R-0013, January 2028): previewing or applying
# a plan there creates Rounds.
PLAN_FROM = "2028-02"

# The administrator's routes, in one place for the accessibility and security sweeps.
# HTML pages (axe and structure checks, forms discovered from them):
ADMIN_PAGES = [
    "/admin",
    f"/admin/rounds/{NEXT_ROUND}",
    "/admin/people",
    "/admin/leave",
    "/admin/themes",
    f"/admin/themes/{THEME_SLUG}",
    "/admin/venues",
    f"/admin/venues/{VENUE_SLUG}",
    "/admin/plan",
    f"/admin/plan?from={PLAN_FROM}&months=2",
    f"/admin/people/{PANEL_EMAIL}",
    "/admin/report",
    "/admin/check",
    "/admin/imports",
]
# Files to download:
ADMIN_DOWNLOADS = [
    "/admin/downloads/feed.ics",
    "/admin/downloads/programme.yaml",
    f"/admin/downloads/packs/{NEXT_ROUND}.html",
    f"/admin/downloads/packs/{NEXT_ROUND}.pdf",
    f"/admin/downloads/invitations/{NEXT_ROUND}.ics",
    f"/admin/downloads/invitations/{NEXT_ROUND}.eml",
]
ADMIN_GETS = ADMIN_PAGES + ADMIN_DOWNLOADS
# Every form-encoded action, with fields that would change the store if it were let through.
ADMIN_POSTS = {
    f"/admin/rounds/{NEXT_ROUND}/move": {"date": "2027-02-16"},
    f"/admin/rounds/{NEXT_ROUND}/cancel": {},
    f"/admin/rounds/{NEXT_ROUND}/confirm": {},
    f"/admin/rounds/{NEXT_ROUND}/assign": {
        "facilitator1": "ben.okafor@northbrook-hospitals.example",
        "facilitator2": "cai.morgan@northbrook-hospitals.example",
    },
    f"/admin/rounds/{NEXT_ROUND}/panel/add": {"email": PANEL_EMAIL, "story": "Refused"},
    f"/admin/rounds/{NEXT_ROUND}/panel/story": {"email": PANEL_EMAIL, "story": "Refused"},
    f"/admin/rounds/{NEXT_ROUND}/panel/earlier": {"email": PANEL_EMAIL},
    f"/admin/rounds/{NEXT_ROUND}/panel/show-name": {"email": PANEL_EMAIL},
    f"/admin/rounds/{NEXT_ROUND}/panel/hide-name": {"email": PANEL_EMAIL},
    f"/admin/rounds/{NEXT_ROUND}/panel/remove": {"email": PANEL_EMAIL},
    "/admin/leave/add": {"person": FACILITATOR_EMAIL, "from": "2027-09-01", "note": "Refused"},
    "/admin/leave/remove": {"person": FACILITATOR_EMAIL, "from": "2027-08-02",
                            "to": "2027-08-06"},
    "/admin/themes/add": {"title": "A refused theme"},
    f"/admin/themes/{THEME_SLUG}/edit": {"title": "Refused"},
    f"/admin/themes/{THEME_SLUG}/remove": {},
    "/admin/venues/add": {"slug": "refused-room", "name": "Refused", "room": "Nowhere"},
    f"/admin/venues/{VENUE_SLUG}/edit": {"name": "Refused"},
    f"/admin/venues/{VENUE_SLUG}/remove": {},
    "/admin/plan/apply": {"from": PLAN_FROM, "months": "2"},
    "/admin/people/add": {"email": "refused@northbrook-hospitals.example", "name": "Refused",
                          "staffGroup": "Nursing", "clinical": "yes"},
    f"/admin/people/{PANEL_EMAIL}/edit": {"name": "Refused", "staffGroup": "Nursing",
                                          "clinical": "no"},
    f"/admin/people/{PANEL_EMAIL}/remove": {},
}
# Every upload (multipart) action, with its text fields.
ADMIN_UPLOADS = {
    "/admin/imports/programme": {},
    "/admin/imports/people": {},
    "/admin/imports/holidays": {"region": "trust-closures"},
    "/admin/imports/availability": {"person": FACILITATOR_EMAIL},
    "/admin/imports/evaluations": {"round": ""},
    "/admin/imports/sign-ins": {"round": EVALUATION_ROUND},
}


def london_yesterday() -> str:
    zone = zoneinfo.ZoneInfo("Europe/London")
    return (datetime.datetime.now(zone).date() - datetime.timedelta(days=1)).isoformat()


class Page(html.parser.HTMLParser):
    """Links, forms (with their fields) and element ids of one HTML page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []
        self.forms: list[dict] = []
        self.ids: dict[str, dict[str, str]] = {}
        self.tags: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        if "id" in values:
            self.ids[values["id"]] = {"tag": tag, **values}
        if tag == "a" and "href" in values:
            self.links.append(values)
        elif tag == "form":
            self.forms.append({**values, "fields": {}})
        elif tag in ("input", "textarea", "select", "button") and self.forms:
            name = values.get("name")
            if name and values.get("type") not in ("submit", "radio", "checkbox"):
                self.forms[-1]["fields"].setdefault(name, values.get("value", ""))

    def form(self, action_suffix: str) -> dict:
        for form in self.forms:
            if form.get("action", "").endswith(action_suffix):
                return form
        raise AssertionError(f"no form posting to …{action_suffix}; forms: "
                             f"{[f.get('action') for f in self.forms]}")

    def csrf(self) -> str:
        for form in self.forms:
            if "csrf" in form["fields"]:
                return form["fields"]["csrf"]
        raise AssertionError("no form on the page carries a csrf field")


class WebClient:
    """A cookie-keeping HTTP client that never follows redirects on its own."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.http = requests.Session()

    def url(self, path: str) -> str:
        return urllib.parse.urljoin(self.base_url, path)

    def get(self, path: str, **options) -> requests.Response:
        options.setdefault("allow_redirects", False)
        options.setdefault("timeout", 30)
        return self.http.get(self.url(path), **options)

    def post(self, path: str, data=None, **options) -> requests.Response:
        options.setdefault("allow_redirects", False)
        options.setdefault("timeout", 30)
        return self.http.post(self.url(path), data=data, **options)

    def page(self, path: str) -> Page:
        answer = self.get(path)
        assert answer.status_code == 200, f"GET {path} -> {answer.status_code}"
        return Page(answer.text)

    def csrf_for(self, path: str) -> str:
        """The CSRF token of the first form on the page at `path`."""
        return self.page(path).csrf()

    def login(self, email: str, password: str) -> "WebClient":
        token = self.page("/login").form("/login")["fields"].get("csrf", "")
        answer = self.post("/login", {"email": email, "password": password, "csrf": token})
        assert answer.status_code == 303, f"login as {email} -> {answer.status_code}"
        return self

    def submit_evaluation(self, round_id: str, comment: str = "") -> requests.Response:
        """Fills the evaluation form with the top answer to every question (radio groups take
        their last value) and `comment` in every text box, then posts it."""
        path = f"/rounds/{round_id}/evaluation"
        answer = self.get(path)
        assert answer.status_code == 200, f"GET {path} -> {answer.status_code}"
        return self.post(path, evaluation_answers(answer.text, comment))


class _EvaluationForm(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data: dict[str, str] = {}
        self.textareas: list[str] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if tag == "form" and values.get("id") == "evaluation":
            self.inside = True
        if not self.inside or not values.get("name"):
            return
        if tag == "input" and values.get("type") == "radio":
            self.data[values["name"]] = values.get("value", "")
        elif tag == "input" and values.get("type") in ("hidden", "text", None, ""):
            self.data.setdefault(values["name"], values.get("value", ""))
        elif tag == "textarea":
            self.textareas.append(values["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def evaluation_answers(text: str, comment: str) -> dict[str, str]:
    form = _EvaluationForm()
    form.feed(text)
    assert form.data or form.textareas, "the evaluation page has no form id=evaluation fields"
    answers = dict(form.data)
    for name in form.textareas:
        answers[name] = comment
    return answers


def public_paths(client: WebClient, seeds: list[str], limit: int = 600) -> dict[str, str]:
    """Crawls every public page reachable from /, /subscribe and `seeds` (same host, not
    /admin, /facilitator or /login), with each Round's .ics, poster, evaluation, sign-in and
    thank-you pages and the feed; returns path -> body."""
    seen: dict[str, str] = {}
    queue = ["/", "/subscribe", "/feed.ics", *seeds]
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        answer = client.get(path)
        seen[path] = answer.text
        if answer.status_code in (301, 302, 303, 307, 308):
            target = urllib.parse.urlsplit(answer.headers.get("Location", ""))
            if not target.netloc or target.netloc == urllib.parse.urlsplit(client.base_url).netloc:
                queue.append(target.path)
            continue
        for round_id in ROUND_ID.findall(path):
            for extra in (f"/rounds/{round_id}", f"/rounds/{round_id}.ics",
                          f"/rounds/{round_id}/poster", f"/rounds/{round_id}/evaluation",
                          f"/rounds/{round_id}/sign-in",
                          f"/rounds/{round_id}/evaluation/thanks"):
                queue.append(extra)
        if "html" not in answer.headers.get("Content-Type", ""):
            continue
        for link in Page(answer.text).links:
            target = urllib.parse.urlsplit(link["href"])
            if target.scheme not in ("", "http", "https") or (
                target.netloc and target.netloc != urllib.parse.urlsplit(client.base_url).netloc
            ):
                continue
            if not target.path or target.path.startswith(("/admin", "/facilitator", "/login",
                                                           "/logout")):
                continue
            queue.append(target.path)
    return seen


def store_dump(store: pathlib.Path) -> list[str]:
    """Every row of the store as SQL text, web sessions and accounts left out (logging in
    changes those): equal dumps mean nothing stored changed."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return [line for line in db.iterdump()
                if "web_session" not in line and "web_user" not in line]
