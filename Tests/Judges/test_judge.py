"""Self-test of the judges: each judge passes a correct input and FAILS each kind of bad one.

Run by `make judges` before the judges look at the real Swift output:
    .venv/bin/python -m pytest -q Tests/Judges
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

import judge
import samples
import zones_check
from holidays_check import KnownDifference, check_holidays
from ics_checks import IcsFile
from radicale_check import (
    COLLECTION,
    MKCALENDAR_BODY,
    RadicaleServer,
    Version,
    _judge_uid,
    check_radicale,
)
from report import Report

FINAL_LINE = re.compile(r"^judges: (\d+) passed, (\d+) failed$")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    samples.write_good_set(tmp_path)
    return tmp_path


def run(folder: Path, **options) -> Report:
    options.setdefault("radicale", False)
    return judge.judge(folder, **options)


def failures(report: Report, group: str) -> str:
    return "\n".join(report.failures(group))


def rewrite(path: Path, change) -> None:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    change(calendar)
    path.write_bytes(calendar.to_ical())


def first_event(calendar: icalendar.Calendar) -> icalendar.Event:
    return calendar.walk("VEVENT")[0]


# --- the good set and the verdict line ---------------------------------------------------


def test_good_set_passes_every_judge_but_radicale(good: Path) -> None:
    report = run(good)
    assert report.total_failed == 0, [g.failures for g in report.groups.values()]
    assert {name: report.groups[name].passed for name in report.groups} == {
        "input": 1,
        "parse": 7,
        "structure": 7,
        "versions": 1,
        "zones": 7,
        "own-zone": 7,
        "expansion": 2,
        "holidays": 5,
        "rota": 1,
    }


def test_good_set_passes_radicale_with_201_then_204(good: Path) -> None:
    report = run(good, radicale=True)
    assert failures(report, "radicale") == ""
    # started + MKCALENDAR + 9 PUTs (4 feed events, 3 invite versions, 2 series) + 7 GETs;
    # the uninvite is not stored.
    assert report.groups["radicale"].passed == 18


def test_main_prints_the_final_line_ci_reads(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert judge.main([str(good), "--no-radicale"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    match = FINAL_LINE.match(last)
    assert match and match[2] == "0" and int(match[1]) == 38, last


def test_only_the_final_line_has_the_ci_shape(good: Path) -> None:
    (good / "feed.ics").write_bytes(b"garbage")
    out = io.StringIO()
    run(good).print(out)
    lines = out.getvalue().splitlines()
    assert [line for line in lines if FINAL_LINE.match(line)] == [lines[-1]]
    assert lines[-1] == "judges: 32 passed, 1 failed"


# --- input ----------------------------------------------------------------------------------


def test_no_ics_file_fails_even_with_holidays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples.write_good_set(tmp_path)
    for path in tmp_path.glob("*.ics"):
        path.unlink()
    assert judge.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "no .ics file under" in out
    assert out.splitlines()[-1] == "judges: 6 passed, 1 failed"


def test_empty_folder_fails(tmp_path: Path) -> None:
    assert judge.main([str(tmp_path)]) == 1


def test_missing_folder_fails(tmp_path: Path) -> None:
    report = run(tmp_path / "absent")
    assert "is not a directory" in failures(report, "input")


# --- parse ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"garbage\r\n", "icalendar refused it"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
            b"END:VTODO\r\nEND:VCALENDAR\r\n",
            "END:VTODO closes BEGIN:VEVENT",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n",
            "BEGIN:VCALENDAR of line 1 (unfolded) is never closed",
        ),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "holds no component"),
        (b"BEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n", "top-level object is VEVENT"),
        (samples.feed() + samples.feed(), "found 2 top-level objects"),
        (
            samples.feed().replace(
                b"DTSTART;TZID=Europe/London:20270209", b"DTSTART;TZID=Europe/London:20271309"
            ),
            "DTSTART: Wrong datetime format",
        ),
    ],
)
def test_unreadable_files_fail_parse(good: Path, content: bytes, expected: str) -> None:
    (good / "feed.ics").write_bytes(content)
    report = run(good)
    assert expected in failures(report, "parse")
    assert report.groups["parse"].passed == 6


def test_lf_line_ends_are_a_warning_not_a_failure(good: Path) -> None:
    path = good / "feed.ics"
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n"))
    report = run(good)
    assert report.total_failed == 0
    assert "end in LF without CR" in "\n".join(report.warnings("parse"))


# --- structure ------------------------------------------------------------------------------


def test_missing_vtimezone_fails(good: Path) -> None:
    def drop_zones(calendar: icalendar.Calendar) -> None:
        calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]

    rewrite(good / "feed.ics", drop_zones)
    text = failures(run(good), "structure")
    assert "feed.ics" in text
    assert (
        "TZID America/New_York (used by DTSTART of VEVENT UID=round-2027-05@rounds.example)" in text
    )
    assert "TZID Europe/London (used by DTSTART of VEVENT UID=round-2027-02@rounds.example)" in text


def test_missing_vtimezone_for_exdate_only_fails(good: Path) -> None:
    def exdate_elsewhere(calendar: icalendar.Calendar) -> None:
        event = first_event(calendar)
        event.pop("EXDATE")
        event.add("exdate", [dt.datetime(2027, 8, 10, 7, 0, tzinfo=samples.NEW_YORK)])

    rewrite(good / "prep-series.ics", exdate_elsewhere)
    assert "TZID America/New_York (used by EXDATE" in failures(run(good), "structure")


@pytest.mark.parametrize("missing", ["UID", "DTSTAMP", "DTSTART"])
def test_missing_required_event_property_fails(good: Path, missing: str) -> None:
    rewrite(good / "feed.ics", lambda calendar: first_event(calendar).pop(missing))
    assert f"has no {missing}" in failures(run(good), "structure")


def test_dtstamp_not_in_utc_fails(good: Path) -> None:
    # Written as bytes: icalendar itself would convert a local DTSTAMP to UTC.
    path = good / "feed.ics"
    path.write_bytes(
        path.read_bytes().replace(
            b"DTSTAMP:20261126T090000Z", b"DTSTAMP;TZID=Europe/London:20261126T090000", 1
        )
    )
    assert "DTSTAMP is not a UTC date-time" in failures(run(good), "structure")


@pytest.mark.parametrize("version", [0, 2])
@pytest.mark.parametrize("missing", ["ORGANIZER", "ATTENDEE"])
def test_request_and_cancel_need_organizer_and_attendees(
    good: Path, version: int, missing: str
) -> None:
    rewrite(good / f"invite-round-2027-06-seq{version}.ics", lambda c: first_event(c).pop(missing))
    method = "REQUEST" if version == 0 else "CANCEL"
    assert f"METHOD:{method} needs" in failures(run(good), "structure")


def test_cancel_without_status_cancelled_fails(good: Path) -> None:
    def confirmed(calendar: icalendar.Calendar) -> None:
        first_event(calendar)["STATUS"] = icalendar.vText("CONFIRMED")

    rewrite(good / "invite-round-2027-06-seq2.ics", confirmed)
    assert "METHOD:CANCEL needs STATUS:CANCELLED (has CONFIRMED)" in failures(
        run(good), "structure"
    )


def test_uninvite_with_status_fails(good: Path) -> None:
    path = good / "invite-round-2027-06-seq1.uninvite.ics"
    rewrite(path, lambda c: first_event(c).add("status", "CANCELLED"))
    assert "a CANCEL to removed attendees must not carry STATUS (has CANCELLED" in failures(
        run(good), "structure"
    )


def test_uninvite_must_be_a_cancel(good: Path) -> None:
    path = good / "invite-round-2027-06-seq1.uninvite.ics"
    rewrite(path, lambda c: c.__setitem__("METHOD", icalendar.vText("REQUEST")))
    assert "file must have METHOD:CANCEL (has REQUEST)" in failures(run(good), "structure")


def test_libical_parse_error_property_fails(good: Path) -> None:
    rewrite(
        good / "feed.ics", lambda c: first_event(c).add("x-lic-error", "Parse error in property")
    )
    assert "libical's parse error" in failures(run(good), "structure")


# --- zones ----------------------------------------------------------------------------------


def test_vtimezone_truncated_too_early_fails(good: Path) -> None:
    def short_zone(calendar: icalendar.Calendar) -> None:
        calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
        calendar.add_missing_timezones(
            first_date=dt.date(2026, 1, 1), last_date=dt.date(2027, 3, 1)
        )

    rewrite(good / "prep-series.ics", short_zone)
    report = run(good)
    text = failures(report, "zones")
    assert (
        "prep-series.ics: VTIMEZONE Europe/London: VTIMEZONE Europe/London gives UTC+00:00 at"
        in text
    )
    assert "where Europe/London gives UTC+01:00; 9 of the file's times in this zone differ" in text
    # The other judges do not notice: they read Europe/London from their own zone database.
    assert failures(report, "expansion") == "" and failures(report, "structure") == ""


def test_vtimezone_with_wrong_offsets_fails(good: Path) -> None:
    path = good / "feed.ics"
    text = path.read_bytes()
    path.write_bytes(text.replace(b"TZOFFSETTO:+0100", b"TZOFFSETTO:+0200"))
    assert "VTIMEZONE Europe/London gives UTC+02:00" in failures(run(good), "zones")


def test_all_day_event_beside_a_recurring_one_is_judged_not_a_crash(good: Path) -> None:
    """`make judges-only` on Samples/sample-programme.ics crashed in wall_times (a date minus a
    date-time) when a calendar held an all-day event and a recurring timed one."""
    away = icalendar.Calendar.from_ical((good / "away-day.ics").read_bytes())

    def add_all_day(calendar: icalendar.Calendar) -> None:
        for event in away.walk("VEVENT"):
            calendar.add_component(event)

    rewrite(good / "prep-series.ics", add_all_day)
    report = run(good)
    assert failures(report, "zones") == "" and failures(report, "own-zone") == ""
    assert report.groups["zones"].passed == 7


def test_vendor_prefixed_tzid_is_compared_with_its_iana_zone() -> None:
    zone = icalendar.Timezone()
    zone.add("tzid", "/freeassociation.sourceforge.net/Europe/London")
    assert zones_check.iana_zone(zone) == ZoneInfo("Europe/London")
    zone = icalendar.Timezone()
    zone.add("tzid", "W. Europe Standard Time")
    assert zones_check.iana_zone(zone) is None


# --- own-zone -------------------------------------------------------------------------------

# What libical 3.0.16's icaltimezone_truncate_vtimezone(..., ms_compatible 0) wrote for a feed from
# October 2026 to January 2028: a first STANDARD named BST, a one-off DAYLIGHT, and a STANDARD
# with a DTSTART and a UTC RDATE. ical.js (Thunderbird) put January to March 2027 an hour early.
TRUNCATED_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
TZUNTIL:20280201T000000Z
BEGIN:STANDARD
TZNAME:BST
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
DTSTART:20261001T010000
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:BST
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:20270328T010000
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:GMT
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:20261025T020000
RDATE:20271031T010000Z
END:STANDARD
END:VTIMEZONE
"""


