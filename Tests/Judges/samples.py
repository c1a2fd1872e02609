"""Sample judge input, written with Python `icalendar`, for developing and self-testing the judges.

These files only imitate what the Swift tests write into $ROUNDS_JUDGE_DIR (see
docs/testing.md); they are generated into a temporary folder by test_judge.py and are never
committed. Run `python samples.py DIR` to write a good set into DIR and look at it.

The expected expansions and bank holidays here are computed by small rule engines of their own
(not by recurring-ical-events or holidays), so that the self-test compares two independent
computations, as the real judges do.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from holidays_check import REGIONS, package_days_off

UTC = dt.UTC
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
STAMP = dt.datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PRODID = "-//Rounds judges self-test//samples//EN"
ORGANIZER = "mailto:rounds-admin@example.nhs.uk"
WINDOW = (dt.datetime(2027, 1, 1, tzinfo=UTC), dt.datetime(2028, 1, 1, tzinfo=UTC))


def utc_text(moment: dt.datetime) -> str:
    """The contract's spelling of a UTC instant: 2027-01-12T12:00:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_calendar(method: str | None = None, name: str | None = None) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    if method:
        cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
    return cal


def new_event(
    uid: str,
    start: dt.datetime | dt.date,
    end: dt.datetime | dt.date,
    summary: str,
    sequence: int = 0,
    status: str | None = None,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", STAMP)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    event.add("sequence", sequence)
    if status:
        event.add("status", status)
    return event


def add_people(event: icalendar.Event, *emails: str) -> None:
    organizer = icalendar.vCalAddress(ORGANIZER)
    organizer.params["CN"] = "Rounds administrator"
    event.add("organizer", organizer)
    for index, email in enumerate(emails):
        attendee = icalendar.vCalAddress(f"mailto:{email}")
        attendee.params["ROLE"] = "CHAIR" if index < 2 else "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
        attendee.params["RSVP"] = "TRUE"
        event.add("attendee", attendee)


def add_alarm(event: icalendar.Event) -> None:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", "Schwartz Round tomorrow")
    alarm.add("trigger", dt.timedelta(days=-1))
    event.add_component(alarm)


def finish(cal: icalendar.Calendar) -> bytes:
    """Add one VTIMEZONE per zone used, as our writer does, and serialise with CRLF."""
    cal.add_missing_timezones(first_date=dt.date(2026, 1, 1), last_date=dt.date(2029, 1, 1))
    return cal.to_ical()


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (Monday 0) of a month; n = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# --- iCalendar samples -------------------------------------------------------------------


def feed() -> bytes:
    """A PUBLISH feed: three separate Rounds in Europe/London and one seen from New York."""
    cal = new_calendar("PUBLISH", "Schwartz Rounds")
    for month in (2, 3, 4):
        day = nth_weekday(2027, month, 1, 2)
        start = dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=LONDON)
        cal.add_component(
            new_event(
                f"round-2027-{month:02d}@rounds.example",
                start,
                start + dt.timedelta(hours=1),
                f"Schwartz Round {day:%B}",
            )
        )
    start = dt.datetime(2027, 5, 11, 7, 0, tzinfo=NEW_YORK)
    cal.add_component(
        new_event(
            "round-2027-05@rounds.example",
            start,
            start + dt.timedelta(hours=1),
            "Schwartz Round May (visiting panel)",
        )
    )
    return finish(cal)


INVITE_UID = "round-2027-06@rounds.example"


def invite_event(day: dt.date, sequence: int, status: str | None, *people: str) -> icalendar.Event:
    start = dt.datetime(day.year, day.month, day.day, 12, 30, tzinfo=LONDON)
    event = new_event(
        INVITE_UID, start, start + dt.timedelta(hours=1), "Schwartz Round June", sequence, status
    )
    event.add("description", "Lecture theatre 2. Lunch from 12:15.")
    add_people(event, *people)
    return event


def invite_versions() -> list[bytes]:
    """One Round's REQUEST, its move with one panellist fewer (higher SEQUENCE), then its
    CANCEL (higher again)."""
    everyone = ("ana@example.nhs.uk", "ben@example.nhs.uk", "cai@example.nhs.uk")
    versions = []
    for sequence, (day, method, status, people) in enumerate(
        [
            (dt.date(2027, 6, 8), "REQUEST", "CONFIRMED", everyone),
            (dt.date(2027, 6, 15), "REQUEST", "CONFIRMED", everyone[:2]),
            (dt.date(2027, 6, 15), "CANCEL", "CANCELLED", everyone[:2]),
        ]
    ):
        cal = new_calendar(method)
        event = invite_event(day, sequence, status, *people)
        add_alarm(event)
        cal.add_component(event)
        versions.append(finish(cal))
    return versions


