"""Self-test of the report judge: it passes a report whose tallies match the imported files and
FAILS one with a wrong count, a wrong share, or comments in the board version."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from report import Report
from report_check import check_reports

SHEET = (
    "\ufeffForm,Round,Today's Round\u2026 will help me work better with colleagues.,"
    "Today's Round\u2026 reinforced my empathy with patients as people.,"
    "Overall rating (1-5),Staff group,Comments\r\n"
    "1,R-0001,5,4,5,Management,\"Good,\nvery good\"\r\n"
    "2,R-0001,Agree,,3,,\r\n"
    "3,R-0001,2,5,4,nursing or midwifery,\r\n"
    "4,R-0001,,,,,\r\n"
)
SIGN_IN = "No.;Name;Staff group;First time?\r\n1;Ana Price;Nursing;yes\r\n2;Li Wong;Pharmacy;no\r\n3;;;\r\n"


def dist(counts: list[int], mean: float | None, share: float | None) -> dict:
    return {"counts": counts, "answered": sum(counts), "mean": mean, "shareTop": share}


OVERALL = dist([0, 0, 1, 1, 1], 4.0, 0.6667)
STATEMENTS = [
    {"key": "colleagues", "distribution": dist([0, 1, 0, 1, 1], 3.67, 0.6667)},
    {"key": "empathy", "distribution": dist([0, 0, 0, 1, 1], 4.5, 1.0)},
]
GROUPS = [
    {"group": "Management", "count": 1, "share": 0.3333},
    {"group": "Not given", "count": 1, "share": 0.3333},
    {"group": "Nursing or midwifery", "count": 1, "share": 0.3333},
]
GOOD = {
    "includesComments": True,
    "statements": [
        {"key": "colleagues", "text": "Today's Round\u2026 will help me work better with colleagues."},
        {"key": "empathy", "text": "Today's Round\u2026 reinforced my empathy with patients as people."},
    ],
    "rounds": [
        {
            "id": "R-0001", "attendance": 5, "signIns": 2, "firstTimers": 1, "responses": 3,
            "responseRate": 0.6, "overall": OVERALL, "statements": STATEMENTS,
            "staffGroups": GROUPS, "comments": ["Good,\nvery good"],
        }
    ],
    "period": {
        "roundsHeld": 1, "totalAttendance": 5, "meanAttendance": 5.0, "totalResponses": 3,
        "responseRate": 0.6, "firstTimers": 1, "overall": OVERALL, "statements": STATEMENTS,
        "staffGroups": GROUPS,
        "themes": [{"theme": "I'm human too", "rounds": 1, "overall": OVERALL}],
    },
}


def run(tmp_path: Path, document: dict) -> Report:
    folder = tmp_path / "report-test"
    folder.mkdir(exist_ok=True)
    (folder / "sheet.csv").write_bytes(SHEET.encode())
    (folder / "sign-in.csv").write_bytes(SIGN_IN.encode())
    (folder / "manifest.json").write_text(json.dumps({"rounds": [
        {"id": "R-0001", "headCount": 5, "signIns": ["sign-in.csv"], "evaluations": ["sheet.csv"]}
    ]}))
    (folder / "report.json").write_text(json.dumps(document))
    report = Report()
    check_reports(report, tmp_path, require=True)
    return report


def test_matching_report_passes(tmp_path: Path) -> None:
    report = run(tmp_path, GOOD)
    assert report.total_failed == 0, report.failures("report")


def test_wrong_count_fails(tmp_path: Path) -> None:
    bad = copy.deepcopy(GOOD)
    bad["rounds"][0]["overall"]["counts"] = [0, 0, 1, 2, 0]
    text = "\n".join(run(tmp_path, bad).failures("report"))
    assert "R-0001 overall counts: the files give [0, 0, 1, 1, 1]" in text


def test_wrong_share_and_attendance_fail(tmp_path: Path) -> None:
    bad = copy.deepcopy(GOOD)
    bad["rounds"][0]["statements"][1]["distribution"]["shareTop"] = 0.5
    bad["period"]["totalAttendance"] = 2
    text = "\n".join(run(tmp_path, bad).failures("report"))
    assert "R-0001 empathy shareTop" in text
    assert "period totalAttendance: the files give 5" in text


def test_board_version_with_comments_fails(tmp_path: Path) -> None:
    bad = copy.deepcopy(GOOD)
    bad["includesComments"] = False
    assert "board version carries comments" in "\n".join(run(tmp_path, bad).failures("report"))


def test_nothing_to_judge_fails_when_required(tmp_path: Path) -> None:
    report = Report()
    check_reports(report, tmp_path, require=True)
    assert report.total_failed == 1
