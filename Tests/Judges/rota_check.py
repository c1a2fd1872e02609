"""Judge: our rota planner against an exact integer program (PuLP with its bundled CBC).

Each `rota-<n>.json` (docs/testing.md) holds one small programme and the rota RotaPlanner
chose. The Swift test draws fresh seeds every run and lists them in `rota-manifest.json`; a
listed seed without its file fails. This judge reads the problem itself (availability from
the leave and busy times, fair shares from join dates and whole months of leave, not from
anything the planner computed), checks our rota against the hard rules, and solves the same
problem exactly with the same lexicographic objective, one stage at a time:

1. most Rounds staffed;
2. then the smallest spread of distances from fair share (load minus share, among
   facilitators free for at least one open Round). Loads count the window's Rounds, fixed
   ones included, and earlier Rounds within the fairness horizon; each share is the span's
   places in proportion to the months the person could facilitate (docs/scheduling.md);
3. then the fewest repeats: the same pair on two consecutive staffed Rounds, plus a person on
   Rounds in two consecutive calendar months (earlier Rounds included).

A hard-rule violation fails, and so does any instance where our rota staffs fewer Rounds or
spreads the load wider than the optimum, whatever the planner claims: the planner solves those
scores exactly with CBC when its own bounds do not prove them (docs/scheduling.md), so a gap is
a bug. Each file also lists the scores the planner claims proven (`result.proven`, what
`rounds plan` prints as "proven optimal"); a gap on a claimed score is named as a false claim.
More repeats than the optimum (with staffing and spread optimal) is a warning: the planner does
not solve repeats exactly and its local search is known to miss some (docs/scheduling.md). The
instances have no previous plan, so the planner's "changes" score is zero on both sides.
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
MANIFEST = "rota-manifest.json"
# CBC's limit per stage; most instances solve in well under a second, the multi-year ones in
# a few seconds on a quiet machine.
TIME_LIMIT_SECONDS = 60
REPEATS_TIME_LIMIT_SECONDS = 5


@dataclass(frozen=True)
class Slot:
    start: dt.datetime
    end: dt.datetime
    fixed: tuple[int, ...] | None
    month: int
    quarter: tuple[int, int]
    # A Round of the window (False for an earlier Round).
    in_window: bool = True
    # Counts towards loads: the window, and earlier Rounds within the fairness horizon.
    counts: bool = True


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
    weight: list[int]  # months of the fairness span each person could facilitate
    # The scores the planner claims proven optimal (`result.proven`), in priority order.
    proven: list[str]
    # How: "bounds", "exact solver" or "exact solver, time limit" (`result.provenBy`).
    proven_by: str = "bounds"

    @property
    def open_slots(self) -> list[int]:
        return [s for s, slot in enumerate(self.slots) if slot.fixed is None]

    @property
    def window_slots(self) -> list[int]:
        return [s for s, slot in enumerate(self.slots) if slot.in_window]

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


def month_index(text: str) -> int:
    year, month = text.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def covers(ranges: list[tuple[dt.date, dt.date]], first: dt.date, last: dt.date) -> bool:
    """True when the ranges together cover every day from first to last."""
    reach = first
    for start, end in sorted(ranges):
        if end < reach:
            continue
        if start > reach:
            return False
        reach = end + dt.timedelta(days=1)
        if reach > last:
            return True
    return False


def month_bounds(index: int) -> tuple[dt.date, dt.date]:
    year, month = divmod(index, 12)
    first = dt.date(year, month + 1, 1)
    following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def available_months(
    person: dict, leave: list[tuple[dt.date, dt.date]], span: range, first_round: dt.date | None
) -> int:
    """Months of span in which the person could facilitate (docs/scheduling.md): from the
    month they joined (their `since` date unless accredited, or their first Round if earlier),
    and not away for the whole month."""
    joined = None
    if person.get("since") and person.get("training", "trained") != "accredited":
        joined = month_index(person["since"])
        if first_round is not None:
            joined = min(joined, first_round.year * 12 + first_round.month - 1)
    count = 0
    for month in span:
        if joined is not None and month < joined:
            continue
        if covers(leave, *month_bounds(month)):
            continue
        count += 1
    return count


def read_problem(path: Path) -> Problem:
    doc = json.loads(path.read_text(encoding="utf-8"))
    emails = [entry["email"] for entry in doc["people"]]
    if len(set(emails)) != len(emails):
        raise ValueError("a facilitator is listed twice")
    index = {email: i for i, email in enumerate(emails)}
    window_starts = [dt.datetime.fromisoformat(entry["start"]) for entry in doc["rounds"]]
    window = doc.get("window") or {}
    first_month = (
        month_index(window["from"])
        if "from" in window
        else min(s.year * 12 + s.month - 1 for s in window_starts)
    )
    last_month = (
        month_index(window["to"])
        if "to" in window
        else max(s.year * 12 + s.month - 1 for s in window_starts)
    )
    horizon_start = first_month - max(0, int(doc.get("fairnessHorizonMonths", 24)))
    entries = [(entry, False) for entry in doc.get("history", [])] + [
        (entry, True) for entry in doc["rounds"]
    ]
    slots = []
    for entry, in_window in entries:
        start = dt.datetime.fromisoformat(entry["start"])
        end = dt.datetime.fromisoformat(entry["end"])
        people = entry.get("fixed") if in_window else entry["facilitators"]
        fixed = None if people is None else tuple(index[e] for e in people if e in index)
        month = start.year * 12 + start.month - 1
        slots.append(
            Slot(
                start,
                end,
                fixed,
                month,
                (start.year, (start.month - 1) // 3),
                in_window,
                in_window or horizon_start <= month < first_month,
            )
        )
    # Earlier Rounds first, then the window in date order (as the planner numbers them).
    slots.sort(key=lambda slot: (slot.start, slot.in_window))
    window_only = [slot.start for slot in slots if slot.in_window]
    if window_only != window_starts or window_only != sorted(window_only):
        raise ValueError("rounds are not in date order")
    available = [[True] * len(emails) for _ in slots]
    leave_by_person: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for away in doc["leave"]:
        first, last = dt.date.fromisoformat(away["from"]), dt.date.fromisoformat(away["to"])
        leave_by_person.setdefault(index[away["person"]], []).append((first, last))
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
    if len(answer) != len(doc["rounds"]):
        raise ValueError(f"{len(answer)} answers for {len(doc['rounds'])} rounds")
    answers = iter(answer)
    for slot in slots:
        if slot.in_window:
            ours.append(sorted(index[e] for e in next(answers)))
        else:
            ours.append(sorted(slot.fixed or ()))
    first_round: dict[int, dt.date] = {}
    for slot in slots:
        for p in slot.fixed or ():
            first_round.setdefault(p, slot.start.date())
    span = range(horizon_start, last_month + 1)
    weight = [
        available_months(person, leave_by_person.get(p, []), span, first_round.get(p))
        for p, person in enumerate(doc["people"])
    ]
    problem = Problem(
        emails,
        [bool(e["trained"]) for e in doc["people"]],
        [bool(e["clinical"]) for e in doc["people"]],
        int(doc["maxPerQuarter"]),
        bool(doc["clinicalPairing"]),
        slots,
        available,
        ours,
        weight,
        list(doc["result"].get("proven", [])),
        doc["result"].get("provenBy", "bounds"),
    )
    # Nobody counted was ever available: equal shares.
    if all(weight[p] == 0 for p in problem.eligible):
        problem.weight = [1] * len(emails)
    return problem


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
    # In units of 1 / scale Rounds, so that fair shares that are fractions stay whole.
    spread: int
    # None when CBC could not prove the fewest repeats in its time.
    repeats: int | None
    scale: int = 1


def rounds_text(value: int, scale: int) -> str:
    """A fairness score in Rounds: "3", "1.25"."""
    return f"{value / scale:.2f}".rstrip("0").rstrip(".")


def score(problem: Problem, rota: list[list[int]]) -> Score:
    """The planner's objectives, computed here from the rota alone."""
    staffed = sum(1 for s in problem.open_slots if len(rota[s]) == 2)
    loads = [0] * len(problem.emails)
    for s, pair in enumerate(rota):
        if problem.slots[s].counts:
            for p in pair:
                loads[p] += 1
    eligible = problem.eligible
    scale = sum(problem.weight[p] for p in eligible)
    places = sum(loads[p] for p in eligible)
    deviations = [scale * loads[p] - places * problem.weight[p] for p in eligible]
    spread = max(deviations) - min(deviations) if eligible else 0
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
    return Score(staffed, spread, repeats, max(1, scale))


