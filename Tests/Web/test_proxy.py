"""Rate limits behind a reverse proxy (issue 13): with `--trusted-proxy 127.0.0.1` the
evaluation-post and login limits count the client that nginx names in X-Forwarded-For, so one
busy client cannot use up everyone's allowance and others keep theirs. The connecting-address
rule itself (a header from an untrusted peer is ignored) is tested in ClientAddressTests."""

import pytest

from conftest import start_server, stop_server
from webkit import ADMIN_EMAIL, EVALUATION_ROUND, WebClient, evaluation_answers

POSTS_PER_MINUTE = 3
LOGIN_ATTEMPTS = 10  # WebConfiguration.loginAttempts


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    running = start_server(
        tmp_path_factory.mktemp("proxied"),
        ("--trusted-proxy", "127.0.0.1", "--trusted-proxy", "::1",
         "--posts-per-minute", str(POSTS_PER_MINUTE)))
    yield running
    assert stop_server(running) == 0


def forwarded(client: WebClient, address: str) -> WebClient:
    """The client as nginx would pass it on: X-Forwarded-For is the address nginx saw."""
    client.http.headers["X-Forwarded-For"] = address
    return client


def test_evaluation_posts_are_limited_per_forwarded_client(proxied):
    path = f"/rounds/{EVALUATION_ROUND}/evaluation"
    answers = evaluation_answers(proxied.client().get(path).text, "")
    busy = [forwarded(proxied.client(), "10.9.8.7").post(path, answers).status_code
            for _ in range(POSTS_PER_MINUTE + 1)]
    assert busy[-1] == 429 and 429 not in busy[:-1], f"one client's posts: {busy}"
    # Another client behind the same proxy still has its allowance.
    other = forwarded(proxied.client(), "10.9.8.6").post(path, answers).status_code
    assert other == 303, f"a second client behind the proxy got {other}"
    # A client cannot dodge its limit by sending its own header: nginx appends the address
    # it saw, and the right-most untrusted one counts.
    spoof = forwarded(proxied.client(), "1.2.3.4, 10.9.8.7").post(path, answers).status_code
    assert spoof == 429, f"a made-up X-Forwarded-For got {spoof}"


def test_login_attempts_are_limited_per_forwarded_client(proxied):
    codes = []
    for attempt in range(LOGIN_ATTEMPTS + 1):
        client = forwarded(proxied.client(), "10.9.8.5")
        token = client.page("/login").form("/login")["fields"].get("csrf", "")
        # A different account each time, so only the address limit can refuse.
        codes.append(client.post("/login", {"email": f"nobody{attempt}@example.org",
                                            "password": "wrong", "csrf": token}).status_code)
    assert codes[-1] == 429 and set(codes[:-1]) == {401}, f"one client's logins: {codes}"
    other = forwarded(proxied.client(), "10.9.8.4")
    token = other.page("/login").form("/login")["fields"].get("csrf", "")
    answer = other.post("/login", {"email": ADMIN_EMAIL, "password": "wrong", "csrf": token})
    assert answer.status_code == 401, f"a second client behind the proxy got {answer.status_code}"
