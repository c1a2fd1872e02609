"""One response per device (issue 13, point 6): a device that submits twice is counted once,
a second device is counted. Counted by `rounds report` (report.json) after the Round is marked
held through the command line while the server runs."""

import json

from webkit import EVALUATION_ROUND, london_yesterday


def report_round(server, round_id: str) -> dict:
    month = london_yesterday()[:7]
    out = server.folder / f"report-{round_id}"
    server.cli("report", "--from", month, "--to", month, "--out", str(out), "--format", "json")
    rounds = json.loads((out / "report.json").read_text(encoding="utf-8"))["rounds"]
    found = [entry for entry in rounds if entry["id"] == round_id]
    assert found, f"{round_id} is not in the report: {[entry['id'] for entry in rounds]}"
    return found[0]


def test_two_submissions_from_one_device_record_one_response(server):
    first = server.client()
    answer = first.submit_evaluation(EVALUATION_ROUND, "first device, first time")
    assert answer.status_code == 303, f"first POST -> {answer.status_code}"
    assert answer.headers["Location"].endswith(f"/rounds/{EVALUATION_ROUND}/evaluation/thanks")
    assert "rounds_device" in first.http.cookies
    again = first.submit_evaluation(EVALUATION_ROUND, "first device, second time")
    assert again.status_code in (303, 409), f"second POST -> {again.status_code}"
    other = server.client()
    assert other.submit_evaluation(EVALUATION_ROUND, "second device").status_code == 303
    server.cli("held", EVALUATION_ROUND, "--attendance", "30")
    entry = report_round(server, EVALUATION_ROUND)
    assert entry["responses"] == 2, f"responses recorded: {entry['responses']}"
    comments = json.dumps(entry.get("comments", []))
    assert "first device, first time" in comments and "second device" in comments
    assert "first device, second time" not in comments
