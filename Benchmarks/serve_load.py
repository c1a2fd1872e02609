#!/usr/bin/env python3
"""Load test of `rounds serve` with nginx as the yardstick in the same run (docs/benchmarks.md,
"Web server"; issue 13, point 7).

One demo store, the server on a free port, and nginx on another port serving the server's own
what's-on page as a static file. wrk at 100 connections against: nginx's copy, the what's-on
page, /feed.ics, and the evaluation POST (Benchmarks/serve_post.lua). Meanwhile the command line
edits the same store (people added, a Round moved back and forth). Fails on any error (socket
errors, or a status other than 2xx/3xx; on the POST, 429 from the rate limit is counted and
reported apart), on a lost write (a CLI edit that failed or is missing afterwards, or an
evaluation answered 303 that the store does not hold), and when SIGTERM does not end the server
with exit 0. The goals (a third of nginx's throughput, p99 under 10 ms, peak memory under
100 MB) are reported, and enforced only with --enforce-goals.

    serve_load.py --rounds .build/release/rounds [--short] [--duration S] [--connections N]
"""

import argparse
import datetime
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import zoneinfo

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "Tests" / "Web"))
from webkit import evaluation_answers  # noqa: E402  (the web tests' form reader)

EVALUATION_ROUND = "R-0002"
MOVED_ROUND = "R-0008"
MOVE_DATES = ("2027-07-13", "2027-07-20")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(*command: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), input=stdin, capture_output=True, text=True,
                          timeout=300)


def must(*command: str) -> str:
    done = run(*command)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"{process.args[0]} exited {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{url} did not answer within {seconds:.0f} s")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.read()