def with_zone(path: Path, vtimezone: str) -> None:
    zone = icalendar.Calendar.from_ical("BEGIN:VCALENDAR\n" + vtimezone + "END:VCALENDAR\n")

    def replace(calendar: icalendar.Calendar) -> None:
        others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
        calendar.subcomponents = zone.walk("VTIMEZONE") + others

    rewrite(path, replace)


def test_utc_rdate_in_a_vtimezone_fails_both_ways(good: Path) -> None:
    with_zone(good / "feed.ics", TRUNCATED_LONDON)
    text = failures(run(good), "own-zone")
    assert "RDATE 20271031T010000Z is not a local date-time (RFC 5545 3.6.5)" in text
    assert "rdate-only reading:" in text
    assert "12:00 Europe/London is 2027-" in text and "11:00Z by the file's VTIMEZONE" in text


def test_time_before_the_first_onset_fails(good: Path) -> None:
    late = TRUNCATED_LONDON.replace("DTSTART:2026", "DTSTART:2029")
    late = late.replace("DTSTART:2027", "DTSTART:2029")
    late = late.replace("RDATE:20271031T010000Z\n", "")
    with_zone(good / "feed.ics", late)
    assert "before the VTIMEZONE's first onset" in failures(run(good), "own-zone")


def test_yearly_rule_form_passes(good: Path) -> None:
    zone = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19810329T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19961027T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
