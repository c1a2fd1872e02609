"""Fixtures for the web tests: a demo store with confidential strings poked in, the real
`rounds serve` on a free port, logged-in HTTP clients, and headless Chromium.

Every test module gets its own store and server (module scope), so one module's edits (a move,
an evaluation) never change what another module sees. Nothing is skipped: a missing binary,
chromium or chromedriver fails the run (docs/testing.md, "Web tests").
"""

import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field

import pytest

from webkit import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    EVALUATION_ROUND,
    FACILITATOR_EMAIL,
    FACILITATOR_NAME,
    FACILITATOR_PASSWORD,
    ROOT,
    WebClient,
    london_yesterday,
)

ARTEFACTS = ROOT / ".build" / "web-artefacts"


def rounds_binary() -> pathlib.Path:
    """The `rounds` binary under test: $ROUNDS_BIN, else the debug build. Missing fails."""
    path = pathlib.Path(os.environ.get("ROUNDS_BIN", ROOT / ".build" / "debug" / "rounds"))
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(f"The rounds binary {path} is missing: run `swift build` first.", False)
    return path


def free_port() -> int:
    """A TCP port nobody listens on right now (the server binds it a moment later)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Secrets:
    """Unique strings stored where only staff may see them; none may reach a public page."""

    token: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def story(self) -> str:
        return f"SECRETSTORY{self.token}"

    @property
    def panel_notes(self) -> str:
        return f"SECRETNOTES{self.token}"

    @property
    def leave_note(self) -> str:
        return f"SECRETLEAVE{self.token}"

    @property
    def comment(self) -> str:
        return f"SECRETCOMMENT{self.token}"

    def all(self) -> list[str]:
        return [self.story, self.panel_notes, self.leave_note, self.comment]


@dataclass
class Server:
    """A running `rounds serve` and the store it serves."""

    binary: pathlib.Path
    store: pathlib.Path
    folder: pathlib.Path
    base_url: str
    process: subprocess.Popen
    secrets: Secrets
    panellists: list[str]
    sessions: dict[str, WebClient] = field(default_factory=dict)

    def cli(self, *args: str, stdin: str | None = None, check: bool = True):
        """Runs `rounds ARGS --store STORE` beside the server and returns the finished process."""
        return run_cli(self.binary, self.store, *args, stdin=stdin, check=check)

    def client(self) -> WebClient:
        return WebClient(self.base_url)

    def admin(self, fresh: bool = False) -> WebClient:
        """A logged-in administrator; one session per module unless `fresh` (logins are
        rate-limited per address, so the tests do not log in for every check)."""
        if fresh:
            return self.client().login(ADMIN_EMAIL, ADMIN_PASSWORD)
        if "admin" not in self.sessions:
            self.sessions["admin"] = self.client().login(ADMIN_EMAIL, ADMIN_PASSWORD)
        return self.sessions["admin"]

    def facilitator(self) -> WebClient:
        if "facilitator" not in self.sessions:
            self.sessions["facilitator"] = self.client().login(
                FACILITATOR_EMAIL, FACILITATOR_PASSWORD)
        return self.sessions["facilitator"]

    def facilitator_rounds(self) -> list[str]:
        """The Rounds the facilitator account runs, from `rounds list` (the demo's rota, which
        depends on the day it is planned)."""
        name = FACILITATOR_NAME
        return [line.split()[0] for line in self.cli("list").stdout.splitlines()
                if name in line and "cancelled" not in line]

    def report_entry(self, round_id: str) -> dict:
        """The Round's entry in `rounds report --format json` for the month it is in (the
        report covers held Rounds: mark it held first)."""
        month = london_yesterday()[:7] if round_id == EVALUATION_ROUND else None
        assert month, "report_entry reads the evaluation Round's month only"
        out = self.folder / f"report-{uuid.uuid4().hex[:8]}"
        self.cli("report", "--from", month, "--to", month, "--out", str(out), "--format", "json")
        rounds = json.loads((out / "report.json").read_text(encoding="utf-8"))["rounds"]
        found = [entry for entry in rounds if entry["id"] == round_id]
        assert found, f"{round_id} is not in the report: {[entry['id'] for entry in rounds]}"
        return found[0]

    def alive(self) -> bool:
        return self.process.poll() is None


def run_cli(binary, store, *args, stdin=None, check=True):
    done = subprocess.run(
        [str(binary), *args, "--store", str(store)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and done.returncode != 0:
        pytest.fail(f"rounds {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done


def poke_secrets(binary: pathlib.Path, store: pathlib.Path, folder: pathlib.Path) -> Secrets:
    """Story title and panel notes through the programme file, a leave note through the CLI, an
    evaluation comment through a keying sheet for the held demo Round."""
    secrets = Secrets()
    programme = folder / "programme.yaml"
    run_cli(binary, store, "export", "yaml", "--out", str(programme))
    text = programme.read_text(encoding="utf-8")
    # The first panellist of the evaluation Round (R-0002 in the demo) gets the secret story.
    marker = f"- id: {EVALUATION_ROUND}\n"
    start = text.index(marker)
    story_at = text.index("    story: ", start)
    line_end = text.index("\n", story_at)
    text = (
        text[:story_at]
        + f"    story: {secrets.story}\n    notes: {secrets.panel_notes}"
        + text[line_end:]
    )
    programme.write_text(text, encoding="utf-8")
    run_cli(binary, store, "import", str(programme))
    run_cli(
        binary, store, "leave", "add", FACILITATOR_EMAIL,
        "--from", "2027-08-02", "--to", "2027-08-06", "--note", secrets.leave_note,
    )
    sheet = folder / "forms.csv"
    run_cli(binary, store, "evaluations", "template", "--round", "R-0001", "--out", str(sheet),
            "--rows", "1")
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[1].split(",")
    cells[2:-3] = ["5"] * (len(cells) - 5)
    cells[-3:] = ["4", "Nursing and Midwifery", secrets.comment]
    sheet.write_text(lines[0] + "\n" + ",".join(cells) + "\n", encoding="utf-8")
    run_cli(binary, store, "evaluations", "import", str(sheet))
    return secrets


def panellist_names(binary, store) -> list[str]:
    """Names of the evaluation Round's panellists ("1. Owen Hughes <owen.hughes@...>" in
    `rounds panel R list`), which public pages must not show."""
    listing = run_cli(binary, store, "panel", EVALUATION_ROUND, "list").stdout
    names = re.findall(r"^\s*\d+\.\s+(.+?)\s+<", listing, re.MULTILINE)
    assert names, f"no panellists in: {listing}"
    return names


def wait_for_health(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"rounds serve exited {process.returncode} before it answered /healthz")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"rounds serve did not answer {url}/healthz within {seconds:.0f} s")


def start_server(tmp: pathlib.Path, extra_args: tuple[str, ...] = ()) -> Server:
    binary = rounds_binary()
    demo = tmp / "demo"
    done = subprocess.run(
        [str(binary), "demo", "--out", str(demo)], capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        pytest.fail(f"rounds demo exited {done.returncode}: {done.stderr.strip()}")
    store = demo / "rounds.sqlite"
    # The evaluation opens when the Round starts: the demo's next Round is moved to yesterday.
    run_cli(binary, store, "move", EVALUATION_ROUND, "--to", f"{london_yesterday()}T12:00",
            "--force")
    secrets = poke_secrets(binary, store, tmp)
    panellists = panellist_names(binary, store)
    run_cli(binary, store, "users", "add", ADMIN_EMAIL, "--role", "administrator",
            stdin=ADMIN_PASSWORD + "\n")
    run_cli(binary, store, "users", "add", FACILITATOR_EMAIL, "--role", "facilitator",
            stdin=FACILITATOR_PASSWORD + "\n")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = open(tmp / "serve.log", "w")
    process = subprocess.Popen(
        [str(binary), "serve", "--store", str(store), "--host", "127.0.0.1",
         "--port", str(port), "--base-url", base_url, *extra_args],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp,
    )
    wait_for_health(base_url, process)
    return Server(binary, store, tmp, base_url, process, secrets, panellists)


def stop_server(server: Server) -> int:
    """SIGTERM, as systemd stops it; the server must exit 0 within 20 seconds."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
    try:
        return server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
        return -9


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = start_server(tmp_path_factory.mktemp("serve"))
    yield running
    code = stop_server(running)
    log = (running.folder / "serve.log").read_text(errors="replace")
    assert code == 0, f"rounds serve exited {code} on SIGTERM; its log ends:\n{log[-2000:]}"
    for secret in running.secrets.all() + [ADMIN_PASSWORD, FACILITATOR_PASSWORD]:
        assert secret not in log, "the server's log carries confidential text"


@pytest.fixture(scope="session")
def artefacts() -> pathlib.Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS


def chromium_paths() -> tuple[str, str]:
    browser = os.environ.get("CHROMIUM", shutil.which("chromium") or "")
    driver = os.environ.get("CHROMEDRIVER", shutil.which("chromedriver") or "")
    if not browser or not driver:
        pytest.fail("chromium and chromium-driver are needed: run `make web-deps`.", False)
    return browser, driver


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Debian's chromedriver, 1280x900 unless a test resizes it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    chrome = webdriver.Chrome(options=options, service=Service(driver))
    chrome.set_page_load_timeout(30)
    yield chrome
    chrome.quit()
