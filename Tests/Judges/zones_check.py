"""Judge: each VTIMEZONE we write tells the same UTC offsets as the IANA zone it stands for,
at every wall-clock time the file uses.

Why this is needed: for a TZID that is an IANA name, icalendar and recurring-ical-events use
their own zone database and never read our VTIMEZONE, so a wrong or too-short VTIMEZONE passes
the other judges. Outlook, by contrast, uses the VTIMEZONE. Here the VTIMEZONE is turned into a
time zone by icalendar (`Timezone.to_tz(lookup_tzid=False)`, which uses dateutil), and its
offsets are compared with Python's zoneinfo (the system tzdata, as libical uses) at each
DTSTART, DTEND, RDATE, EXDATE and RECURRENCE-ID in that zone, and at the occurrences of
recurring events over at most ten years (at most 1000 of them).

TZUNTIL (RFC 7808) is removed before building the zone: dateutil does not know it, and it only
says until when the definition is meant to hold. (When the TZID is not an IANA name,
icalendar itself builds the zone while parsing and refuses TZUNTIL: the `parse` judge reports
that.)
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from collections.abc import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events

from ics_checks import NOT_USING_ZONES, IcsFile, values
from report import Report

HORIZON = dt.timedelta(days=3653)
MAX_OCCURRENCES = 1000


def iana_zone(zone: icalendar.Timezone) -> ZoneInfo | None:
    """The IANA zone a VTIMEZONE stands for: its TZID, libical's X-LIC-LOCATION, or the TZID
    without a vendor prefix such as /freeassociation.sourceforge.net/."""
    tzid = str(zone.get("TZID", ""))
    names = [tzid, str(zone.get("X-LIC-LOCATION", ""))]
    parts = tzid.strip("/").split("/")
    names += ["/".join(parts[index:]) for index in range(1, len(parts))]
    for name in names:
        if not name:
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def wall_times(calendar: icalendar.Calendar, tzid: str) -> set[dt.datetime]:
    """Every local date-time the calendar states in zone tzid, and the occurrences of its
    recurring events in that zone."""
    times: set[dt.datetime] = set()
    for component in calendar.walk():
        if component.name in NOT_USING_ZONES:
            continue
        for _, prop in component.items():
            for value in values(prop):
                if str(getattr(value, "params", {}).get("TZID", "")) != tzid:
                    continue
                moments = [item.dt for item in value.dts] if hasattr(value, "dts") else [value.dt]
                for moment in moments:
                    if isinstance(moment, dt.datetime):
                        times.add(moment.replace(tzinfo=None))
    recurring = [
        event
        for event in calendar.walk("VEVENT")
        if "RRULE" in event and str(event["DTSTART"].params.get("TZID", "")) == tzid
    ]
    if recurring:
        first = min(event["DTSTART"].dt for event in recurring)
        occurrences = recurring_ical_events.of(calendar).after(first)
        for occurrence in itertools.islice(occurrences, MAX_OCCURRENCES):
            start = occurrence["DTSTART"]
            # All-day events (dates) and times in other zones come through too: skip them
            # before comparing with `first`, a date-time in this zone.
            if str(start.params.get("TZID", "")) != tzid or not isinstance(start.dt, dt.datetime):
                continue
            if start.dt - first > HORIZON:
                break
            times.add(start.dt.replace(tzinfo=None))
    return times


def unambiguous(moment: dt.datetime, zone: ZoneInfo) -> bool:
    """Wall times in a daylight-saving gap or overlap are left out: libraries legitimately
    differ on them, and no Round starts at half past one at night."""
    return (
        moment.replace(tzinfo=zone, fold=0).utcoffset()
        == moment.replace(tzinfo=zone, fold=1).utcoffset()
    )


def zone_problems(calendar: icalendar.Calendar, zone: icalendar.Timezone) -> list[str]:
    tzid = str(zone.get("TZID"))
    reference = iana_zone(zone)
    if reference is None:
        return []  # not an IANA zone (checked by the caller, which notes it)
    definition = copy.deepcopy(zone)
    definition.pop("TZUNTIL", None)
    try:
        ours = definition.to_tz(lookup_tzid=False)
    except Exception as error:  # dateutil raises ValueError and others
        return [f"icalendar cannot build a time zone from VTIMEZONE {tzid}: {error}"]
    differing = []
    for moment in sorted(wall_times(calendar, tzid)):
        if not unambiguous(moment, reference):
            continue
        mine = moment.replace(tzinfo=ours).utcoffset()
        theirs = moment.replace(tzinfo=reference).utcoffset()
        if mine != theirs:
            differing.append((moment, mine, theirs))
    if not differing:
        return []
    moment, mine, theirs = differing[0]
    return [
        f"VTIMEZONE {tzid} gives UTC{offset(mine)} at {moment:%Y-%m-%d %H:%M}, where"
        f" {reference.key} gives UTC{offset(theirs)}; {len(differing)} of the file's times in"
        " this zone differ (is the VTIMEZONE truncated to too short a span?)"
    ]


def offset(delta: dt.timedelta | None) -> str:
    if delta is None:
        return "?"
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def iana_vtimezones(
    report: Report, group: str, files: list[IcsFile]
) -> Iterator[tuple[icalendar.Calendar, icalendar.Timezone, str]]:
    """Each readable file's VTIMEZONEs that stand for an IANA zone, with a subject to report
    them under; the others get a note in `group`."""
    for ics in files:
        if ics.calendar is None:
            continue
        for zone in ics.calendar.walk("VTIMEZONE"):
            subject = f"{ics.name}: VTIMEZONE {zone.get('TZID')}"
            if iana_zone(zone) is None:
                report.note(group, f"{subject} is not an IANA zone; not compared")
                continue
            yield ics.calendar, zone, subject


def check_zones(report: Report, files: list[IcsFile]) -> None:
    report.group("zones", "each VTIMEZONE agrees with its IANA zone at the times the file uses")
    for calendar, zone, subject in iana_vtimezones(report, "zones", files):
        report.check("zones", subject, zone_problems(calendar, zone))
