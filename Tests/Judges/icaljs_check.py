#!/usr/bin/env python3
"""`make judges-icaljs`: every zoned time in DIR's calendars, converted to UTC by ical.js (the
calendar library inside Thunderbird) with each file's own VTIMEZONE, must equal zoneinfo's.

Usage: icaljs_check.py ICAL_SYS_MJS DIR. Not part of `make test` (Thunderbird is an 80 MB
download); the `own-zone` judge is, and reads VTIMEZONEs the way ical.js does as one of its two
readings. Exits 1 on any difference, or when no time was compared.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from zones_check import unambiguous


def main() -> int:
    library, folder = sys.argv[1], Path(sys.argv[2])
    files = sorted(str(path) for path in folder.rglob("*.ics"))
    script = Path(__file__).with_name("icaljs_times.mjs")
    output = subprocess.run(
        ["node", str(script), *files],
        env={**os.environ, "ICALJS": str(Path(library).resolve())},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    compared, wrong = 0, []
    for line in output.splitlines():
        row = json.loads(line)
        try:
            zone = ZoneInfo(row["tzid"])
        except Exception:
            continue  # not an IANA zone
        local = dt.datetime.fromisoformat(row["local"])
        if not unambiguous(local, zone):
            continue
        expected = local.replace(tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
        compared += 1
        if dt.datetime.fromisoformat(row["utc"].rstrip("Z")) != expected:
            wrong.append(f"{row['file']}: {row['uid']} {row['property']} {row['local']}"
                         f" {row['tzid']}: ical.js {row['utc']}, zoneinfo {expected:%Y-%m-%dT%H:%M:%S}Z")
    for line in wrong[:20]:
        print("FAILED " + line)
    print(f"ical.js: {compared} time(s) in {len(files)} file(s) compared, {len(wrong)} differ")
    return 1 if wrong or not compared else 0


if __name__ == "__main__":
    sys.exit(main())
