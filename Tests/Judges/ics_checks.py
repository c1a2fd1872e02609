"""Judges on the .ics files themselves: Python `icalendar` reads them, the structure RFC 5545
and RFC 5546 ask for is there, and versions of one UID keep it and raise SEQUENCE."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import icalendar

from report import Report

UTC = dt.UTC
ITIP_WITH_PEOPLE = {"REQUEST", "CANCEL"}
UNINVITE_SUFFIX = ".uninvite.ics"
SEQ_NAME = re.compile(r"^(?P<base>.+)-seq(?P<number>\d+)\.ics$")
NOT_USING_ZONES = {"VTIMEZONE", "STANDARD", "DAYLIGHT"}


@dataclass
class IcsFile:
    """One judged file; calendar is None when icalendar could not read it."""

    path: Path
    name: str
    calendar: icalendar.Calendar | None = None

    @property
    def method(self) -> str:
        if self.calendar is None or "METHOD" not in self.calendar:
            return ""
        return str(self.calendar["METHOD"]).upper()

    @property
    def is_uninvite(self) -> bool:
        """`<name>.uninvite.ics`: a CANCEL to attendees removed from an event that goes on."""
        return self.name.endswith(UNINVITE_SUFFIX)

    def events(self) -> list[icalendar.Event]:
        return [] if self.calendar is None else list(self.calendar.walk("VEVENT"))


def event_label(event: icalendar.Event) -> str:
    label = f"VEVENT UID={event.get('UID', '(none)')}"
    if "RECURRENCE-ID" in event:
        label += f" RECURRENCE-ID={event['RECURRENCE-ID'].to_ical().decode()}"
    return label


def sequence_of(event: icalendar.Event) -> int:
    try:
        return int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def values(prop: object) -> list:
    return prop if isinstance(prop, list) else [prop]


# --- parse ----------------------------------------------------------------------------------


def nesting_problems(data: bytes) -> list[str]:
    """BEGIN/END lines must nest; icalendar silently accepts `END:VTODO` closing a VEVENT."""
    text = data.decode("utf-8", errors="replace")
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    stack: list[tuple[str, int]] = []
    for number, line in enumerate(unfolded.splitlines(), start=1):
        upper = line.upper()
        if upper.startswith("BEGIN:"):
            stack.append((upper[6:].strip(), number))
        elif upper.startswith("END:"):
            name = upper[4:].strip()
            if not stack:
                return [f"line {number} (unfolded): END:{name} without a BEGIN"]
            opened, at = stack.pop()
            if opened != name:
                return [f"line {number} (unfolded): END:{name} closes BEGIN:{opened} of line {at}"]
    if stack:
        return [f"BEGIN:{name} of line {at} (unfolded) is never closed" for name, at in stack]
    return []


def format_warnings(data: bytes) -> list[str]:
    """RFC 5545 3.1: CRLF line ends and lines of at most 75 octets. libical's job; reported
    as warnings so that a judge does not fail us for a serialiser detail."""
    warnings = []
    lines = data.split(b"\n")
    bare = sum(1 for line in lines[:-1] if not line.endswith(b"\r"))
    if bare:
        warnings.append(f"{bare} line(s) end in LF without CR (RFC 5545 3.1 asks for CRLF)")
    long = [n for n, line in enumerate(lines, start=1) if len(line.rstrip(b"\r")) > 75]
    if long:
        warnings.append(f"{len(long)} line(s) longer than 75 octets, first at line {long[0]}")
    return warnings


def check_parse(report: Report, files: list[IcsFile]) -> None:
    report.group("parse", "Python icalendar reads each .ics as one VCALENDAR")
    for ics in files:
        data = ics.path.read_bytes()
        problems = nesting_problems(data)
        try:
            calendars = icalendar.Calendar.from_ical(data, multiple=True)
        except Exception as error:  # icalendar raises ValueError and others; all are verdicts
            report.check("parse", ics.name, problems + [f"icalendar refused it: {error}"])
            continue
        if len(calendars) != 1:
            problems.append(f"icalendar found {len(calendars)} top-level objects, not exactly one")
        elif calendars[0].name != "VCALENDAR":
            problems.append(f"the top-level object is {calendars[0].name}, not VCALENDAR")
        else:
            calendar = calendars[0]
            if not calendar.subcomponents:
                problems.append("the VCALENDAR holds no component (RFC 5545 3.4 asks for one)")
            for component in calendar.walk():
                label = event_label(component) if component.name == "VEVENT" else component.name
                for prop, message in component.errors:
                    problems.append(f"{label}: {prop or 'content'}: {message}")
        if report.check("parse", ics.name, problems):
            ics.calendar = calendars[0]
        for warning in format_warnings(data):
            report.warn("parse", f"{ics.name}: {warning}")


# --- structure ------------------------------------------------------------------------------


def tzids_used(calendar: icalendar.Calendar) -> dict[str, str]:
    """Every TZID parameter in the calendar, with where it was first seen."""
    used: dict[str, str] = {}
    for component in calendar.walk():
        if component.name in NOT_USING_ZONES:
            continue
        where = event_label(component) if component.name == "VEVENT" else component.name
        for name, prop in component.items():
            for value in values(prop):
                params = getattr(value, "params", {})
                if "TZID" in params:
                    used.setdefault(str(params["TZID"]), f"{name} of {where}")
    return used


def structure_problems(ics: IcsFile) -> list[str]:
    calendar = ics.calendar
    assert calendar is not None
    problems = []
    if str(calendar.get("VERSION", "")) != "2.0":
        problems.append("VERSION:2.0 is missing")
    if "PRODID" not in calendar:
        problems.append("PRODID is missing")
    defined = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    for tzid, where in sorted(tzids_used(calendar).items()):
        if tzid not in defined:
            problems.append(f"TZID {tzid} (used by {where}) has no VTIMEZONE in this file")
    for component in calendar.walk():
        for name, prop in component.items():
            if name.startswith("X-LIC-ERROR"):
                problems.append(f"{component.name} carries libical's parse error: {prop}")
    events = ics.events()
    if ics.is_uninvite and ics.method != "CANCEL":
        problems.append(
            f"an {UNINVITE_SUFFIX} file must have METHOD:CANCEL (has {ics.method or 'none'})"
        )
    for event in events:
        label = event_label(event)
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                problems.append(f"{label} has no {required}")
        if "DTSTAMP" in event:
            stamp = event["DTSTAMP"]
            moment = getattr(stamp, "dt", None)
            if (
                not isinstance(moment, dt.datetime)
                or moment.utcoffset() != dt.timedelta(0)
                or "TZID" in getattr(stamp, "params", {})
            ):
                problems.append(f"{label}: DTSTAMP is not a UTC date-time (RFC 5545 3.8.7.2)")
        if ics.method in ITIP_WITH_PEOPLE:
            if "ORGANIZER" not in event:
                problems.append(f"{label}: METHOD:{ics.method} needs an ORGANIZER (RFC 5546)")
            if not values(event.get("ATTENDEE", [])):
                problems.append(f"{label}: METHOD:{ics.method} needs at least one ATTENDEE")
        if ics.is_uninvite:
            # RFC 5546 3.2.5: STATUS:CANCELLED cancels the whole event; a CANCEL that only
            # uninvites the attendees it lists MUST NOT carry STATUS.
            if "STATUS" in event:
                problems.append(
                    f"{label}: a CANCEL to removed attendees must not carry STATUS"
                    f" (has {event['STATUS']}; RFC 5546 3.2.5)"
                )
        elif ics.method == "CANCEL" and str(event.get("STATUS", "")).upper() != "CANCELLED":
            problems.append(
                f"{label}: METHOD:CANCEL needs STATUS:CANCELLED"
                f" (has {event.get('STATUS', 'no STATUS')})"
            )
    return problems


def check_structure(report: Report, files: list[IcsFile]) -> None:
    report.group(
        "structure",
        "VTIMEZONE per TZID, UID/DTSTAMP/DTSTART per VEVENT, ORGANIZER/ATTENDEE/STATUS per METHOD",
    )
    for ics in files:
        if ics.calendar is not None:
            report.check("structure", ics.name, structure_problems(ics))
            if not ics.events():
                report.warn(
                    "structure", f"{ics.name}: no VEVENT, so only parse and structure judge it"
                )


# --- versions -------------------------------------------------------------------------------


def check_versions(report: Report, files: list[IcsFile]) -> None:
    """Files `<name>-seqN.ics` are versions of one event: same UID, SEQUENCE rising with N."""
    report.group("versions", "<name>-seqN.ics keep one UID and raise SEQUENCE with N")
    series: dict[str, list[tuple[int, IcsFile]]] = defaultdict(list)
    for ics in files:
        match = SEQ_NAME.match(ics.name)
        if match:
            series[match["base"]].append((int(match["number"]), ics))
    for base, versions in sorted(series.items()):
        versions.sort(key=lambda pair: pair[0])
        problems = []
        unreadable = [ics.name for _, ics in versions if ics.calendar is None]
        if unreadable:
            problems.append("unreadable version(s), see parse: " + ", ".join(unreadable))
        readable = [(n, ics) for n, ics in versions if ics.calendar is not None]
        previous: tuple[str, set[str], int] | None = None
        for _, ics in readable:
            events = ics.events()
            uids = {str(event.get("UID")) for event in events}
            sequence = max((sequence_of(event) for event in events), default=0)
            if previous is not None:
                name, old_uids, old_sequence = previous
                if uids != old_uids:
                    problems.append(
                        f"{ics.name} has UID {sorted(uids)}, {name} has {sorted(old_uids)}:"
                        " an update or cancellation must keep the UID"
                    )
                if sequence <= old_sequence:
                    problems.append(
                        f"{ics.name} has SEQUENCE {sequence}, not higher than {name}"
                        f" (SEQUENCE {old_sequence}): an update or cancellation must raise it"
                    )
            previous = (ics.name, uids, sequence)
        report.check("versions", f"{base}-seq*.ics ({len(versions)} versions)", problems)
