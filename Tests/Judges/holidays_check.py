"""Judge: our holiday engine against the Python `holidays` package, region by region.

REGIONS is the one list of judged regions (file name -> the package's country and
subdivision): the UK nations, the Republic of Ireland and the United States (federal, the
package's default "public" category: no Inauguration Day, no one-off closures).

What is compared is the set of days off, as the government lists them (gov.uk/bank-holidays):
a holiday that falls on a Saturday or Sunday is not itself a day off; its substitute weekday
is. The `holidays` package lists both the calendar date (even on a weekend) and the
substitute "(observed)" day, so its weekend dates are dropped before comparing. That is a
difference of representation, not of fact, and applies to every year alike.

Known real differences between the package and the government's list go in
KNOWN_DIFFERENCES, one date at a time with the reason and a source. Each entry excuses exactly
that date for that nation on that side, and an entry that no longer matches a difference is
reported, so the list cannot grow stale silently. With holidays==0.109 it is empty: for
2015-2035 the package's days off equal the government's rules and one-off changes (checked
date for date against a 2017-2023 snapshot of gov.uk's published data, and against an
independent rule engine, samples.bank_holidays, for every year) -- see docs/testing.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import holidays

from report import Report

# File name (holidays-<name>.json) -> (the package's country, its subdivision). Every region
# this judge can check, and so (with --require-holidays) every region whose
# holidays-<region>.json the Swift tests must write: the one list of expected regions.
REGIONS: dict[str, tuple[str, str | None]] = {
    "england-and-wales": ("UK", "ENG"),
    "scotland": ("UK", "SCT"),
    "northern-ireland": ("UK", "NIR"),
    "ireland": ("IE", None),
    "united-states": ("US", None),
}
FILE_NAME = re.compile(r"^holidays-(?P<nation>[a-z-]+)\.json$")


@dataclass(frozen=True)
class KnownDifference:
    """A date where the `holidays` package legitimately disagrees with the government."""

    nation: str
    day: dt.date
    only_in: str  # "ours" (the government lists it, the package does not) or "package"
    reason: str
    source: str


KNOWN_DIFFERENCES: tuple[KnownDifference, ...] = (
    KnownDifference(
        nation="ireland",
        day=dt.date(2011, 9, 14),
        only_in="package",
        reason="the package dates Ireland's National Day of Mourning 2011; it was Friday"
        " 14 September 2001 (after the 11 September attacks), a day of mourning on which the"
        " Government asked employers to close, not a statutory public holiday",
        source="holidays 0.109 countries/ireland.py special_public_holidays; Dail Eireann"
        " debates, 13 September 2001",
    ),
)


def package_days_off(nation: str, first: int, last: int) -> dict[dt.date, str]:
    """The package's days off for a region: weekday dates only (see the module docstring)."""
    country, subdivision = REGIONS[nation]
    listed = holidays.country_holidays(country, subdiv=subdivision, years=range(first, last + 1))
    # The US's New Year's Day on a Saturday is observed on 31 December of the year before,
    # which the package lists with the later year: keep only the document's years.
    return {
        day: name
        for day, name in listed.items()
        if day.weekday() < 5 and first <= day.year <= last
    }


def wales_problems(first: int, last: int) -> list[str]:
    """We judge "england-and-wales" against the package's England; that is sound only while
    the package gives Wales the same days."""
    years = range(first, last + 1)
    england = set(holidays.UK(subdiv="ENG", years=years))
    wales = set(holidays.UK(subdiv="WLS", years=years))
    if england == wales:
        return []
    differing = sorted(england ^ wales)
    return [
        "the holidays package no longer gives Wales the same days as England ("
        + ", ".join(day.isoformat() for day in differing)
        + "); judging england-and-wales against England alone needs revisiting"
    ]