def whole_loads_spread(places: int, weights: list[int]) -> int:
    """The least spread of scale*load - places*weight over whole loads summing to places."""
    scale = sum(weights)
    remainders = sorted((places * w % scale for w in weights), reverse=True)
    up = places - sum(places * w // scale for w in weights)
    if 0 < up < len(remainders):
        return scale - remainders[up - 1] + remainders[up]
    return remainders[0] - remainders[-1]


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

    def solve_stage(limit: int = TIME_LIMIT_SECONDS, required: bool = True) -> bool:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            status = model.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=limit))
        proven = pulp.LpStatus[status] == "Optimal" and model.sol_status == pulp.LpSolutionOptimal
        if required and not proven:
            raise RuntimeError(f"CBC did not prove optimality: {pulp.LpStatus[status]}")
        return proven

    def value(term: object) -> int:
        return round(pulp.value(term)) if not isinstance(term, int) else term

    # Stage 1: most Rounds staffed.
    total_staffed = pulp.lpSum(staffed[s] for s in problem.open_slots)
    model.sense = pulp.LpMaximize
    model.setObjective(total_staffed)
    solve_stage()
    best_staffed = value(total_staffed)
    model += total_staffed >= best_staffed

    # Stage 2: smallest spread of load minus fair share among eligible facilitators, scaled
    # by the sum of their months so that it is whole. The places are fixed once the number
    # staffed is: every open place goes to an eligible person.
    eligible = problem.eligible
    scale = sum(problem.weight[p] for p in eligible)
    counted = [s for s in slots if problem.slots[s].counts]
    places = 2 * best_staffed + sum(
        1 for s in counted if problem.slots[s].fixed is not None
        for p in problem.slots[s].fixed if p in eligible
    )
    high = pulp.LpVariable("high", cat="Continuous")
    low = pulp.LpVariable("low", cat="Continuous")
    for p in eligible:
        # The load as an integer variable of its own: CBC then branches on loads (below or
        # above the share) instead of single places, which proves the spread far sooner.
        load = pulp.LpVariable(f"load_{p}", cat="Integer")
        model += load == pulp.lpSum(x[s, p] for s in counted)
        deviation = scale * load - places * problem.weight[p]
        model += high >= deviation
        model += low <= deviation
    spread = high - low if eligible else pulp.lpSum([])
    if eligible and scale > 0:
        # A valid cut that speeds CBC up: loads are whole numbers summing to `places`, so the
        # spread is at least that of the best rounding of the shares (largest remainders up).
        model += spread >= whole_loads_spread(places, [problem.weight[p] for p in eligible])
    model.sense = pulp.LpMinimize
    model.setObjective(spread)
    solve_stage()
    best_spread = round(pulp.value(spread) or 0)
    model += spread <= best_spread
    spread_rota = [sorted(p for p in people if value(x[s, p]) == 1) for s in slots]

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
    # Repeats are only warned about; a multi-year instance with unstaffed Rounds can take CBC
    # long to prove, so this stage gets less time and, unproven, is not compared.
    proven = solve_stage(REPEATS_TIME_LIMIT_SECONDS, required=False)
    # Unproven in time, CBC's values may be an unfinished search's: keep the spread stage's rota.
    rota = (
        [sorted(p for p in people if value(x[s, p]) == 1) for s in slots]
        if proven
        else spread_rota
    )
    best_repeats = round(pulp.value(repeats) or 0) if proven else None
    return Score(best_staffed, best_spread, best_repeats, max(1, scale)), rota


