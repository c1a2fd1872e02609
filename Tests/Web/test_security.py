"""Security sweep from outside the process (issue 13, point 6): sessions, CSRF, roles,
confidential text on public pages, malformed requests. Uses its own demo store and server."""

import socket
import urllib.parse

import pytest

from webkit import (
    ADMIN_GETS,
    ADMIN_POSTS,
    ADMIN_UPLOADS,
    EVALUATION_ROUND,
    NEXT_ROUND,
    ROUND_ID,
    Page,
    WebClient,
    public_paths,
    store_dump,
)

def to_login(answer) -> bool:
    location = answer.headers.get("Location", "")
    return answer.status_code == 303 and urllib.parse.urlsplit(location).path == "/login"


def admin_forms(server) -> dict[str, dict]:
    """Every POST form on the administrator's pages (the contract's and any others found), as
    action -> {"fields": ..., "multipart": bool}."""
    admin = server.admin()
    forms = {action: {"fields": fields, "multipart": False}
             for action, fields in ADMIN_POSTS.items()}
    forms.update({action: {"fields": fields, "multipart": True}
                  for action, fields in ADMIN_UPLOADS.items()})
    for path in ADMIN_GETS:
        answer = admin.get(path)
        if "html" not in answer.headers.get("Content-Type", ""):
            continue
        for form in Page(answer.text).forms:
            action = urllib.parse.urlsplit(form.get("action", "")).path or path
            if form.get("method", "get").lower() == "post" and action.startswith("/admin"):
                fields = {k: v for k, v in form["fields"].items() if k not in ("csrf", "file")}
                multipart = form.get("enctype", "") == "multipart/form-data"
                forms.setdefault(action, {"fields": fields, "multipart": multipart})
    return forms


def post_form(client: WebClient, action: str, form: dict, csrf: str | None):
    """POSTs the form as the browser would: multipart with a small file, or url-encoded."""
    fields = dict(form["fields"])
    if csrf is not None:
        fields["csrf"] = csrf
    if form["multipart"]:
        return client.post(action, fields,
                           files={"file": ("upload.csv", b"email,name\n", "text/csv")})
    return client.post(action, fields)


def round_status(server, round_id: str) -> str:
    return server.cli("show", round_id).stdout


@pytest.mark.parametrize("path", ADMIN_GETS)
def test_admin_pages_need_a_session(server, path):
    answer = server.client().get(path)
    assert to_login(answer) or answer.status_code == 401, (
        f"GET {path} without a session -> {answer.status_code} {answer.headers.get('Location')}"
    )
    for secret in server.secrets.all():
        assert secret not in answer.text


def test_admin_actions_need_a_session_and_a_csrf_token(server):
    before = round_status(server, NEXT_ROUND)
    forms = admin_forms(server)
    # After the sweep's GETs: downloading invitations records them as issued.
    stored = store_dump(server.store)
    assert len(forms) >= len(ADMIN_POSTS) + len(ADMIN_UPLOADS)
    unlisted = sorted(set(forms) - set(ADMIN_POSTS) - set(ADMIN_UPLOADS) - {"/logout"})
    assert all("/panel/" in action or action.startswith("/admin/leave/")
               for action in unlisted), f"forms missing from webkit.ADMIN_POSTS: {unlisted}"
    anonymous = server.client()
    admin = server.admin()
    other_admin = server.admin(fresh=True)
    stolen = other_admin.csrf_for("/admin")
    assert any(form["multipart"] for form in forms.values()), "no upload form found"
    for action, form in forms.items():
        answer = post_form(anonymous, action, form, "x")
        assert to_login(answer) or answer.status_code == 401, (
            f"POST {action} without a session -> {answer.status_code}"
        )
        assert post_form(admin, action, form, None).status_code == 403, (
            f"POST {action} without csrf"
        )
        assert post_form(admin, action, form, "not-the-token").status_code == 403, (
            f"POST {action} with a made-up csrf"
        )
        assert post_form(admin, action, form, stolen).status_code == 403, (
            f"POST {action} with another session's csrf"
        )
    assert round_status(server, NEXT_ROUND) == before, "a refused POST changed the Round"
    assert store_dump(server.store) == stored, "a refused POST changed the store"


