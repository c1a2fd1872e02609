"""The server and the command line on one store at the same time (issue 13, point 1), from
outside: its own server, so that the rate limit (30 posts a minute per address) is fresh.

It found the server losing its SQLite locks (docs/benchmarks.md, "Web server"): some evaluation
posts got 500 while `rounds move` wrote the store, until the server kept one connection."""

import concurrent.futures
import threading
import time

from webkit import EVALUATION_ROUND, evaluation_answers


def test_evaluations_while_the_command_line_edits_the_store(server):
    """The server and the command line on one store (issue 13, point 1): twenty attendees answer
    at once while `rounds move` runs in a loop on another Round; every answer is accepted (no
    5xx) and stored, and every move succeeds."""
    stop = threading.Event()
    failures: list[str] = []

    def moves():
        dates = ("2027-07-13", "2027-07-20")
        number = 0
        while not stop.is_set():
            number += 1
            done = server.cli("move", "R-0008", "--to", dates[number % 2], "--force",
                              check=False)
            if done.returncode != 0:
                failures.append(done.stderr.strip())

    server.cli("held", EVALUATION_ROUND, "--attendance", "30")  # so that the report has it
    before = server.report_entry(EVALUATION_ROUND)["responses"]
    devices = [server.client() for _ in range(20)]
    answers = evaluation_answers(devices[0].get(f"/rounds/{EVALUATION_ROUND}/evaluation").text,
                                 "")
    editor = threading.Thread(target=moves)
    editor.start()
    try:
        time.sleep(0.3)
        with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
            codes = list(pool.map(
                lambda device: device.post(f"/rounds/{EVALUATION_ROUND}/evaluation",
                                           answers).status_code,
                devices))
    finally:
        stop.set()
        editor.join()
    assert not failures, f"rounds move failed beside the server: {failures[:3]}"
    assert codes.count(303) == 20, f"statuses: {sorted(codes)}"
    after = server.report_entry(EVALUATION_ROUND)["responses"]
    assert after - before == 20, f"20 devices answered, {after - before} responses stored"
