#!/usr/bin/env python3
"""The external judges: tools we did not write, checking what our Swift tests wrote.

Usage: judge.py [--require-holidays] [--require-rota] [--require-report] [--no-radicale] DIR

DIR is $ROUNDS_JUDGE_DIR as filled by `swift test` (the contract is in docs/testing.md). Prints
one line per check group, the details of every failure, and last a line
`judges: N passed, M failed`. Exits 1 when any check failed and when any group that ran found
nothing to judge (a judge that judged nothing must not pass: DIR with no .ics file, no
.expansion.json, no <name>-seqN.ics series, no VTIMEZONE, no holidays or rota file). With
--require-holidays every region the holidays judge knows (holidays_check.REGIONS) must have its
holidays-<region>.json; with --require-rota the rota judge's own expected set must be there.
Exits 2 on a usage error.
"""

from __future__ import annotations

import argparse
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from expansion_check import check_expansions
from holidays_check import check_holidays
from ics_checks import IcsFile, check_parse, check_structure, check_versions
from own_zone_check import check_own_zones
from radicale_check import check_radicale
from report import Report
from report_check import check_reports
from rota_check import check_rotas
from zones_check import check_zones


def judge(
    root: Path,
    require_holidays: bool = False,
    radicale: bool = True,
    require_rota: bool = False,
    require_report: bool = False,
) -> Report:
    """Run every judge on the files under root and return the verdicts."""
    report = Report()
    report.group("input", f"judge input in {root}")
    if not root.is_dir():
        report.fail(
            "input", f"{root} is not a directory: did `swift test` run with ROUNDS_JUDGE_DIR set?"
        )
        return report
    files = [IcsFile(path, str(path.relative_to(root))) for path in sorted(root.rglob("*.ics"))]
    if not files:
        report.fail(
            "input",
            f"no .ics file under {root}: the Swift tests wrote nothing to judge"
            " (they write only when ROUNDS_JUDGE_DIR is set)",
        )
    else:
        report.passed("input")
        report.note("input", f"{len(files)} .ics file(s)")
        guarded(report, "parse", check_parse, report, files)
        guarded(report, "structure", check_structure, report, files)
        guarded(report, "versions", check_versions, report, files)
        guarded(report, "zones", check_zones, report, files)
        guarded(report, "own-zone", check_own_zones, report, files)
        guarded(report, "expansion", check_expansions, report, root, files)
        if radicale:
            guarded(report, "radicale", check_radicale, report, files)
    guarded(report, "holidays", check_holidays, report, root, require_holidays)
    guarded(report, "rota", check_rotas, report, root, require_rota)
    guarded(report, "report", check_reports, report, root, require_report)
    for group in report.groups.values():
        if not group.passed and not group.failures:
            report.fail(
                group.name,
                f"the {group.name} judge found nothing to judge in {root}: did the Swift tests"
                " that write its input run (with ROUNDS_JUDGE_DIR set)?",
            )
    return report


def guarded(report: Report, group: str, check: Callable[..., None], *args: object) -> None:
    """Run one judge; if the judge itself breaks, that is a failure with its traceback, and the
    other judges still run and the final line is still printed."""
    try:
        check(*args)
    except Exception:
        report.fail(group, "the judge itself failed:\n" + traceback.format_exc().rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="the folder the Swift tests wrote into")
    parser.add_argument(
        "--require-holidays",
        action="store_true",
        help="fail unless there is a holidays-<region>.json for every region the judge knows",
    )
    parser.add_argument(
        "--require-rota",
        action="store_true",
        help="fail unless every rota-<n>.json the rota judge expects is present",
    )
    parser.add_argument(
        "--require-report",
        action="store_true",
        help="fail when no report-*/report.json is present (the report judge has nothing to do)",
    )
    parser.add_argument(
        "--no-radicale", action="store_true", help="skip the Radicale judge (for quick local runs)"
    )
    args = parser.parse_args(argv)
    # A TERM (from make or CI) unwinds like Ctrl-C, so the Radicale server is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    report = judge(
        args.directory,
        args.require_holidays,
        radicale=not args.no_radicale,
        require_rota=args.require_rota,
        require_report=args.require_report,
    )
    report.print(sys.stdout)
    return 1 if report.total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