def test_facilitator_cannot_reach_administrator_pages_or_actions(server):
    facilitator = server.facilitator()
    assert facilitator.get("/facilitator").status_code == 200
    for path in ADMIN_GETS:
        assert facilitator.get(path).status_code == 403, f"facilitator GET {path}"
    token = facilitator.csrf_for("/facilitator")
    before = round_status(server, NEXT_ROUND)
    stored = store_dump(server.store)
    for action, fields in ADMIN_POSTS.items():
        answer = facilitator.post(action, {**fields, "csrf": token})
        assert answer.status_code == 403, f"facilitator POST {action} -> {answer.status_code}"
    for action, fields in ADMIN_UPLOADS.items():
        answer = post_form(facilitator, action, {"fields": fields, "multipart": True}, token)
        assert answer.status_code == 403, f"facilitator upload {action} -> {answer.status_code}"
    assert round_status(server, NEXT_ROUND) == before
    assert store_dump(server.store) == stored, "a facilitator's POST changed the store"


def test_the_secrets_are_in_the_store(server):
    """The confidential strings the next test looks for really are stored (else it proves
    nothing): the programme file holds story and notes, the report the comment."""
    exported = server.folder / "check.yaml"
    server.cli("export", "yaml", "--out", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert server.secrets.story in text and server.secrets.panel_notes in text
    assert server.secrets.leave_note in text
    report = server.folder / "report"
    server.cli("report", "--from", "2026-10", "--to", "2026-10", "--out", str(report),
               "--format", "json")
    assert server.secrets.comment in (report / "report.json").read_text(encoding="utf-8")


def test_no_confidential_text_on_any_public_page(server):
    every_round = ROUND_ID.findall(server.cli("list").stdout)
    pages = public_paths(server.client(), [f"/rounds/{round_id}" for round_id in every_round])
    assert "/" in pages and "/feed.ics" in pages
    assert any(path.startswith("/rounds/R-") for path in pages), "no Round pages reached from /"
    assert f"/rounds/{EVALUATION_ROUND}/evaluation" in pages
    forbidden = server.secrets.all() + server.panellists
    for path, body in pages.items():
        for secret in forbidden:
            assert secret not in body, f"{path} shows confidential text {secret!r}"


@pytest.mark.parametrize(
    "path",
    ["/rounds/R-9999", "/rounds/R-9999.ics", "/rounds/R-9999/poster",
     "/rounds/R-9999/evaluation", "/rounds/nonsense", "/rounds/R-0002x/poster",
     "/no/such/page", "/static/no-such.css"],
)
def test_unknown_public_paths_are_404(server, path):
    assert server.client().get(path).status_code == 404


def test_unknown_ids_behind_login_are_4xx(server):
    admin = server.admin()
    token = admin.csrf_for("/admin")
    for path in ["/admin/rounds/R-9999", "/admin/downloads/packs/R-9999.html",
                 "/admin/downloads/invitations/R-9999.ics", "/admin/nothing-here",
                 "/admin/themes/no-such-theme", "/admin/venues/no-such-venue",
                 "/admin/themes/..%2f..%2fetc", "/admin/venues/%00"]:
        code = admin.get(path).status_code
        assert 400 <= code < 500, f"GET {path} -> {code}"
    for action in ["move", "cancel", "confirm", "assign"]:
        code = admin.post(f"/admin/rounds/R-9999/{action}",
                          {"csrf": token, "date": "2027-02-16"}).status_code
        assert 400 <= code < 500, f"POST R-9999/{action} -> {code}"
    stored = store_dump(server.store)
    for action, fields in [
        ("/admin/rounds/R-9999/panel/add", {"email": "kemi.bello@northbrook-hospitals.example"}),
        (f"/admin/rounds/{NEXT_ROUND}/panel/add", {"email": "nobody@example.org"}),
        (f"/admin/rounds/{NEXT_ROUND}/panel/add", {"email": "kemi.bello@northbrook-hospitals"
                                                   ".example", "position": "0"}),
        (f"/admin/rounds/{NEXT_ROUND}/panel/remove", {"email": "kemi.bello@northbrook-"
                                                      "hospitals.example"}),
        (f"/admin/rounds/{NEXT_ROUND}/panel/shuffle", {"email": "kemi.bello@northbrook-"
                                                       "hospitals.example"}),
        ("/admin/leave/add", {"person": "ana.price@northbrook-hospitals.example",
                              "from": "2027-09-09", "to": "2027-09-01"}),
        ("/admin/leave/remove", {"person": "ana.price@northbrook-hospitals.example",
                                 "from": "2030-01-01"}),
        ("/admin/leave/add", {"person": "ana.price@northbrook-hospitals.example",
                              "from": "9/9/2027"}),
        ("/admin/themes/add", {"title": "Bad key", "slug": "Not A Slug"}),
        ("/admin/themes/no-such-theme/edit", {"title": "x"}),
        ("/admin/venues/add", {"slug": "new-room", "name": "New", "videoLink": "ftp://x"}),
        ("/admin/venues/add", {"slug": "new-room", "name": "New"}),
        ("/admin/venues/lecture-theatre/remove", {}),
    ]:
        code = admin.post(action, {"csrf": token, **fields}).status_code
        assert 400 <= code < 500, f"POST {action} {fields} -> {code}"
    assert store_dump(server.store) == stored, "a refused edit changed the store"
    for date in ["16/02/2027", "2027-02-30", "", "x" * 5000]:
        code = admin.post(f"/admin/rounds/{NEXT_ROUND}/move",
                          {"csrf": token, "date": date}).status_code
        assert 400 <= code < 500, f"move to {date[:20]!r} -> {code}"


def raw_get(server, target: str, extra_headers: str = "") -> tuple[int, str]:
    """Sends a request line exactly as given (no client-side normalisation of `..`)."""
    parts = urllib.parse.urlsplit(server.base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        conn.sendall(
            f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n{extra_headers}"
            "Connection: close\r\n\r\n".encode("latin-1")
        )
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    text = data.decode("latin-1")
    if not text.startswith("HTTP/"):
        return 0, text
    return int(text.split(" ", 2)[1]), text


@pytest.mark.parametrize(
    "target",
    [
        "/admin/downloads/../../etc/passwd",
        "/admin/downloads/%2e%2e/%2e%2e/etc/passwd",
        "/admin/downloads/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/admin/downloads/packs/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/admin/downloads/packs/%2e%2e%2f%2e%2e%2fPackage.swift",
        "/admin/downloads/invitations/..%2f..%2fPackage.swift",
        "/static/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fPackage.swift",
        "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/rounds/..%2f..%2fetc%2fpasswd",
    ],
)
def test_path_traversal_is_refused(server, target):
    admin = server.admin()
    cookie = "; ".join(f"{c.name}={c.value}" for c in admin.http.cookies)
    status, text = raw_get(server, target, f"Cookie: {cookie}\r\n")
    assert 400 <= status < 500, f"GET {target} -> {status}"
    assert "root:x:0" not in text and "swift-tools-version" not in text
    assert server.alive()


def test_upload_names_cannot_escape(server):
    """An uploaded file's own name ("../../...") decides nothing: the import answers 4xx or
    imports, and no file appears outside the server's folders."""
    admin = server.admin()
    token = admin.csrf_for("/admin/imports")
    target = server.folder.parent / f"escaped-{server.secrets.token}.csv"
    name = "../" * 12 + str(target).lstrip("/")
    for kind in ("people", "programme", "evaluations"):
        answer = admin.post(f"/admin/imports/{kind}", {"csrf": token},
                            files={"file": (name, b"email,name\n", "text/csv")})
        assert answer.status_code < 500, f"import {kind} named {name[:40]}... -> {answer.status_code}"
    assert not target.exists(), f"an upload was written to {target}"
    assert server.alive()


def test_header_injection_in_a_query_value(server):
    client = server.client()
    for path in ["/?q=%0d%0aSet-Cookie:%20injected=1", "/subscribe?x=%0d%0aX-Injected:%201",
                 f"/rounds/{EVALUATION_ROUND}?next=%0D%0ALocation:%20http://evil.example/",
                 "/login?next=%0d%0aX-Injected:%201"]:
        answer = client.get(path)
        assert answer.status_code < 500, f"GET {path} -> {answer.status_code}"
        assert "X-Injected" not in answer.headers and "injected" not in client.http.cookies
        assert "evil.example" not in answer.headers.get("Location", "")
    status, text = raw_get(server, "/?a=b%0d%0aX-Injected:%201")
    head = text.split("\r\n\r\n", 1)[0]
    assert 200 <= status < 500 and "\r\nX-Injected" not in head
    # A raw CR/LF inside the request line is not HTTP: 400, or the connection is closed.
    status, _ = raw_get(server, "/?a=b\r\nX-Injected: 1")
    assert status == 0 or 400 <= status < 500
    assert server.alive()


def raw_post(server, path: str, headers: dict[str, str], body_size: int) -> int:
    """POSTs `body_size` bytes of form data over a raw socket, carrying on when the server stops
    reading (it may answer 413 before the body is in), then reads the status it sent."""
    parts = urllib.parse.urlsplit(server.base_url)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as conn:
        conn.sendall(
            f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n{head}"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {body_size}\r\nConnection: close\r\n\r\n".encode()
        )
        chunk = b"comment=" + b"x" * (64 * 1024 - 8)
        sent = 0
        # Once the server has answered it may stop reading without closing: stop sending then.
        conn.settimeout(5)
        try:
            while sent < body_size:
                piece = chunk[: body_size - sent]
                conn.sendall(piece)
                sent += len(piece)
                chunk = b"x" * len(chunk)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass
        conn.settimeout(30)
        data = b""
        try:
            while chunk := conn.recv(65536):
                data += chunk
                if b"\r\n" in data:
                    break
        except ConnectionResetError:
            pass
    text = data.decode("latin-1")
    assert text.startswith("HTTP/"), (
        f"POST {path} with {body_size} bytes: the connection closed without a status")
    return int(text.split(" ", 2)[1])


def test_huge_bodies_are_refused(server):
    client = server.client()
    token = client.page("/login").form("/login")["fields"].get("csrf", "")
    cookie = "; ".join(f"{c.name}={c.value}" for c in client.http.cookies)
    admin = server.admin()
    admin_cookie = "; ".join(f"{c.name}={c.value}" for c in admin.http.cookies)
    huge = 16 * 1024 * 1024
    for path, headers in [("/login", {"Cookie": cookie}),
                          (f"/rounds/{EVALUATION_ROUND}/sign-in", {}),
                          (f"/rounds/{EVALUATION_ROUND}/evaluation", {}),
                          (f"/admin/rounds/{NEXT_ROUND}/move", {"Cookie": admin_cookie})]:
        code = raw_post(server, path, headers, huge)
        assert 400 <= code < 500, f"POST {path} with a 16 MB body -> {code}"
    # Just over the limit the ordinary way too, with a valid token.
    answer = client.post("/login", {"email": "a" * (1024 * 1024), "password": "p", "csrf": token})
    assert 400 <= answer.status_code < 500
    assert server.client().get("/healthz").status_code == 200


def test_an_oversized_body_gets_413_and_the_connection_closes(server):
    """A client that keeps a connection open (no `Connection: close`) and announces 16 MB gets
    413 with `Connection: close`, and the server closes the connection rather than reading on."""
    parts = urllib.parse.urlsplit(server.base_url)
    path = f"/rounds/{EVALUATION_ROUND}/evaluation"
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        conn.sendall(
            f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {16 * 1024 * 1024}\r\n\r\n".encode()
            + b"comment=" + b"x" * (256 * 1024))
        data = b""
        closed = False
        try:
            while chunk := conn.recv(65536):
                data += chunk
            closed = True
        except ConnectionResetError:
            closed = True
        except TimeoutError:
            pass
    head = data.decode("latin-1").split("\r\n\r\n", 1)[0].lower()
    assert head.startswith("http/1.1 413"), f"answered {head[:40]!r}"
    assert "\r\nconnection: close" in head, f"no Connection: close in {head!r}"
    assert closed, "the server kept the connection open for 10 s after its 413"
    assert server.client().get("/healthz").status_code == 200


def test_non_utf8_bodies_are_refused(server):
    client = server.client()
    token = client.page("/login").form("/login")["fields"].get("csrf", "")
    body = b"email=\xff\xfe%FF&password=\xc3\x28&csrf=" + token.encode()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    code = client.post("/login", body, headers=form).status_code
    assert 400 <= code < 500, f"login with a non-UTF-8 body -> {code}"
    admin = server.admin()
    token = admin.csrf_for("/admin")
    code = admin.post(f"/admin/rounds/{NEXT_ROUND}/move",
                      b"date=\xff\xfe2027&csrf=" + token.encode(), headers=form).status_code
    assert 400 <= code < 500, f"move with a non-UTF-8 date -> {code}"
    code = client.post(f"/rounds/{NEXT_ROUND}/evaluation", b"\xff\xfe\x00\x01",
                       headers=form).status_code
    assert 400 <= code < 500, f"evaluation with a binary body -> {code}"
    assert server.alive()


def test_responses_carry_types_and_cache_rules(server):
    client = server.client()
    for path in ["/", "/subscribe", f"/rounds/{NEXT_ROUND}", "/feed.ics", "/healthz",
                 "/login"]:
        answer = client.get(path)
        assert answer.headers.get("Content-Type"), f"{path} has no Content-Type"
    admin = server.admin()
    for path in ["/admin", "/admin/people"]:
        rule = admin.get(path).headers.get("Cache-Control", "")
        assert "no-store" in rule or "private" in rule, f"{path} Cache-Control: {rule!r}"
    cookie = next((c for c in admin.http.cookies if c.name == "rounds_session"), None)
    assert cookie is not None, "no rounds_session cookie after login"
    assert cookie.has_nonstandard_attr("HttpOnly") or cookie.has_nonstandard_attr("httponly")


def test_logout_ends_the_session(server):
    admin = server.admin(fresh=True)
    token = admin.csrf_for("/admin")
    assert admin.post("/logout", {"csrf": token}).status_code in (302, 303)
    assert to_login(admin.get("/admin")) or admin.get("/admin").status_code == 401


def test_too_many_login_attempts_are_limited(server):
    """Last in this module: it leaves 127.0.0.1 rate-limited on /login."""
    client = WebClient(server.base_url)
    token = client.page("/login").form("/login")["fields"].get("csrf", "")
    codes = []
    for attempt in range(60):
        answer = client.post("/login", {"email": "ian.kowalski@northbrook-hospitals.example",
                                        "password": f"wrong {attempt}", "csrf": token})
        codes.append(answer.status_code)
        if answer.status_code == 429:
            break
    assert 429 in codes, f"60 wrong passwords never met 429: {sorted(set(codes))}"
    assert set(codes) <= {401, 429}, f"unexpected statuses {sorted(set(codes))}"
    assert server.alive()