def uninvite() -> bytes:
    """The CANCEL sent to the panellist removed by the second version: no STATUS, since the
    Round itself goes on (RFC 5546 3.2.5)."""
    cal = new_calendar("CANCEL")
    cal.add_component(invite_event(dt.date(2027, 6, 15), 1, None, "cai@example.nhs.uk"))
    return finish(cal)


def recurring() -> tuple[bytes, dict]:
    """Second Tuesday monthly at 12:00 London (across both DST changes), one EXDATE, one
    RECURRENCE-ID override; with the expansion our Swift expansion must produce."""
    uid = "prep-series@rounds.example"
    first = dt.datetime(2026, 12, 8, 12, 0, tzinfo=LONDON)
    cal = new_calendar(name="Prep meetings")
    master = new_event(uid, first, first + dt.timedelta(minutes=45), "Prep meeting")
    master.add(
        "rrule", {"freq": "monthly", "byday": "2TU", "until": dt.datetime(2027, 12, 31, tzinfo=UTC)}
    )
    excluded = dt.datetime(2027, 8, 10, 12, 0, tzinfo=LONDON)
    master.add("exdate", [excluded])
    cal.add_component(master)
    moved_from = dt.datetime(2027, 4, 13, 12, 0, tzinfo=LONDON)
    moved_to = dt.datetime(2027, 4, 14, 9, 30, tzinfo=LONDON)
    override = new_event(uid, moved_to, moved_to + dt.timedelta(minutes=45), "Prep meeting (moved)")
    override.add("recurrence-id", moved_from)
    cal.add_component(override)

    occurrences = []
    for month in range(1, 13):
        day = nth_weekday(2027, month, 1, 2)
        start = dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=LONDON)
        if start == excluded:
            continue
        occurrences.append(moved_to if start == moved_from else start)
    expansion = {
        "window": {"start": utc_text(WINDOW[0]), "end": utc_text(WINDOW[1])},
        "occurrences": [utc_text(moment) for moment in occurrences],
    }
    return finish(cal), expansion


def all_day() -> tuple[bytes, dict]:
    """A yearly all-day (VALUE=DATE) event; its occurrences are plain dates in the contract."""
    cal = new_calendar()
    event = new_event(
        "away-day@rounds.example", dt.date(2026, 9, 21), dt.date(2026, 9, 22), "Team away day"
    )
    event.add("rrule", {"freq": "yearly"})
    cal.add_component(event)
    expansion = {
        "window": {"start": utc_text(WINDOW[0]), "end": utc_text(WINDOW[1])},
        "occurrences": ["2027-09-21"],
    }
    return finish(cal), expansion


# --- Bank holidays (an independent, gov.uk-shaped list: days off only) ---------------------


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous 'Meeus/Jones/Butcher' computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


ONE_OFF = {
    # nation -> {date: name}; dates that are extra days off, on top of the rules.
    "all": {
        dt.date(2022, 6, 3): "Platinum Jubilee bank holiday",
        dt.date(2022, 9, 19): "Bank Holiday for the State Funeral of Queen Elizabeth II",
        dt.date(2023, 5, 8): "Bank holiday for the coronation of King Charles III",
    },
    "scotland": {dt.date(2026, 6, 15): "World Cup bank holiday"},
}