def read_document(path: Path, nation: str) -> tuple[int, int, dict[dt.date, str]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("nation") != nation:
        raise ValueError(f'"nation" is {document.get("nation")!r}, the file name says {nation!r}')
    first, last = document["from"], document["to"]
    if not (isinstance(first, int) and isinstance(last, int) and first <= last):
        raise ValueError('"from" and "to" must be years, "from" not after "to"')
    ours: dict[dt.date, str] = {}
    for entry in document["holidays"]:
        day = dt.date.fromisoformat(entry["date"])
        if not isinstance(entry.get("name"), str) or not entry["name"]:
            raise ValueError(f"{entry['date']} has no name")
        if day in ours:
            raise ValueError(f"{day} is listed twice")
        ours[day] = entry["name"]
    return first, last, ours


def describe(day: dt.date, name: str) -> str:
    weekend = (
        " -- a weekend day; the government lists only its substitute weekday"
        if day.weekday() >= 5
        else ""
    )
    return f"{day.isoformat()} {day:%a} {name}{weekend}"


def holiday_problems(
    path: Path,
    nation: str,
    known: tuple[KnownDifference, ...],
    used: set[KnownDifference],
) -> list[str]:
    try:
        first, last, ours = read_document(path, nation)
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [f"not in the contract's shape: {error}"]
    problems = []
    outside = [day for day in ours if not first <= day.year <= last]
    if outside:
        problems.append(
            "dates outside from..to: " + ", ".join(day.isoformat() for day in sorted(outside))
        )
    theirs = package_days_off(nation, first, last)
    allowed = {(entry.only_in, entry.day): entry for entry in known if entry.nation == nation}
    only_ours, only_theirs = [], []
    for day in sorted(set(ours) - set(theirs)):
        if entry := allowed.get(("ours", day)):
            used.add(entry)
        else:
            only_ours.append(describe(day, ours[day]))
    for day in sorted(set(theirs) - set(ours)):
        if entry := allowed.get(("package", day)):
            used.add(entry)
        else:
            only_theirs.append(describe(day, theirs[day]))
    if only_ours:
        problems.append(
            f"{len(only_ours)} date(s) in ours, not in holidays {holidays.__version__}:\n"
            + "\n".join("    " + line for line in only_ours)
        )
    if only_theirs:
        problems.append(
            f"{len(only_theirs)} date(s) in holidays {holidays.__version__}, missing in ours:\n"
            + "\n".join("    " + line for line in only_theirs)
        )
    if nation == "england-and-wales":
        problems.extend(wales_problems(first, last))
    return problems


def check_holidays(
    report: Report,
    root: Path,
    require: bool,
    known: tuple[KnownDifference, ...] = KNOWN_DIFFERENCES,
) -> None:
    report.group("holidays", f"bank holidays equal the holidays package ({holidays.__version__})")
    found = []
    for path in sorted(root.rglob("holidays-*.json")):
        match = FILE_NAME.match(path.name)
        if not match or match["nation"] not in REGIONS:
            report.fail(
                "holidays",
                f"{path.relative_to(root)}: unknown nation in the file name"
                f" (expected one of {', '.join(REGIONS)})",
            )
            continue
        found.append((path, match["nation"]))
    judged = {nation for _, nation in found}
    if require and (missing := [region for region in REGIONS if region not in judged]):
        report.fail(
            "holidays",
            f"no holidays-<region>.json for {', '.join(missing)} in the judge input"
            f" (--require-holidays expects all of {', '.join(REGIONS)})",
        )
    if not found:
        return
    used: set[KnownDifference] = set()
    for path, nation in found:
        report.check(
            "holidays", str(path.relative_to(root)), holiday_problems(path, nation, known, used)
        )
    for entry in known:
        if entry.nation in judged and entry not in used:
            report.warn(
                "holidays",
                f"allow-list entry {entry.nation} {entry.day} (only in {entry.only_in}) matched no"
                " difference: remove it from KNOWN_DIFFERENCES",
            )
