"""The ten-year rota (issue 11) planned by `rounds-bench plan-instance`, against the exact
integer program of the rota judge (Tests/Judges/rota_check.py, PuLP with CBC) on the same
instance: both times, the ratio, and whether our rota matches the optimum.

Usage: bench_rota.py ROUNDS_BENCH DIR [ITERATIONS]   (make bench; docs/benchmarks.md)
"""

from __future__ import annotations

import subprocess
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "Tests" / "Judges"))
warnings.filterwarnings("ignore", category=DeprecationWarning)

import rota_check  # noqa: E402
from rota_check import read_problem, rounds_text, score, solve  # noqa: E402

# The judge's 20 s per stage is for small instances; the ten-year spread stage needs longer.
rota_check.TIME_LIMIT_SECONDS = 600
rota_check.REPEATS_TIME_LIMIT_SECONDS = 600


def main() -> int:
    bench, folder = sys.argv[1], Path(sys.argv[2])
    iterations = sys.argv[3] if len(sys.argv) > 3 else "5"
    instance = folder / "rota-bench.json"
    output = subprocess.run(
        [bench, "plan-instance", str(instance), iterations],
        check=True, capture_output=True, text=True,
    ).stdout
    fields = dict(part.split("=") for part in output.split())
    ours_seconds = float(fields["plan"])
    problem = read_problem(instance)
    start = time.perf_counter()
    best, _ = solve(problem)
    exact_seconds = time.perf_counter() - start
    ours = score(problem, problem.ours)
    same = (ours.staffed, ours.spread) == (best.staffed, best.spread)
    print("| plan 10 years (120 Rounds, 60 facilitators, leave, busy, 2 years of history) |"
          " ours (median wall) | exact PuLP/CBC (one solve, 3 stages) | ratio | same optimum |")
    print("|---|---|---|---|---|")
    print(
        f"| staffed {ours.staffed}/{best.staffed}, spread {rounds_text(ours.spread, ours.scale)}"
        f"/{rounds_text(best.spread, best.scale)}, repeats {ours.repeats}/{best.repeats} |"
        f" {ours_seconds:.3f} s | {exact_seconds:.2f} s | {exact_seconds / ours_seconds:.0f}x |"
        f" {'yes' if same else 'NO'} |"
    )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