"""
    with_zone(good / "feed.ics", zone)
    assert failures(run(good), "own-zone") == ""


# --- versions -------------------------------------------------------------------------------


def test_lower_sequence_on_update_fails(good: Path) -> None:
    def lower(calendar: icalendar.Calendar) -> None:
        first_event(calendar)["SEQUENCE"] = icalendar.vInt(0)

    rewrite(good / "invite-round-2027-06-seq1.ics", lower)
    text = failures(run(good), "versions")
    assert (
        "invite-round-2027-06-seq1.ics has SEQUENCE 0, not higher than"
        " invite-round-2027-06-seq0.ics (SEQUENCE 0)" in text
    )


def test_cancellation_with_same_sequence_fails(good: Path) -> None:
    rewrite(
        good / "invite-round-2027-06-seq2.ics",
        lambda c: first_event(c).__setitem__("SEQUENCE", icalendar.vInt(1)),
    )
    assert "seq2.ics has SEQUENCE 1, not higher than" in failures(run(good), "versions")


def test_changed_uid_between_versions_fails(good: Path) -> None:
    rewrite(
        good / "invite-round-2027-06-seq1.ics",
        lambda c: first_event(c).__setitem__("UID", icalendar.vText("other@x")),
    )
    assert "an update or cancellation must keep the UID" in failures(run(good), "versions")


# --- expansion ------------------------------------------------------------------------------


def edit_expansion(folder: Path, change) -> None:
    path = folder / "prep-series.expansion.json"
    document = json.loads(path.read_text())
    change(document["occurrences"])
    path.write_text(json.dumps(document))


def test_missing_occurrence_fails_precisely(good: Path) -> None:
    edit_expansion(good, lambda occurrences: occurrences.remove("2027-07-13T11:00:00Z"))
    text = failures(run(good), "expansion")
    assert (
        "1 occurrence(s) only from recurring-ical-events (missing in ours): 2027-07-13T11:00:00Z"
        in text
    )
    assert "only in ours" not in text


def test_extra_occurrence_fails_precisely(good: Path) -> None:
    # The EXDATE'd August meeting, listed anyway.
    edit_expansion(good, lambda occurrences: occurrences.append("2027-08-10T11:00:00Z"))
    assert (
        "1 occurrence(s) only in ours (recurring-ical-events does not produce them):"
        " 2027-08-10T11:00:00Z" in failures(run(good), "expansion")
    )


def test_daylight_saving_mistake_fails(good: Path) -> None:
    # 12:00 London in July is 11:00Z; writing 12:00Z is the classic DST slip.
    edit_expansion(
        good, lambda o: o.__setitem__(o.index("2027-07-13T11:00:00Z"), "2027-07-13T12:00:00Z")
    )
    text = failures(run(good), "expansion")
    assert (
        "only in ours (recurring-ical-events does not produce them): 2027-07-13T12:00:00Z" in text
    )
    assert "(missing in ours): 2027-07-13T11:00:00Z" in text


def test_ignored_override_fails(good: Path) -> None:
    # Listing the original April slot instead of the RECURRENCE-ID override.
    edit_expansion(
        good, lambda o: o.__setitem__(o.index("2027-04-14T08:30:00Z"), "2027-04-13T11:00:00Z")
    )
    text = failures(run(good), "expansion")
    assert "2027-04-13T11:00:00Z" in text and "2027-04-14T08:30:00Z" in text


def test_all_day_occurrence_mismatch_fails(good: Path) -> None:
    path = good / "away-day.expansion.json"
    document = json.loads(path.read_text())
    document["occurrences"] = ["2027-09-22"]
    path.write_text(json.dumps(document))
    text = failures(run(good), "expansion")
    assert "only in ours (recurring-ical-events does not produce them): 2027-09-22" in text
    assert "(missing in ours): 2027-09-21" in text


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"window": {"start": "2027-01-01", "end": "2028-01-01T00:00:00Z"}, "occurrences": []},
            "window start and end",
        ),
        ({"occurrences": []}, "not in the contract's shape"),
        (
            {
                "window": {"start": "2027-01-01T00:00:00Z", "end": "2028-01-01T00:00:00Z"},
                "occurrences": ["soon"],
            },
            "not in the contract's shape",
        ),
    ],
)
def test_expansion_json_out_of_shape_fails(good: Path, document: dict, expected: str) -> None:
    (good / "prep-series.expansion.json").write_text(json.dumps(document))
    assert expected in failures(run(good), "expansion")


def test_duplicate_and_out_of_window_occurrences_fail(good: Path) -> None:
    edit_expansion(good, lambda o: o.extend(["2027-01-12T12:00:00Z", "2026-12-08T12:00:00Z"]))
    text = failures(run(good), "expansion")
    assert "listed more than once in ours: 2027-01-12T12:00:00Z" in text
    assert "outside the window: 2026-12-08T12:00:00Z" in text


def test_expansion_without_its_ics_fails(good: Path) -> None:
    (good / "prep-series.ics").unlink()
    assert "no prep-series.ics beside it" in failures(run(good), "expansion")


# --- radicale -------------------------------------------------------------------------------


class ScriptedServer:
    """Stands in for Radicale to prove the judge fails when a server answers wrongly."""

    def __init__(self, put_statuses: list[int], stored: bytes) -> None:
        self.put_statuses = list(put_statuses)
        self.stored = stored

    def request(self, method: str, path: str, body=None, headers=None):
        if method == "PUT":
            return self.put_statuses.pop(0), {"etag": '"1"'}, b""
        return 200, {}, self.stored


def invite_versions() -> list[Version]:
    versions = []
    for index, data in enumerate(samples.invite_versions()):
        ics = IcsFile(Path(f"v{index}.ics"), f"v{index}.ics", icalendar.Calendar.from_ical(data))
        versions.append(Version("round-2027-06@rounds.example", ics, ics.events()))
    return versions


@pytest.mark.parametrize(
    ("statuses", "stored_version", "expected"),
    [
        ([201, 200, 204], 2, "answered 200, not 204"),
        ([204, 204, 204], 2, "answered 204, not 201"),
        ([201, 204, 204], 1, "GET returned SEQUENCE 1, not the highest, 2"),
        ([201, 204, 204], 1, "GET returned STATUS CONFIRMED, not CANCELLED"),
    ],
)
def test_radicale_judge_fails_on_wrong_answers(
    statuses: list[int], stored_version: int, expected: str
) -> None:
    versions = invite_versions()
    report = Report()
    report.group("radicale")
    _judge_uid(
        report,
        ScriptedServer(statuses, versions[stored_version].resource()),
        versions[0].uid,
        versions,
    )
    assert expected in failures(report, "radicale")


def test_radicale_that_does_not_start_fails(good: Path) -> None:
    files = [
        IcsFile(path, path.name, icalendar.Calendar.from_ical(path.read_bytes()))
        for path in good.glob("*.ics")
    ]
    report = Report()
    check_radicale(report, files, python="/bin/false")
    assert "Radicale exited with code 1 while starting" in failures(report, "radicale")


def test_a_judge_that_breaks_is_a_failure_and_the_others_still_run(
    good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(judge, "check_expansions", broken)
    report = run(good)
    assert "the judge itself failed" in failures(report, "expansion")
    assert "RuntimeError: boom" in failures(report, "expansion")
    assert report.groups["holidays"].passed == 5


def test_radicale_accepts_method_but_we_strip_it() -> None:
    versions = invite_versions()
    assert b"METHOD" not in versions[0].resource()
    with RadicaleServer() as server:
        assert server.request("MKCALENDAR", COLLECTION, MKCALENDAR_BODY)[0] == 201
        status, _, _ = server.request(
            "PUT",
            COLLECTION + "with-method.ics",
            samples.invite_versions()[0],
            {"Content-Type": "text/calendar"},
        )
        assert status == 201  # if this ever fails, Radicale started enforcing RFC 4791 4.1 itself
        process = server.process
    assert process is not None and process.poll() is not None  # stopped when the block ended


# --- holidays -------------------------------------------------------------------------------


def edit_holidays(folder: Path, nation: str, change) -> None:
    path = folder / f"holidays-{nation}.json"
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def drop_day(day: str):
    return lambda document: document["holidays"].remove(
        next(h for h in document["holidays"] if h["date"] == day)
    )


def test_missing_one_off_holiday_fails(good: Path) -> None:
    edit_holidays(good, "england-and-wales", drop_day("2022-09-19"))
    text = failures(run(good), "holidays")
    assert "holidays-england-and-wales.json" in text
    assert (
        "1 date(s) in holidays 0.109, missing in ours:\n"
        "    2022-09-19 Mon State Funeral of Queen Elizabeth II" in text
    )


def test_scotland_world_cup_day_is_required(good: Path) -> None:
    edit_holidays(good, "scotland", drop_day("2026-06-15"))
    assert "2026-06-15 Mon Scotland's participation in the FIFA World Cup final" in failures(
        run(good), "holidays"
    )


def test_weekend_date_instead_of_substitute_fails(good: Path) -> None:
    def weekend(document: dict) -> None:
        drop_day("2027-12-28")(document)
        document["holidays"].append({"date": "2027-12-26", "name": "Boxing Day"})

    edit_holidays(good, "northern-ireland", weekend)
    text = failures(run(good), "holidays")
    assert (
        "2027-12-26 Sun Boxing Day -- a weekend day;"
        " the government lists only its substitute weekday" in text
    )
    assert "2027-12-28 Tue Boxing Day (observed)" in text


def test_easter_monday_in_scotland_fails(good: Path) -> None:
    edit_holidays(
        good,
        "scotland",
        lambda d: d["holidays"].append({"date": "2027-03-29", "name": "Easter Monday"}),
    )
    assert (
        "1 date(s) in ours, not in holidays 0.109:\n    2027-03-29 Mon Easter Monday"
        in failures(run(good), "holidays")
    )


def test_holidays_out_of_shape_fail(good: Path) -> None:
    edit_holidays(good, "scotland", lambda d: d.__setitem__("nation", "england-and-wales"))
    (good / "holidays-wales.json").write_text("{}")
    text = failures(run(good), "holidays")
    assert "the file name says 'scotland'" in text
    assert "holidays-wales.json: unknown nation" in text


def test_allow_list_excuses_exactly_its_date_and_flags_stale_entries(good: Path) -> None:
    edit_holidays(good, "england-and-wales", drop_day("2022-09-19"))
    edit_holidays(good, "england-and-wales", drop_day("2023-05-08"))
    known = (
        KnownDifference("england-and-wales", dt.date(2022, 9, 19), "package", "test", "test"),
        KnownDifference("scotland", dt.date(2022, 9, 19), "package", "stale", "test"),
    )
    report = Report()
    check_holidays(report, good, require=True, known=known)
    text = failures(report, "holidays")
    assert "2023-05-08" in text and "2022-09-19" not in text
    assert (
        "allow-list entry scotland 2022-09-19 (only in package) matched no difference"
        in "\n".join(report.warnings("holidays"))
    )


def test_no_holidays_file_fails_with_or_without_the_flag(tmp_path: Path) -> None:
    samples.write_good_set(tmp_path, with_holidays=False)
    relaxed = run(tmp_path)
    assert "the holidays judge found nothing to judge" in failures(relaxed, "holidays")
    strict = run(tmp_path, require_holidays=True)
    assert (
        "no holidays-<region>.json for england-and-wales, scotland, northern-ireland"
        in failures(strict, "holidays")
    )
    assert judge.main([str(tmp_path), "--no-radicale", "--require-holidays"]) == 1


def test_require_holidays_wants_every_region_the_judge_knows(good: Path) -> None:
    (good / "holidays-scotland.json").unlink()
    assert failures(run(good), "holidays") == ""  # two regions judged, none wrong
    text = failures(run(good, require_holidays=True), "holidays")
    assert "no holidays-<region>.json for scotland in the judge input" in text


# --- judges that cannot pass silently ----------------------------------------------------------


def drop_series(folder: Path) -> None:
    for path in folder.glob("*-seq*.ics"):
        path.unlink()


def drop_expansions(folder: Path) -> None:
    for path in folder.glob("*.expansion.json"):
        path.unlink()


def drop_vtimezones(folder: Path) -> None:
    for path in folder.glob("*.ics"):
        rewrite(
            path,
            lambda c: setattr(
                c, "subcomponents", [x for x in c.subcomponents if x.name != "VTIMEZONE"]
            ),
        )


def drop_rotas(folder: Path) -> None:
    for path in folder.glob("rota-*.json"):
        path.unlink()


@pytest.mark.parametrize(
    ("groups", "drop"),
    [
        (["versions"], drop_series),
        (["expansion"], drop_expansions),
        (["zones", "own-zone"], drop_vtimezones),
        (["rota"], drop_rotas),
    ],
)
def test_a_group_with_nothing_to_judge_fails(good: Path, groups: list[str], drop) -> None:
    drop(good)
    report = run(good)
    for group in groups:
        assert "found nothing to judge" in failures(report, group) or "nothing was judged" in (
            failures(report, group)
        ), group
    assert judge.main([str(good), "--no-radicale"]) == 1


def make_dry_run(*arguments: str, env: dict[str, str] | None = None) -> str:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", *arguments],
        cwd=root,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_make_runs_the_judge_with_every_require_flag_whatever_the_environment() -> None:
    """`make test` cannot be talked out of the require flags: not by JUDGE_FLAGS in the
    environment, not on the command line."""
    for env, arguments in [
        ({}, []),
        ({"JUDGE_FLAGS": ""}, []),
        ({"JUDGE_REQUIRE": ""}, []),
        ({}, ["JUDGE_REQUIRE=", "JUDGE_FLAGS="]),
    ]:
        commands = make_dry_run("judges-only", "JUDGE_DIR=/nonexistent", *arguments, env=env)
        line = next(line for line in commands.splitlines() if "judge.py" in line)
        assert "--require-holidays" in line and "--require-rota" in line, (env, arguments, line)


def test_the_judge_fails_when_its_input_folder_is_missing(tmp_path: Path) -> None:
    """What `make judges-only` runs after a `swift test` that wrote nothing."""
    assert judge.main([str(tmp_path / "absent"), "--no-radicale"]) == 1
    assert judge.main([str(tmp_path), "--no-radicale", "--require-holidays", "--require-rota"]) == 1
