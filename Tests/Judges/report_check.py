"""Judge: every tally in a report.json, recomputed from the CSV files that were imported.

Each `report-<name>/` folder (docs/testing.md) holds a `report.json` written by `rounds report`
(or the demo), the CSV files imported into its store, and a `manifest.json` saying which files
belong to which Round and the head counts given with `rounds held --attendance`. This judge
reads the files with Python's csv module and its own column matching (nothing of ours), counts
attendance, sign-ins, first-timers, forms, the overall rating and each statement's answers and
the staff groups, and compares every number in the report, per Round and over the period.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

from report import Report

SCALE = {
    "completelydisagree": 1, "stronglydisagree": 1, "disagree": 2,
    "neitheragreenordisagree": 3, "neutral": 3, "agree": 4, "completelyagree": 5,
    "stronglyagree": 5,
}
STEMS = ("asaresultoftodaysround", "todaysround", "thisround")
STAFF_GROUPS = [
    "Medical or dental", "Nursing or midwifery", "Allied health professional",
    "Healthcare scientist", "Admin and clerical", "Estates and facilities", "Management",
    "Student or trainee", "Other",
]
NOT_GIVEN = "Not given"


def fold(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha() or c in "0123456789")


def decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def table(text: str) -> list[list[str]]:
    first = text.splitlines()[0] if text else ""
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    delimiter = max(counts, key=lambda d: counts[d]) if max(counts.values()) else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return [[cell.strip() for cell in row] for row in rows if any(c.strip() for c in row)]


def statement_key(header: str, statements: dict[str, str]) -> str | None:
    text = header
    if text.endswith("]") and "[" in text:
        text = text[text.rindex("[") + 1 : -1]
    key = fold(text)
    for stem in STEMS:
        if key.startswith(stem) and len(key) > len(stem):
            key = key[len(stem) :]
            break
    return statements.get(key)


def rating(text: str) -> int | None:
    if text and text[0] in "12345" and (len(text) == 1 or not text[1].isdigit()):
        return int(text[0])
    return {"poor": 1, "exceptional": 5}.get(fold(text))


def agreement(text: str) -> int | None:
    if text in ("1", "2", "3", "4", "5"):
        return int(text)
    return SCALE.get(fold(text))


def read_evaluations(path: Path, statements: dict[str, str]) -> list[dict]:
    rows = table(decode(path.read_bytes()))
    header = rows[0]
    columns: dict[int, str] = {}
    for index, name in enumerate(header):
        f = fold(name)
        key = statement_key(name, statements)
        if key:
            columns[index] = "s:" + key
        elif f.startswith("overall"):
            columns[index] = "overall"
        elif f.startswith("staffgroup") or f == "yourstaffgroup":
            columns[index] = "group"
        elif "comment" in f or f.startswith("anythingelse"):
            columns[index] = "comment"
    forms = []
    for row in rows[1:]:
        form: dict = {"answers": {}, "overall": None, "group": None, "comment": None}
        filled = False
        for index, role in columns.items():
            value = row[index] if index < len(row) else ""
            if not value:
                continue
            filled = True
            if role.startswith("s:"):
                point = agreement(value)
                if point is None:
                    raise ValueError(f"{path.name}: {value!r} is not on the scale")
                form["answers"][role[2:]] = point
            elif role == "overall":
                form["overall"] = rating(value)
            elif role == "group":
                form["group"] = next((g for g in STAFF_GROUPS if fold(g) == fold(value)), value)
            else:
                form["comment"] = value
        if filled:
            forms.append(form)
    return forms


def read_sign_ins(path: Path) -> list[bool | None]:
    """First-time answers (True, False or None), one per attendee in the file."""
    text = decode(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    start = next(
        (i for i, line in enumerate(lines) if fold(line.split("\t")[0]) in ("name", "fullname")
         and "\t" in line),
        None,
    )
    if start is not None:  # a Teams report: the table up to the next blank line
        end = start + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        rows = [line.split("\t") for line in lines[start:end]]
        header = [fold(h) for h in rows[0]]
        email = next((i for i, h in enumerate(header) if h in ("email", "participantidupn")), None)
        seen = set()
        for row in rows[1:]:
            who = (row[email].strip().lower() if email is not None and email < len(row)
                   and "@" in row[email] else fold(row[0]))
            if who:
                seen.add(who)
        return [None] * len(seen)
    rows = table(text)
    header = [fold(h) for h in rows[0]]
    wanted = [i for i, h in enumerate(header)
              if h in ("name", "fullname", "email", "emailaddress")
              or h.startswith("staffgroup") or h == "department" or h.startswith("firsttime")]
    first = next((i for i, h in enumerate(header) if h.startswith("firsttime")), None)
    answers = []
    for row in rows[1:]:
        if not any(i < len(row) and row[i] for i in wanted):
            continue
        value = fold(row[first]) if first is not None and first < len(row) else ""
        answers.append(True if value in ("yes", "y", "true", "1", "x") else
                       False if value in ("no", "n", "false", "0") else None)
    return answers


def r(value: float, places: int) -> float:
    scale = 10 ** places
    return math.floor(value * scale + 0.5) / scale


def distribution(points: list[int]) -> dict:
    counts = [points.count(p) for p in range(1, 6)]
    answered = sum(counts)
    return {
        "counts": counts,
        "answered": answered,
        "mean": r(sum(p * c for p, c in zip(range(1, 6), counts)) / answered, 2) if answered else None,
        "shareTop": r((counts[3] + counts[4]) / answered, 4) if answered else None,
    }


def groups(forms: list[dict]) -> dict[str, int]:
    result: dict[str, int] = {}
    for form in forms:
        name = form["group"] or NOT_GIVEN
        result[name] = result.get(name, 0) + 1
    return result


def same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return a == b


def compare(problems: list[str], where: str, expected: dict, actual: dict) -> None:
    for name, value in expected.items():
        if not same(value, actual.get(name)):
            problems.append(f"{where} {name}: the files give {value}, the report says {actual.get(name)}")


def judge_folder(folder: Path) -> list[str]:
    report = json.loads((folder / "report.json").read_text())
    manifest = json.loads((folder / "manifest.json").read_text())
    statements = {}
    for item in report["statements"]:
        key = fold(item["text"])
        for stem in STEMS:
            if key.startswith(stem):
                key = key[len(stem) :]
                break
        statements[key] = item["key"]
    keys = [item["key"] for item in report["statements"]]
    listed = {entry["id"]: entry for entry in manifest["rounds"]}
    problems: list[str] = []
    all_forms: list[dict] = []
    attendance_total = 0
    rated_attendance = rated_responses = with_attendance = first_timers = 0
    for entry in report["rounds"]:
        where = entry["id"]
        source = listed.pop(where, {"signIns": [], "evaluations": [], "headCount": None})
        forms = [f for name in source["evaluations"] for f in read_evaluations(folder / name, statements)]
        signed = [a for name in source["signIns"] for a in read_sign_ins(folder / name)]
        head = source.get("headCount")
        attendance = max(head or 0, len(signed)) if head is not None or signed else None
        expected = {
            "attendance": attendance, "signIns": len(signed),
            "firstTimers": sum(1 for a in signed if a is True), "responses": len(forms),
            "responseRate": r(len(forms) / attendance, 4) if attendance else None,
        }
        compare(problems, where, expected, entry)
        compare(problems, f"{where} overall", distribution([f["overall"] for f in forms if f["overall"]]), entry["overall"])
        for key, result in zip(keys, entry["statements"]):
            points = [f["answers"][key] for f in forms if key in f["answers"]]
            compare(problems, f"{where} {key}", distribution(points), result["distribution"])
        reported_groups = {g["group"]: g["count"] for g in entry["staffGroups"]}
        if groups(forms) != reported_groups:
            problems.append(f"{where} staff groups: the files give {groups(forms)}, the report says {reported_groups}")
        if report["includesComments"]:
            comments = [f["comment"] for f in forms if f["comment"]]
            if comments != entry.get("comments"):
                problems.append(f"{where}: the comments differ from the files")
        elif entry.get("comments") is not None:
            problems.append(f"{where}: the board version carries comments")
        all_forms += forms
        first_timers += expected["firstTimers"]
        if attendance is not None:
            attendance_total += attendance
            with_attendance += 1
            if attendance > 0:
                rated_attendance += attendance
                rated_responses += len(forms)
    for missing in listed:
        problems.append(f"{missing} is in the manifest but not in the report")
    period = report["period"]
    compare(problems, "period", {
        "roundsHeld": len(report["rounds"]), "totalAttendance": attendance_total,
        "totalResponses": len(all_forms), "firstTimers": first_timers,
        "meanAttendance": r(attendance_total / with_attendance, 2) if with_attendance else None,
        "responseRate": r(rated_responses / rated_attendance, 4) if rated_attendance else None,
    }, period)
    compare(problems, "period overall", distribution([f["overall"] for f in all_forms if f["overall"]]), period["overall"])
    for key, result in zip(keys, period["statements"]):
        points = [f["answers"][key] for f in all_forms if key in f["answers"]]
        compare(problems, f"period {key}", distribution(points), result["distribution"])
    if groups(all_forms) != {g["group"]: g["count"] for g in period["staffGroups"]}:
        problems.append("period staff groups differ from the files")
    means = [t["overall"]["mean"] for t in period["themes"] if t["overall"]["mean"] is not None]
    if means != sorted(means, reverse=True):
        problems.append(f"themes are not ranked by mean rating: {means}")
    return problems


def check_reports(report: Report, root: Path, require: bool = False) -> None:
    title = "report.json tallies recomputed from the imported CSV files"
    folders = sorted(p for p in root.glob("report-*") if (p / "report.json").is_file())
    if not folders:
        # Like the holidays and rota judges: no group at all unless it is required.
        if require:
            report.group("report", title)
            report.fail("report", f"no report-*/report.json under {root}: nothing to judge")
        return
    report.group("report", title)
    for folder in folders:
        report.check("report", folder.name, judge_folder(folder))
