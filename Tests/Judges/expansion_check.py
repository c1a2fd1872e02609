"""Judge: `recurring-ical-events` expands each `<name>.ics` that has a `<name>.expansion.json`
beside it to exactly the start instants our own expansion (libical, through RoundsICS) wrote
into that JSON file. The JSON shape is in docs/testing.md."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import recurring_ical_events

from ics_checks import UTC, IcsFile
from report import Report

Instant = dt.date | dt.datetime


def parse_instant(text: str) -> Instant:
    """`2027-01-12T12:00:00Z` (or any offset) is a UTC instant; `2027-01-12` an all-day
    date; a date-time without offset is floating."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a string")
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text)
    return moment.astimezone(UTC) if moment.tzinfo else moment


def show_instant(instant: Instant) -> str:
    if isinstance(instant, dt.datetime):
        if instant.tzinfo is None:
            return instant.isoformat() + " (floating)"
        return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return instant.isoformat()


def in_window(instant: Instant, start: dt.datetime, end: dt.datetime) -> bool:
    """Occurrences whose start lies in [start, end): start inclusive, end exclusive."""
    if isinstance(instant, dt.datetime):
        if instant.tzinfo is None:
            return start.replace(tzinfo=None) <= instant < end.replace(tzinfo=None)
        return start <= instant < end
    return start.date() <= instant < end.date()


def their_expansion(
    calendar: icalendar.Calendar, start: dt.datetime, end: dt.datetime
) -> list[Instant]:
    instants = []
    for occurrence in recurring_ical_events.of(calendar).between(start, end):
        moment = occurrence["DTSTART"].dt
        if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        if in_window(moment, start, end):
            instants.append(moment)
    return instants


def expansion_problems(json_path: Path, ics: IcsFile | None) -> list[str]:
    if ics is None:
        return [f"no {json_path.name.removesuffix('.expansion.json')}.ics beside it"]
    if ics.calendar is None:
        return [f"{ics.name} is unreadable (see parse), nothing to expand"]
    try:
        document = json.loads(json_path.read_text(encoding="utf-8"))
        start = parse_instant(document["window"]["start"])
        end = parse_instant(document["window"]["end"])
        if not all(isinstance(edge, dt.datetime) and edge.tzinfo for edge in (start, end)):
            raise ValueError(
                "window start and end must be UTC date-times such as 2027-01-01T00:00:00Z"
            )
        listed = document["occurrences"]
        if not isinstance(listed, list):
            raise ValueError("occurrences must be a list")
        ours = [parse_instant(text) for text in listed]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [f"not in the contract's shape: {error}"]
    problems = []
    repeated = sorted({show_instant(i) for i in ours if ours.count(i) > 1})
    if repeated:
        problems.append("listed more than once in ours: " + ", ".join(repeated))
    outside = [show_instant(i) for i in ours if not in_window(i, start, end)]
    if outside:
        problems.append("ours lists occurrences outside the window: " + ", ".join(outside))
    try:
        theirs = their_expansion(ics.calendar, start, end)
    except Exception as error:  # the judge's own failure is a verdict too
        return problems + [f"recurring-ical-events could not expand it: {error}"]
    only_ours = sorted(set(ours) - set(theirs), key=show_instant)
    only_theirs = sorted(set(theirs) - set(ours), key=show_instant)
    if only_ours:
        problems.append(
            f"{len(only_ours)} occurrence(s) only in ours (recurring-ical-events does not produce"
            " them): " + ", ".join(show_instant(i) for i in only_ours)
        )
    if only_theirs:
        problems.append(
            f"{len(only_theirs)} occurrence(s) only from recurring-ical-events (missing in ours): "
            + ", ".join(show_instant(i) for i in only_theirs)
        )
    return problems


def check_expansions(report: Report, root: Path, files: list[IcsFile]) -> None:
    report.group("expansion", "recurring-ical-events gives the same start instants")
    by_path = {ics.path.resolve(): ics for ics in files}
    for json_path in sorted(root.rglob("*.expansion.json")):
        ics_path = json_path.with_name(json_path.name.removesuffix(".expansion.json") + ".ics")
        ics = by_path.get(ics_path.resolve())
        report.check(
            "expansion", str(json_path.relative_to(root)), expansion_problems(json_path, ics)
        )