def bank_holidays(nation: str, year: int) -> dict[dt.date, str]:
    """The days off of one nation in one year, as the government lists them."""
    easter = easter_sunday(year)
    early_may = dt.date(2020, 5, 8) if year == 2020 else nth_weekday(year, 5, 0, 1)
    spring = dt.date(2022, 6, 2) if year == 2022 else nth_weekday(year, 5, 0, -1)
    moving = {
        easter - dt.timedelta(days=2): "Good Friday",
        early_may: "Early May bank holiday",
        spring: "Spring bank holiday",
    }
    fixed = {dt.date(year, 1, 1): "New Year's Day"}
    if nation == "scotland":
        fixed[dt.date(year, 1, 2)] = "2nd January"
        moving[nth_weekday(year, 8, 0, 1)] = "Summer bank holiday"
        fixed[dt.date(year, 11, 30)] = "St Andrew's Day"
    else:
        moving[easter + dt.timedelta(days=1)] = "Easter Monday"
        moving[nth_weekday(year, 8, 0, -1)] = "Summer bank holiday"
    if nation == "northern-ireland":
        fixed[dt.date(year, 3, 17)] = "St Patrick's Day"
        fixed[dt.date(year, 7, 12)] = "Battle of the Boyne (Orangemen's Day)"
    fixed[dt.date(year, 12, 25)] = "Christmas Day"
    fixed[dt.date(year, 12, 26)] = "Boxing Day"
    for table in (ONE_OFF["all"], ONE_OFF.get(nation, {})):
        moving.update({day: name for day, name in table.items() if day.year == year})

    days_off = {day: name for day, name in {**fixed, **moving}.items() if day.weekday() < 5}
    # A fixed holiday on a weekend moves to the next weekday that is not already a day off.
    for day, name in sorted(fixed.items()):
        if day.weekday() >= 5:
            substitute = day + dt.timedelta(days=1)
            while substitute.weekday() >= 5 or substitute in days_off:
                substitute += dt.timedelta(days=1)
            days_off[substitute] = f"{name} (substitute day)"
    return days_off


UK_NATIONS = ("england-and-wales", "scotland", "northern-ireland")


def holidays_document(nation: str, first: int = 2015, last: int = 2035) -> dict:
    """A correct holidays-<nation>.json: the UK's from the rules above, written here; other
    regions' (Ireland, the US) from the holidays package itself, since these samples test the
    judge's machinery, not our rules."""
    days = {}
    if nation in UK_NATIONS:
        for year in range(first, last + 1):
            days.update(bank_holidays(nation, year))
    else:
        days = package_days_off(nation, first, last)
    return {
        "nation": nation,
        "from": first,
        "to": last,
        "holidays": [{"date": day.isoformat(), "name": name} for day, name in sorted(days.items())],
    }


NATIONS = REGIONS


ROTA_PEOPLE = [f"p{i}@example.org" for i in range(4)]
P = ROTA_PEOPLE


def rota_document(facilitators: list[list[str]], busy: list[dict] | None = None) -> dict:
    """A rota-<n>.json (docs/testing.md): four facilitators (two trained), three Rounds in consecutive months; p3 away in February."""
    starts = ["2027-01-12T12:30", "2027-02-09T12:30", "2027-03-09T12:30"]
    return {
        "seed": 0,
        "maxPerQuarter": 2,
        "clinicalPairing": False,
        "people": [
            {"email": P[0], "trained": True, "clinical": True},
            {"email": P[1], "trained": False, "clinical": False},
            {"email": P[2], "trained": True, "clinical": False},
            {"email": P[3], "trained": False, "clinical": True},
        ],
        "rounds": [
            {"start": s, "end": s.replace("12:30", "13:45"), "fixed": None} for s in starts
        ],
        "leave": [{"person": P[3], "from": "2027-02-09", "to": "2027-02-09"}],
        "busy": busy or [],
        "result": {
            "facilitators": facilitators,
            "cost": {"unstaffed": 0, "spread": 0, "repeats": 0, "sumOfSquares": 0},
        },
    }


# An optimal answer to rota_document: all staffed, spread 1, no repeats.
ROTA_OPTIMAL = [[P[2], P[3]], [P[0], P[1]], [P[2], P[3]]]


def write_good_set(folder: Path, with_holidays: bool = True) -> None:
    """Write a complete, correct judge input into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "feed.ics").write_bytes(feed())
    for index, data in enumerate(invite_versions()):
        (folder / f"invite-round-2027-06-seq{index}.ics").write_bytes(data)
    (folder / "invite-round-2027-06-seq1.uninvite.ics").write_bytes(uninvite())
    for name, (data, expansion) in {"prep-series": recurring(), "away-day": all_day()}.items():
        (folder / f"{name}.ics").write_bytes(data)
        (folder / f"{name}.expansion.json").write_text(json.dumps(expansion, indent=2))
    (folder / "rota-1.json").write_text(json.dumps(rota_document(ROTA_OPTIMAL), indent=2))
    (folder / "rota-manifest.json").write_text(json.dumps({"seeds": [1]}))
    if with_holidays:
        for nation in NATIONS:
            (folder / f"holidays-{nation}.json").write_text(
                json.dumps(holidays_document(nation), indent=2)
            )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: samples.py FOLDER")
    write_good_set(Path(sys.argv[1]))