def vm_kib(pid: int, key: str) -> int:
    text = pathlib.Path(f"/proc/{pid}/status").read_text()
    match = re.search(rf"^{key}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) if match else 0


NGINX_CONF = """worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/nginx-error.log warn;
{user}
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {root}/body;
  types {{ text/html html; }}
  default_type text/html;
  server {{
    listen 127.0.0.1:{port};
    root {root}/html;
    location = / {{ try_files /index.html =404; }}
  }}
}}
"""


def start_nginx(root: pathlib.Path, page: bytes) -> tuple[subprocess.Popen, int]:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    (root / "html").mkdir(parents=True)
    (root / "body").mkdir()
    (root / "html" / "index.html").write_bytes(page)
    for path in (root, root / "html"):
        path.chmod(0o755)
    (root / "html" / "index.html").chmod(0o644)
    port = free_port()
    user = "user root root;" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(NGINX_CONF.format(root=root, port=port, user=user))
    process = subprocess.Popen(
        [binary, "-p", str(root), "-c", str(root / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=open(root / "nginx-stderr.log", "w"),
    )
    wait_for(f"http://127.0.0.1:{port}/", process)
    return process, port


def wrk(url: str, seconds: int, connections: int, script: pathlib.Path | None = None,
        env: dict | None = None) -> dict:
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--latency",
               "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    done = subprocess.run(command + [url], capture_output=True, text=True,
                          timeout=seconds + 60, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        sys.exit(f"wrk failed on {url}: {done.stderr.strip()}")
    return parse_wrk(done.stdout)


def to_ms(value: str) -> float:
    number = float(re.match(r"[\d.]+", value).group(0))
    unit = value[len(re.match(r"[\d.]+", value).group(0)):]
    return number * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(text: str) -> dict:
    result = {"output": text}
    result["requests"] = int(re.search(r"(\d+) requests in", text).group(1))
    result["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    result["p50_ms"] = to_ms(re.search(r"\s50%\s+(\S+)", text).group(1))
    result["p99_ms"] = to_ms(re.search(r"\s99%\s+(\S+)", text).group(1))
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                        text)
    result["socket_errors"] = sum(int(n) for n in sockets.groups()) if sockets else 0
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    result["non_2xx_3xx"] = int(non2xx.group(1)) if non2xx else 0
    statuses = re.search(r"STATUS (\{.*\})", text)
    result["statuses"] = json.loads(statuses.group(1)) if statuses else {}
    return result


class Editor(threading.Thread):
    """The command line editing the same store while the server is under load: people added
    (each must be there afterwards) and a Round moved back and forth (the last move must stand)."""

    def __init__(self, binary: str, store: pathlib.Path, stop: threading.Event):
        super().__init__(daemon=True)
        self.binary, self.store, self.stop = binary, store, stop
        self.added: list[str] = []
        self.failures: list[str] = []
        self.moves = 0
        self.last_move = ""

    def rounds(self, *args: str) -> subprocess.CompletedProcess:
        return run(self.binary, *args, "--store", str(self.store))

    def run(self) -> None:
        number = 0
        while not self.stop.is_set():
            number += 1
            email = f"load.person{number}@northbrook-hospitals.example"
            done = self.rounds("people", "add", "--email", email, "--name",
                               f"Load Person {number}", "--staff-group", "Nursing and Midwifery",
                               "--clinical")
            if done.returncode == 0:
                self.added.append(email)
            else:
                self.failures.append(f"people add {email}: {done.stderr.strip()}")
            target = MOVE_DATES[number % 2]
            done = self.rounds("move", MOVED_ROUND, "--to", target, "--force")
            if done.returncode == 0:
                self.moves += 1
                self.last_move = target
            else:
                self.failures.append(f"move {MOVED_ROUND} {target}: {done.stderr.strip()}")

    def lost(self) -> list[str]:
        missing = list(self.failures)
        listed = self.rounds("people", "list")
        if listed.returncode != 0:
            return missing + [f"rounds people list failed after the run: {listed.stderr.strip()}"]
        missing += [f"{email} is not in the store" for email in self.added
                    if email not in listed.stdout]
        if self.last_move:
            shown = self.rounds("show", MOVED_ROUND).stdout
            day = datetime.date.fromisoformat(self.last_move)
            if f"{day.day} {day:%b} {day.year}" not in shown:
                missing.append(f"{MOVED_ROUND} is not on {self.last_move} after the last move")
        return missing


def recorded_responses(binary: str, store: pathlib.Path, folder: pathlib.Path) -> int | str:
    """The evaluation Round's stored responses, or what the command line said when it could
    not read the store."""
    month = yesterday()[:7]
    for command in (["held", EVALUATION_ROUND, "--attendance", "1"],
                    ["report", "--from", month, "--to", month, "--out", str(folder / "report"),
                     "--format", "json"]):
        done = run(binary, *command, "--store", str(store))
        if done.returncode != 0:
            return f"rounds {command[0]} exited {done.returncode}: {done.stderr.strip()}"
    report = json.loads((folder / "report" / "report.json").read_text())
    return next(r["responses"] for r in report["rounds"] if r["id"] == EVALUATION_ROUND)


def yesterday() -> str:
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/London")).date()
    return (today - datetime.timedelta(days=1)).isoformat()


def table(rows: list[tuple], nginx_rps: float) -> str:
    lines = ["| target | requests/s | p50 | p99 | ratio to nginx | errors | 429 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, result, errors, limited in rows:
        lines.append(f"| {name} | {result['rps']:,.0f} | {result['p50_ms']:.2f} ms | "
                     f"{result['p99_ms']:.2f} ms | {result['rps'] / nginx_rps:.2f} | {errors} | "
                     f"{limited} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", required=True, help="the rounds binary")
    parser.add_argument("--short", action="store_true", help="3 s per URL (make test-web)")
    parser.add_argument("--duration", type=int, help="seconds per URL (default 20, short 3)")
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--markdown", help="also write the results table here")
    parser.add_argument("--enforce-goals", action="store_true")
    parser.add_argument("--no-edits", action="store_true",
                        help="no command-line edits during the run (make test-web, until the "
                             "server survives them: docs/benchmarks.md)")
    parser.add_argument("--keep", action="store_true", help="keep the store, logs and nginx files")
    parser.add_argument("--posts-per-minute", type=int, default=10_000_000,
                        help="the server's rate limit for the POST run, when it has the flag")
    options = parser.parse_args()
    seconds = options.duration or (3 if options.short else 20)
    binary = str(pathlib.Path(options.rounds).resolve())
    for tool in ("wrk",):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: run `make web-deps`.")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="serve-load-"))
    try:
        return measure(binary, folder, seconds, options)
    finally:
        if options.keep:
            print(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def measure(binary: str, folder: pathlib.Path, seconds: int, options) -> int:
    must(binary, "demo", "--out", str(folder / "demo"))
    store = folder / "demo" / "rounds.sqlite"
    must(binary, "move", EVALUATION_ROUND, "--to", f"{yesterday()}T12:00", "--force",
         "--store", str(store))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # With --posts-per-minute the POST run measures storing evaluations rather than the rate
    # limit's 429; without it (an older server) the 429s are counted and reported apart.
    limit = []
    if "--posts-per-minute" in run(binary, "serve", "--help").stdout:
        limit = ["--posts-per-minute", str(options.posts_per_minute)]
    server = subprocess.Popen(
        [binary, "serve", "--store", str(store), "--port", str(port), "--base-url", base,
         *limit],
        stdout=subprocess.DEVNULL, stderr=open(folder / "serve.log", "w"), cwd=folder,
    )
    nginx = None
    try:
        wait_for(base + "/healthz", server)
        page = fetch(base + "/")
        nginx, nginx_port = start_nginx(folder / "nginx", page)
        form = fetch(f"{base}/rounds/{EVALUATION_ROUND}/evaluation").decode()
        body = urllib.parse.urlencode(evaluation_answers(form, "Load test comment."))
        post_env = {"ROUNDS_POST_BODY": body}
        results = []
        results.append(("nginx, the same page (static)",
                        wrk(f"http://127.0.0.1:{nginx_port}/", seconds, options.connections)))
        stop = threading.Event()
        editor = Editor(binary, store, stop)
        if options.no_edits:
            stop.set()
        editor.start()
        results.append(("rounds serve: / (what's on)", wrk(base + "/", seconds,
                                                            options.connections)))
        results.append(("rounds serve: /feed.ics", wrk(base + "/feed.ics", seconds,
                                                        options.connections)))
        results.append((f"rounds serve: POST /rounds/{EVALUATION_ROUND}/evaluation",
                        wrk(f"{base}/rounds/{EVALUATION_ROUND}/evaluation", seconds,
                            options.connections, HERE / "serve_post.lua", post_env)))
        stop.set()
        editor.join(timeout=120)
        peak_kib = vm_kib(server.pid, "VmHWM")
        alive = server.poll() is None
        healthy = alive and fetch(base + "/healthz").strip() == b"ok"
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait(timeout=20)
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)
        try:
            exit_code = server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            exit_code = "killed after 30 s"
    problems = []
    rows = []
    for name, result in results:
        statuses = result["statuses"]
        limited = int(statuses.get("429", 0))
        if statuses:
            errors = sum(n for code, n in statuses.items()
                         if not 200 <= int(code) < 400 and code != "429")
        else:
            errors = result["non_2xx_3xx"]
        errors += result["socket_errors"]
        if errors:
            problems.append(f"{name}: {errors} errors\n{result['output']}")
        rows.append((name, result, errors, limited))
    post = results[-1][1]
    accepted = int(post["statuses"].get("303", 0))
    lost = editor.lost()
    editor.lost_edits = list(lost)
    recorded = recorded_responses(binary, store, folder)
    # wrk stops counting at the deadline with up to one request per connection in flight; the
    # server finishes those, so the store may hold up to that many more than wrk saw answered.
    if isinstance(recorded, str):
        lost.append(f"the store could not be read after the run: {recorded}")
    elif recorded < accepted:
        lost.append(f"{accepted} evaluations answered 303 but the store holds {recorded}")
    elif recorded > accepted + options.connections + post["socket_errors"]:
        lost.append(f"the store holds {recorded} evaluations, more than the {accepted} answered "
                    f"303 and the {options.connections} that may have been in flight")
    problems += [f"lost write: {item}" for item in lost]
    if not healthy:
        problems.append("the server was not answering /healthz after the load")
    if exit_code != 0:
        problems.append(f"SIGTERM: the server exited {exit_code}")
    nginx_rps = results[0][1]["rps"]
    print(table(rows, nginx_rps))
    print(f"\nPeak resident memory of rounds serve (VmHWM): {peak_kib / 1024:.1f} MiB. "
          f"CLI edits meanwhile: {len(editor.added)} people added, {editor.moves} moves, "
          f"{len(editor.lost_edits)} lost. Evaluations: {accepted} answered 303 within the run, "
          f"{recorded} in the store (requests still in flight at the end are stored too), "
          f"{int(post['statuses'].get('429', 0))} refused by the rate limit (429; "
          f"{' '.join(limit) or 'the default limit'}). "
          f"{seconds} s per URL, {options.connections} connections, 2 wrk threads, "
          f"{os.cpu_count()} CPUs. SIGTERM: exit {exit_code}.")
    served = [result for name, result in results[1:3]]
    goals = {
        "a third of nginx's throughput (/ and /feed.ics)":
            all(result["rps"] >= nginx_rps / 3 for result in served),
        "p99 under 10 ms (/ and /feed.ics)": all(result["p99_ms"] < 10 for result in served),
        "peak memory under 100 MB": peak_kib * 1024 < 100_000_000,
    }
    for goal, met in goals.items():
        print(f"Goal {goal}: {'met' if met else 'NOT met'}")
    if options.markdown:
        pathlib.Path(options.markdown).parent.mkdir(parents=True, exist_ok=True)
        pathlib.Path(options.markdown).write_text(table(rows, nginx_rps) + "\n")
    if options.enforce_goals:
        problems += [f"goal not met: {goal}" for goal, met in goals.items() if not met]
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if problems:
        log = (folder / "serve.log").read_text(errors="replace").splitlines()
        failing = [line for line in log if " 500 " in line or "error" in line.lower()]
        print("Server log, failing requests and errors (last 20):", *failing[-20:],
              sep="\n", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