def missing_from_manifest(root: Path) -> tuple[list[int], list[int]]:
    """The seeds rota-manifest.json lists, and those of them without a rota-<seed>.json."""
    manifest = root / MANIFEST
    if not manifest.exists():
        return [], []
    seeds = [int(seed) for seed in json.loads(manifest.read_text(encoding="utf-8"))["seeds"]]
    return seeds, [seed for seed in seeds if not (root / f"rota-{seed}.json").exists()]


def check_rotas(report: Report, root: Path, require: bool = False) -> None:
    """One check per rota-<n>.json; a summary of the gaps as a note."""
    report.group("rota", "rota against an exact integer program (PuLP/CBC)")
    paths = sorted(
        (p for p in root.glob("rota-*.json") if FILE_NAME.match(p.name)),
        key=lambda p: int(FILE_NAME.match(p.name)["n"]),
    )
    seeds, missing = missing_from_manifest(root)
    if seeds:
        report.note(
            "rota",
            f"seeds {seeds[0]} to {seeds[-1]} (replay: ROUNDS_ROTA_SEED={seeds[0]}"
            f" ROUNDS_ROTA_SEEDS={len(seeds)} swift test --filter RotaQualityTests)",
        )
    elif require and paths:
        report.fail("rota", f"no {MANIFEST} in {root}: cannot tell which seeds are missing")
    if missing:
        shown = ", ".join(str(seed) for seed in missing[:10])
        report.fail(
            "rota",
            f"{len(missing)} of the {len(seeds)} seeds in {MANIFEST} wrote no rota file"
            f" (first: {shown}); the Swift test stopped or failed before writing them",
        )
    if not paths:
        message = f"no rota-<n>.json in {root}"
        report.fail("rota", message) if require else report.warn("rota", message)
        return
    gaps = {"staffed": 0, "spread": 0, "repeats": 0}
    proven_by: dict[str, int] = {}
    repeat_gap_total = 0
    unjudged: list[str] = []
    for path in paths:
        problem = read_problem(path)
        proven_by[problem.proven_by] = proven_by.get(problem.proven_by, 0) + 1
        problems = violations(problem, problem.ours)
        ours = score(problem, problem.ours)
        try:
            best, best_rota = solve(problem)
        except RuntimeError as error:
            # CBC's time ran out on a busy machine: this instance cannot be judged.
            unjudged.append(path.name)
            report.warn("rota", f"{path.name}: not judged: {error} in {TIME_LIMIT_SECONDS} s")
            continue
        # The optimal rota must itself obey the rules and score as the solver says.
        solver_problems = violations(problem, best_rota)
        solver_score = score(problem, best_rota)
        consistent = (solver_score.staffed, solver_score.spread) == (best.staffed, best.spread)
        if best.repeats is not None:
            consistent = consistent and solver_score.repeats == best.repeats
        if solver_problems or not consistent:
            problems.append(
                f"the exact model is inconsistent: {solver_problems},"
                f" {solver_score} != {best}"
            )
        ours_spread = rounds_text(ours.spread, ours.scale)
        best_spread = rounds_text(best.spread, best.scale)
        gap = None
        if ours.staffed < best.staffed:
            gaps["staffed"] += 1
            gap = ("unstaffed", f"staffs {ours.staffed} Rounds; {best.staffed} is possible")
        elif ours.spread > best.spread:
            gaps["spread"] += 1
            # The planner scores the excess over one Round before the spread itself.
            excess = max(0, ours.spread - ours.scale) > max(0, best.spread - best.scale)
            name = "excess spread" if excess else "spread"
            gap = (name, f"load spread {ours_spread}; {best_spread} is possible")
        if gap is not None:
            claim = (
                f", but the planner claims {gap[0]} proven optimal"
                if gap[0] in problem.proven
                else " (the planner claims no proof of it)"
            )
            problems.append(f"{gap[1]}{claim}; replay: ROUNDS_ROTA_SEED={path.stem[5:]}")
        elif best.repeats is not None and ours.repeats > best.repeats:
            gaps["repeats"] += 1
            repeat_gap_total += ours.repeats - best.repeats
            report.warn(
                "rota",
                f"{path.name}: {ours.repeats} repeats; {best.repeats} is possible"
                f" (staffed {ours.staffed}, spread {ours_spread}, both optimal)",
            )
        report.check("rota", path.name, problems)
        report.note(
            "rota",
            f"{path.name}: ours staffed {ours.staffed} spread {ours_spread} repeats"
            f" {ours.repeats}; optimum {best.staffed}/{best_spread}/"
            f"{'not proven in time' if best.repeats is None else best.repeats}",
        )
    if len(unjudged) * 4 > len(paths):
        report.fail(
            "rota",
            f"{len(unjudged)} of {len(paths)} instances could not be judged in CBC's time:"
            " too many to trust the sample",
        )
    report.note(
        "rota",
        f"{len(paths)} instances; worse than optimal on staffed: {gaps['staffed']},"
        f" on spread: {gaps['spread']}, on repeats: {gaps['repeats']}"
        f" ({repeat_gap_total} repeats in all); the planner's proof: "
        + ", ".join(f"{how} {count}" for how, count in sorted(proven_by.items())),
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
