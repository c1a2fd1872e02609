"""Judge: every event we write, converted to UTC with the file's OWN VTIMEZONE, lands where the
IANA zone (Python's zoneinfo) puts it.

Why this is needed: the other judges take `Europe/London` from zoneinfo and never look at the
VTIMEZONE we write, but Outlook, Thunderbird (ical.js) and others apply the file's VTIMEZONE.
The `zones` judge reads it through icalendar and dateutil, which forgive forms other readers
do not: a demo feed whose truncated VTIMEZONE had an observance with both a DTSTART and a UTC
RDATE read right there, and an hour early in ical.js.

So this judge reads each VTIMEZONE itself, from RFC 5545 3.6.5 and nothing else, and in two
ways, as readers do:
- `rfc`: each observance's onsets are its DTSTART, its RRULE's occurrences (UNTIL is a UTC
  instant) and its RDATEs;
- `rdate-only`: an observance with RDATEs but no RRULE has only its RDATEs as onsets (ical.js
  skips the DTSTART then).
It fails a file when an RDATE is not a local date-time (3.6.5 asks for local time), when a
time the file uses lies before the VTIMEZONE's first onset or after its TZUNTIL, and when either
reading gives a UTC instant other than zoneinfo's for a DTSTART, DTEND, RECURRENCE-ID, RDATE or
EXDATE in that zone, or for an occurrence of a recurring event. Wall times in a daylight-saving
gap or overlap are left out, as in the `zones` judge.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

import icalendar
from dateutil import rrule

from ics_checks import IcsFile, values
from report import Report
from zones_check import iana_vtimezones, iana_zone, unambiguous, wall_times

READINGS = ("rfc", "rdate-only")
UNTIL_PART = re.compile(r"(^|;)UNTIL=([0-9TZ]+)", re.IGNORECASE)
# Zone rules are yearly; this bounds an open RRULE far beyond any span we write.
MAX_ONSETS_PER_RULE = 400


@dataclass
class Observance:
    """One STANDARD or DAYLIGHT sub-component, as the file states it."""

    kind: str
    start: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    rule: str | None = None
    until: dt.datetime | None = None  # aware when UTC (as RFC 5545 asks), else local
    rdates: list[dt.datetime] = field(default_factory=list)


@dataclass(frozen=True)
class Onset:
    """A change of offset: the UTC instant it happens and the offset from then on."""

    instant: dt.datetime  # naive UTC
    offset: dt.timedelta


def parse_until(text: str) -> dt.datetime:
    utc = text.upper().endswith("Z")
    digits = text.rstrip("Zz")
    moment = (
        dt.datetime.strptime(digits, "%Y%m%dT%H%M%S")
        if "T" in digits.upper()
        else dt.datetime.strptime(digits, "%Y%m%d")
    )
    return moment.replace(tzinfo=dt.UTC) if utc else moment


def read_observances(zone: icalendar.Timezone) -> tuple[list[Observance], list[str]]:
    """The observances of one VTIMEZONE and what in them breaks RFC 5545 3.6.5."""
    observances: list[Observance] = []
    problems: list[str] = []
    for part in zone.subcomponents:
        if part.name not in ("STANDARD", "DAYLIGHT"):
            continue
        label = f"{part.name} at {part.get('DTSTART').to_ical().decode() if 'DTSTART' in part else '?'}"
        missing = [name for name in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO") if name not in part]
        if missing:
            problems.append(f"{label} has no {', '.join(missing)}")
            continue
        start = part["DTSTART"].dt
        if not isinstance(start, dt.datetime) or start.tzinfo is not None:
            problems.append(f"{label}: DTSTART must be a local date-time (RFC 5545 3.6.5)")
            continue
        observance = Observance(
            part.name, start, part["TZOFFSETFROM"].td, part["TZOFFSETTO"].td
        )
        if "RRULE" in part:
            text = values(part["RRULE"])[0].to_ical().decode()
            match = UNTIL_PART.search(text)
            if match:
                observance.until = parse_until(match.group(2))
                text = UNTIL_PART.sub("", text).lstrip(";")
            observance.rule = text
        for prop in values(part.get("RDATE", [])):
            for item in prop.dts:
                moment = item.dt
                if not isinstance(moment, dt.datetime) or moment.tzinfo is not None:
                    problems.append(
                        f"{label}: RDATE {prop.to_ical().decode()} is not a local date-time"
                        " (RFC 5545 3.6.5); readers differ on what it means"
                    )
                    if isinstance(moment, dt.datetime):  # read as the instant it names
                        local = moment.astimezone(dt.UTC).replace(tzinfo=None)
                        observance.rdates.append(local + observance.offset_from)
                    continue
                observance.rdates.append(moment)
        observances.append(observance)
    if not observances:
        problems.append("no STANDARD or DAYLIGHT observance")
    return observances, problems


def onsets(observances: list[Observance], reading: str, last: dt.datetime) -> list[Onset]:
    """Every onset up to the local time `last` (plus a year), sorted by instant."""
    found: list[Onset] = []
    horizon = last + dt.timedelta(days=400)
    for observance in observances:
        local: list[dt.datetime] = []
        if not (reading == "rdate-only" and observance.rdates and observance.rule is None):
            local.append(observance.start)
        if observance.rule is not None:
            rule = rrule.rrulestr(observance.rule, dtstart=observance.start)
            for count, moment in enumerate(rule):
                if moment > horizon or count >= MAX_ONSETS_PER_RULE:
                    break
                if observance.until is not None:
                    if observance.until.tzinfo is not None:
                        instant = (moment - observance.offset_from).replace(tzinfo=dt.UTC)
                        if instant > observance.until:
                            break
                    elif moment > observance.until:
                        break
                local.append(moment)
        local += observance.rdates
        found += [Onset(moment - observance.offset_from, observance.offset_to) for moment in local]
    return sorted(set(found), key=lambda onset: onset.instant)


def offset_at(wall: dt.datetime, changes: list[Onset]) -> dt.timedelta | None:
    """The offset at a local wall time: the one offset o whose last onset at or before the
    instant wall - o is o itself. None when the time is before the first onset or is not
    unique (a gap or an overlap in this VTIMEZONE)."""
    instants = [onset.instant for onset in changes]
    answers = set()
    for offset in {onset.offset for onset in changes}:
        index = bisect.bisect_right(instants, wall - offset) - 1
        if index >= 0 and changes[index].offset == offset:
            answers.add(offset)
    return answers.pop() if len(answers) == 1 else None


def utc_text(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}Z"


def zone_problems(calendar: icalendar.Calendar, zone: icalendar.Timezone) -> list[str]:
    tzid = str(zone.get("TZID"))
    reference = iana_zone(zone)
    if reference is None:
        return []
    observances, problems = read_observances(zone)
    times = sorted(wall_times(calendar, tzid))
    if not times or not observances:
        return problems
    # icalendar does not know TZUNTIL (RFC 7808) and keeps its text.
    tzuntil = parse_until(str(zone["TZUNTIL"])) if "TZUNTIL" in zone else None
    for reading in READINGS:
        changes = onsets(observances, reading, times[-1])
        wrong = []
        for wall in times:
            theirs = wall.replace(tzinfo=reference).utcoffset()
            ours = offset_at(wall, changes)
            if tzuntil is not None and (wall - (theirs or dt.timedelta())).replace(
                tzinfo=dt.UTC
            ) >= tzuntil.replace(tzinfo=dt.UTC):
                wrong.append(f"{wall:%Y-%m-%d %H:%M} is after the VTIMEZONE's TZUNTIL")
            elif not unambiguous(wall, reference):
                continue
            elif ours is None:
                if not changes or wall - (theirs or dt.timedelta()) < changes[0].instant:
                    wrong.append(f"{wall:%Y-%m-%d %H:%M} is before the VTIMEZONE's first onset")
                else:
                    wrong.append(f"{wall:%Y-%m-%d %H:%M} has no single offset in the VTIMEZONE")
            elif ours != theirs:
                wrong.append(
                    f"{wall:%Y-%m-%d %H:%M} {tzid} is {utc_text(wall - ours)} by the file's"
                    f" VTIMEZONE, {utc_text(wall - theirs)} by zoneinfo {reference.key}"
                )
        if wrong:
            problems.append(
                f"{reading} reading: {len(wrong)} of {len(times)} time(s) wrong, first"
                f" {wrong[0]}"
            )
    return problems


def check_own_zones(report: Report, files: list[IcsFile]) -> None:
    report.group(
        "own-zone",
        "each event converted with the file's own VTIMEZONE (two readings) agrees with zoneinfo",
    )
    judged = 0
    for calendar, zone, subject in iana_vtimezones(report, "own-zone", files):
        judged += 1
        report.check("own-zone", subject, zone_problems(calendar, zone))
    if not judged:
        report.fail("own-zone", "no file holds a VTIMEZONE of an IANA zone: nothing was judged")

