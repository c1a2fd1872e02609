"""Judge: our rota planner against an exact integer program (PuLP with its bundled CBC).

Each `rota-<n>.json` (docs/testing.md) holds one small programme and the rota RotaPlanner
chose. This judge reads the problem itself (availability from the leave and busy times, not
from anything the planner computed), checks our rota against the hard rules, and solves the
same problem exactly with the same lexicographic objective, one stage at a time:

1. most Rounds staffed;
2. then the smallest load spread (most minus fewest Rounds among facilitators free for at
   least one open Round; fixed Rounds count towards the load);
3. then the fewest repeats: the same pair on two consecutive staffed Rounds, plus a person on
   Rounds in two consecutive calendar months.

A hard-rule violation, fewer Rounds staffed, a larger spread, or (with staffing and spread
optimal) more repeats than the optimum fails. The instances have no previous plan, so the
planner's "changes" score is zero on both sides.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pulp

from report import Report

# PuLP 3.3 announces API changes for 4.0 on every variable; the pin keeps 3.3's API and its
# bundled CBC.
warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"pulp(\..*)?$")

FILE_NAME = re.compile(r"^rota-(?P<n>\d+)\.json$")
# CBC's limit per stage; these instances solve in well under a second.
TIME_LIMIT_SECONDS = 20


@dataclass(frozen=True)
class Slot:
    start: dt.datetime
    end: dt.datetime
    fixed: tuple[int, ...] | None
    month: int
    quarter: tuple[int, int]


@dataclass
class Problem:
    emails: list[str]
    trained: list[bool]
    clinical: list[bool]
    max_per_quarter: int
    clinical_pairing: bool
    slots: list[Slot]
    available: list[list[bool]]  # [slot][person]
    ours: list[list[int]]  # [slot] -> people, empty when unstaffed

    @property
    def open_slots(self) -> list[int]:
        return [s for s, slot in enumerate(self.slots) if slot.fixed is None]

    @property
    def eligible(self) -> list[int]:
        return [
            p for p in range(len(self.emails)) if any(self.available[s][p] for s in self.open_slots)
        ]

    def fixed_quarter_count(self, person: int, quarter: tuple[int, int]) -> int:
        return sum(
            1
            for slot in self.slots
            if slot.fixed is not None and person in slot.fixed and slot.quarter == quarter
        )


def read_problem(path: Path) -> Problem:
    doc = json.loads(path.read_text(encoding="utf-8"))
    emails = [entry["email"] for entry in doc["people"]]
    if len(set(emails)) != len(emails):
        raise ValueError("a facilitator is listed twice")
    index = {email: i for i, email in enumerate(emails)}
    slots = []
    for entry in doc["rounds"]:
        start = dt.datetime.fromisoformat(entry["start"])
        end = dt.datetime.fromisoformat(entry["end"])
        fixed = None if entry.get("fixed") is None else tuple(index[e] for e in entry["fixed"])
        slots.append(
            Slot(
                start,
                end,
                fixed,
                start.year * 12 + start.month - 1,
                (start.year, (start.month - 1) // 3),
            )
        )
    if [s.start for s in slots] != sorted(s.start for s in slots):
        raise ValueError("rounds are not in date order")
    available = [[True] * len(emails) for _ in slots]
    for away in doc["leave"]:
        first, last = dt.date.fromisoformat(away["from"]), dt.date.fromisoformat(away["to"])
        for s, slot in enumerate(slots):
            if first <= slot.start.date() <= last or first <= slot.end.date() <= last:
                available[s][index[away["person"]]] = False
    for busy in doc["busy"]:
        start = dt.datetime.fromisoformat(busy["start"])
        end = dt.datetime.fromisoformat(busy["end"])
        for s, slot in enumerate(slots):
            if start < slot.end and slot.start < end:
                available[s][index[busy["person"]]] = False
    ours = []
    answer = doc["result"]["facilitators"]
    if len(answer) != len(slots):
        raise ValueError(f"{len(answer)} answers for {len(slots)} rounds")
    for pair in answer:
        ours.append(sorted(index[e] for e in pair))
    return Problem(
        emails,
        [bool(e["trained"]) for e in doc["people"]],
        [bool(e["clinical"]) for e in doc["people"]],
        int(doc["maxPerQuarter"]),
        bool(doc["clinicalPairing"]),
        slots,
        available,
        ours,
    )


def violations(problem: Problem, rota: list[list[int]]) -> list[str]:
    """Every hard rule our rota breaks, in words."""
    problems = []
    counts: dict[tuple[int, tuple[int, int]], int] = {}
    open_quarters = set()
    for s, slot in enumerate(problem.slots):
        pair = rota[s]
        day = slot.start.date().isoformat()
        if slot.fixed is not None:
            if sorted(slot.fixed) != pair:
                problems.append(f"{day}: the fixed facilitators were changed")
        elif pair:
            if len(pair) != 2 or pair[0] == pair[1]:
                problems.append(f"{day}: not two different facilitators")
            if not any(problem.trained[p] for p in pair):
                problems.append(f"{day}: nobody trained")
            if problem.clinical_pairing and len({problem.clinical[p] for p in pair}) != 2:
                problems.append(f"{day}: not one clinical and one non-clinical")
            for p in pair:
                if not problem.available[s][p]:
                    problems.append(f"{day}: {problem.emails[p]} is on leave or busy")
                open_quarters.add((p, slot.quarter))
        for p in pair:
            counts[(p, slot.quarter)] = counts.get((p, slot.quarter), 0) + 1
    for key in sorted(open_quarters):
        if counts[key] > problem.max_per_quarter:
            person, (year, quarter) = key
            problems.append(
                f"{problem.emails[person]} has {counts[key]} Rounds in {year} Q{quarter + 1},"
                f" over the limit of {problem.max_per_quarter}"
            )
    return problems


@dataclass(frozen=True)
class Score:
    staffed: int
    spread: int
    repeats: int


def score(problem: Problem, rota: list[list[int]]) -> Score:
    """The planner's objectives, computed here from the rota alone."""
    staffed = sum(1 for s in problem.open_slots if len(rota[s]) == 2)
    loads = [0] * len(problem.emails)
    for pair in rota:
        for p in pair:
            loads[p] += 1
    eligible = problem.eligible
    spread = max(loads[p] for p in eligible) - min(loads[p] for p in eligible) if eligible else 0
    repeats = 0
    previous: list[int] = []
    months: dict[int, set[int]] = {}
    for s, pair in enumerate(rota):
        if len(pair) < 2:
            continue
        if pair == previous:
            repeats += 1
        previous = pair
        for p in pair:
            months.setdefault(p, set()).add(problem.slots[s].month)
    for person_months in months.values():
        repeats += sum(1 for m in person_months if m - 1 in person_months)
    return Score(staffed, spread, repeats)


