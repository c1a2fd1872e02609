"""One response per device (issue 13, point 6): a device that submits twice is counted once,
a second device is counted. Counted by `rounds report` (report.json) after the Round is marked
held through the command line while the server runs."""

import concurrent.futures
import json

from webkit import EVALUATION_ROUND, evaluation_answers


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
    entry = server.report_entry(EVALUATION_ROUND)
    assert entry["responses"] == 2, f"responses recorded: {entry['responses']}"
    comments = json.dumps(entry.get("comments", []))
    assert "first device, first time" in comments and "second device" in comments
    assert "first device, second time" not in comments


def test_simultaneous_identical_evaluations_from_many_devices_are_all_kept(server):
    """Twenty attendees sending the same answers at the same moment (as at the end of a Round):
    every device's response is stored, none is lost and none fails. Runs after the test above
    (the Round is held by then, which does not close its evaluation)."""
    before = server.report_entry(EVALUATION_ROUND)["responses"]
    devices = [server.client() for _ in range(20)]
    form = devices[0].get(f"/rounds/{EVALUATION_ROUND}/evaluation").text
    answers = evaluation_answers(form, "")
    with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
        codes = list(pool.map(
            lambda device: device.post(f"/rounds/{EVALUATION_ROUND}/evaluation",
                                       answers).status_code,
            devices))
    assert codes.count(303) == 20, f"statuses: {sorted(codes)}"
    after = server.report_entry(EVALUATION_ROUND)["responses"]
    assert after - before == 20, f"20 devices answered, {after - before} responses stored"

