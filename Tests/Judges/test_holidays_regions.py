"""Self-test of the holidays judge for Ireland and the United States: a correct year passes,
and a missing observed day, a weekend date in its place or a day Ireland does not substitute
each fail. The expected lists are written out by hand from the statutes (5 U.S.C. 6103; the
Irish Organisation of Working Time Act 1997, Schedule 2), not taken from the package.
"""

from __future__ import annotations

import json
from pathlib import Path

from holidays_check import check_holidays
from report import Report

US_2027 = {
    "2027-01-01": "New Year's Day",
    "2027-01-18": "Martin Luther King Jr. Day",
    "2027-02-15": "Washington's Birthday",
    "2027-05-31": "Memorial Day",
    "2027-06-18": "Juneteenth National Independence Day (observed)",
    "2027-07-05": "Independence Day (observed)",
    "2027-09-06": "Labor Day",
    "2027-10-11": "Columbus Day",
    "2027-11-11": "Veterans Day",
    "2027-11-25": "Thanksgiving Day",
    "2027-12-24": "Christmas Day (observed)",
    "2027-12-31": "New Year's Day (observed)",
}
# Christmas Day (Saturday) and St Stephen's Day (Sunday) are not days off and have no
# substitute in Ireland.
IE_2027 = {
    "2027-01-01": "New Year's Day",
    "2027-02-01": "St Brigid's Day",
    "2027-03-17": "St Patrick's Day",
    "2027-03-29": "Easter Monday",
    "2027-05-03": "May Bank Holiday",
    "2027-06-07": "June Bank Holiday",
    "2027-08-02": "August Bank Holiday",
    "2027-10-25": "October Bank Holiday",
}


def write(folder: Path, name: str, days: dict[str, str]) -> None:
    document = {
        "nation": name,
        "from": 2027,
        "to": 2027,
        "holidays": [{"date": day, "name": title} for day, title in sorted(days.items())],
    }
    (folder / f"holidays-{name}.json").write_text(json.dumps(document))


def judged(folder: Path) -> Report:
    report = Report()
    check_holidays(report, folder, require=False)
    return report


def test_correct_years_pass(tmp_path: Path) -> None:
    write(tmp_path, "united-states", US_2027)
    write(tmp_path, "ireland", IE_2027)
    report = judged(tmp_path)
    assert report.failures("holidays") == []
    assert report.groups["holidays"].passed == 2


def test_us_weekend_date_instead_of_observed_day_fails(tmp_path: Path) -> None:
    days = dict(US_2027)
    del days["2027-07-05"]
    days["2027-07-04"] = "Independence Day"
    write(tmp_path, "united-states", days)
    text = "\n".join(judged(tmp_path).failures("holidays"))
    assert "2027-07-04 Sun Independence Day -- a weekend day" in text
    assert "2027-07-05 Mon Independence Day (observed)" in text


def test_us_new_year_observed_in_december_is_required(tmp_path: Path) -> None:
    days = dict(US_2027)
    del days["2027-12-31"]
    write(tmp_path, "united-states", days)
    assert "2027-12-31 Fri New Year's Day (observed)" in "\n".join(
        judged(tmp_path).failures("holidays")
    )


def test_ireland_substitute_day_or_missing_brigid_fails(tmp_path: Path) -> None:
    days = dict(IE_2027)
    del days["2027-02-01"]
    days["2027-12-27"] = "Christmas Day (substitute day)"
    write(tmp_path, "ireland", days)
    text = "\n".join(judged(tmp_path).failures("holidays"))
    assert "1 date(s) in ours, not in holidays 0.109:\n    2027-12-27 Mon Christmas Day" in text
    assert "2027-02-01 Mon Saint Brigid's Day" in text