def solve(problem: Problem) -> tuple[Score, list[list[int]]]:
    """The lexicographic optimum, stage by stage; returns its score and one optimal rota."""
    people = range(len(problem.emails))
    slots = range(len(problem.slots))
    model = pulp.LpProblem("rota", pulp.LpMaximize)
    # x[s][p]: p facilitates slot s. Fixed slots are constants; unavailable people are absent.
    x: dict[tuple[int, int], object] = {}
    staffed: dict[int, object] = {}
    for s in slots:
        slot = problem.slots[s]
        if slot.fixed is not None:
            for p in people:
                x[s, p] = 1 if p in slot.fixed else 0
            staffed[s] = 1
            continue
        staffed[s] = pulp.LpVariable(f"y_{s}", cat="Binary")
        for p in people:
            x[s, p] = pulp.LpVariable(f"x_{s}_{p}", cat="Binary") if problem.available[s][p] else 0
        model += pulp.lpSum(x[s, p] for p in people) == 2 * staffed[s]
        model += pulp.lpSum(x[s, p] for p in people if problem.trained[p]) >= staffed[s]
        if problem.clinical_pairing:
            model += pulp.lpSum(x[s, p] for p in people if problem.clinical[p]) == staffed[s]
    # The quarterly limit binds only a person the planner places in that quarter: fixed Rounds
    # may already exceed it, and then that person gets no other Round there.
    for quarter in sorted({slot.quarter for slot in problem.slots}):
        for p in people:
            fixed = problem.fixed_quarter_count(p, quarter)
            chosen = [
                x[s, p]
                for s in problem.open_slots
                if problem.slots[s].quarter == quarter and not isinstance(x[s, p], int)
            ]
            if chosen:
                model += pulp.lpSum(chosen) <= max(0, problem.max_per_quarter - fixed)

    def solve_stage() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            status = model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=TIME_LIMIT_SECONDS))
        if pulp.LpStatus[status] != "Optimal":
            raise RuntimeError(f"CBC did not prove optimality: {pulp.LpStatus[status]}")

    def value(term: object) -> int:
        return round(pulp.value(term)) if not isinstance(term, int) else term

    # Stage 1: most Rounds staffed.
    total_staffed = pulp.lpSum(staffed[s] for s in problem.open_slots)
    model.sense = pulp.LpMaximize
    model.setObjective(total_staffed)
    solve_stage()
    best_staffed = value(total_staffed)
    model += total_staffed >= best_staffed

    # Stage 2: smallest spread among eligible facilitators.
    eligible = problem.eligible
    high = pulp.LpVariable("high", lowBound=0, cat="Integer")
    low = pulp.LpVariable("low", lowBound=0, cat="Integer")
    for p in eligible:
        load = pulp.lpSum(x[s, p] for s in slots)
        model += high >= load
        model += low <= load
    spread = high - low if eligible else pulp.lpSum([])
    model.sense = pulp.LpMinimize
    model.setObjective(spread)
    solve_stage()
    best_spread = round(pulp.value(spread) or 0)
    model += spread <= best_spread

    # Stage 3: fewest repeats. "Consecutive" means consecutive among staffed Rounds, so
    # together[a][b] is 1 when a and b are both staffed and every Round between is not.
    # When every Round can be staffed, only neighbours can be consecutive: far fewer variables.
    all_staffed = best_staffed == len(problem.open_slots)
    repeat_terms = []
    for a in slots:
        for b in slots:
            if b <= a or (all_staffed and b != a + 1):
                continue
            together = pulp.LpVariable(f"c_{a}_{b}", cat="Binary")
            between = pulp.lpSum(staffed[t] for t in range(a + 1, b))
            model += together >= staffed[a] + staffed[b] - 1 - between
            shared = []
            for p in people:
                if isinstance(x[a, p], int) and isinstance(x[b, p], int):
                    shared.append(1 if x[a, p] and x[b, p] else 0)
                    continue
                both = pulp.LpVariable(f"w_{a}_{b}_{p}", cat="Binary")
                model += both >= x[a, p] + x[b, p] - 1
                shared.append(both)
            same = pulp.LpVariable(f"r_{a}_{b}", cat="Binary")
            model += same >= together + pulp.lpSum(shared) - 2
            repeat_terms.append(same)
    month_numbers = sorted({slot.month for slot in problem.slots})
    for p in people:
        in_month = {}
        for month in month_numbers:
            terms = [x[s, p] for s in slots if problem.slots[s].month == month]
            flag = pulp.LpVariable(f"m_{p}_{month}", cat="Binary")
            for term in terms:
                model += flag >= term
            in_month[month] = flag
        for month in month_numbers:
            if month - 1 in in_month:
                twice = pulp.LpVariable(f"t_{p}_{month}", cat="Binary")
                model += twice >= in_month[month] + in_month[month - 1] - 1
                repeat_terms.append(twice)
    repeats = pulp.lpSum(repeat_terms)
    model.setObjective(repeats)
    solve_stage()
    rota = [sorted(p for p in people if value(x[s, p]) == 1) for s in slots]
    return Score(best_staffed, best_spread, round(pulp.value(repeats) or 0)), rota


def check_rotas(report: Report, root: Path, require: bool = False) -> None:
    """One check per rota-<n>.json; a summary of the gaps as a note."""
    report.group("rota", "rota against an exact integer program (PuLP/CBC)")
    paths = sorted(
        (p for p in root.glob("rota-*.json") if FILE_NAME.match(p.name)),
        key=lambda p: int(FILE_NAME.match(p.name)["n"]),
    )
    if not paths:
        message = f"no rota-<n>.json in {root}"
        report.fail("rota", message) if require else report.warn("rota", message)
        return
    gaps = {"staffed": 0, "spread": 0, "repeats": 0}
    repeat_gap_total = 0
    for path in paths:
        problem = read_problem(path)
        problems = violations(problem, problem.ours)
        ours = score(problem, problem.ours)
        best, best_rota = solve(problem)
        # The optimal rota must itself obey the rules and score as the solver says.
        solver_problems = violations(problem, best_rota)
        if solver_problems or score(problem, best_rota) != best:
            problems.append(
                f"the exact model is inconsistent: {solver_problems},"
                f" {score(problem, best_rota)} != {best}"
            )
        if ours.staffed < best.staffed:
            gaps["staffed"] += 1
            problems.append(f"staffs {ours.staffed} Rounds; {best.staffed} is possible")
        elif ours.spread > best.spread:
            gaps["spread"] += 1
            problems.append(f"load spread {ours.spread}; {best.spread} is possible")
        elif ours.repeats > best.repeats:
            gaps["repeats"] += 1
            repeat_gap_total += ours.repeats - best.repeats
            problems.append(
                f"{ours.repeats} repeats; {best.repeats} is possible"
                f" (staffed {ours.staffed}, spread {ours.spread}, both optimal)"
            )
        report.check("rota", path.name, problems)
        report.note(
            "rota",
            f"{path.name}: ours staffed {ours.staffed} spread {ours.spread} repeats"
            f" {ours.repeats}; optimum {best.staffed}/{best.spread}/{best.repeats}",
        )
    report.note(
        "rota",
        f"{len(paths)} instances; worse than optimal on staffed: {gaps['staffed']},"
        f" on spread: {gaps['spread']}, on repeats: {gaps['repeats']}"
        f" ({repeat_gap_total} repeats in all)",
    )


def main() -> int:
    """Run this judge alone: rota_check.py DIR."""
    import sys

    report = Report()
    check_rotas(report, Path(sys.argv[1]), require=True)
    report.print(sys.stdout)
    return 1 if report.total_failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
