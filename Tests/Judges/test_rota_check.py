"""Self-test of the rota judge: it passes an optimal rota and FAILS a rule-breaking,
under-staffed or unfairly spread one, whatever the planner claims; more repeats than the
optimum is a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import samples
from report import Report
from rota_check import check_rotas, read_problem

# PuLP 3.3 warns about its 4.0 API on every variable.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

P = samples.ROTA_PEOPLE
problem = samples.rota_document


def run(tmp_path: Path, document: dict) -> Report:
    (tmp_path / "rota-1.json").write_text(json.dumps(document))
    (tmp_path / "rota-manifest.json").write_text(json.dumps({"seeds": [1]}))
    report = Report()
    check_rotas(report, tmp_path, require=True)
    return report


def test_optimal_rota_passes(tmp_path: Path) -> None:
    report = run(tmp_path, problem(samples.ROTA_OPTIMAL))
    assert report.total_failed == 0, report.failures("rota")
    assert report.warnings("rota") == []


def test_trainee_pair_and_leave_fail(tmp_path: Path) -> None:
    report = run(tmp_path, problem([[P[1], P[3]], [P[0], P[3]], [P[0], P[2]]]))
    text = "\n".join(report.failures("rota"))
    assert "2027-01-12: nobody trained" in text
    assert f"2027-02-09: {P[3]} is on leave or busy" in text


def test_busy_overlap_fails(tmp_path: Path) -> None:
    busy = [{"person": P[1], "start": "2027-01-12T13:00", "end": "2027-01-12T14:00"}]
    report = run(tmp_path, problem([[P[0], P[1]], [P[1], P[2]], [P[0], P[3]]], busy))
    assert f"2027-01-12: {P[1]} is on leave or busy" in "\n".join(report.failures("rota"))


def test_understaffed_fails(tmp_path: Path) -> None:
    report = run(tmp_path, problem([[P[0], P[1]], [], [P[2], P[3]]]))
    text = "\n".join(report.failures("rota"))
    assert (
        "staffs 2 Rounds; 3 is possible (the planner claims no proof of it);"
        " replay: ROUNDS_ROTA_SEED=1" in text
    )


def test_worse_spread_fails(tmp_path: Path) -> None:
    report = run(tmp_path, problem([[P[0], P[2]], [P[0], P[2]], [P[0], P[3]]]))
    assert "load spread 3; 1 is possible" in "\n".join(report.failures("rota"))
    assert report.total_failed == 1


def test_a_claimed_proof_the_optimum_beats_fails(tmp_path: Path) -> None:
    document = problem([[P[0], P[2]], [P[0], P[2]], [P[0], P[3]]])
    document["result"]["proven"] = ["unstaffed", "excess spread", "changes", "spread"]
    report = run(tmp_path, document)
    assert (
        "load spread 3; 1 is possible, but the planner claims excess spread proven optimal"
        in "\n".join(report.failures("rota"))
    )


def test_one_gap_in_twenty_fails(tmp_path: Path) -> None:
    # No tolerance: a single instance below the optimum fails the run, claimed or not.
    seeds = list(range(1, 21))
    for seed in seeds:
        rota = samples.ROTA_OPTIMAL if seed > 1 else [[P[0], P[1]], [], [P[2], P[3]]]
        (tmp_path / f"rota-{seed}.json").write_text(json.dumps(problem(rota)))
    (tmp_path / "rota-manifest.json").write_text(json.dumps({"seeds": seeds}))
    report = Report()
    check_rotas(report, tmp_path, require=True)
    assert report.total_failed == 1
    assert "staffs 2 Rounds; 3 is possible" in "\n".join(report.failures("rota"))
    assert report.warnings("rota") == []


def test_the_claim_is_read_with_the_problem(tmp_path: Path) -> None:
    document = problem(samples.ROTA_OPTIMAL)
    document["result"]["proven"] = ["unstaffed", "excess spread"]
    document["result"]["provenBy"] = "exact solver"
    (tmp_path / "rota-1.json").write_text(json.dumps(document))
    read = read_problem(tmp_path / "rota-1.json")
    assert (read.proven, read.proven_by) == (["unstaffed", "excess spread"], "exact solver")
    del document["result"]["proven"]
    del document["result"]["provenBy"]
    (tmp_path / "rota-1.json").write_text(json.dumps(document))
    read = read_problem(tmp_path / "rota-1.json")
    assert (read.proven, read.proven_by) == ([], "bounds")


def test_extra_repeats_warn(tmp_path: Path) -> None:
    report = run(tmp_path, problem([[P[0], P[1]], [P[0], P[2]], [P[2], P[3]]]))
    assert report.total_failed == 0
    assert "2 repeats; 0 is possible (staffed 3, spread 1, both optimal)" in "\n".join(
        report.warnings("rota")
    )


def test_a_seed_without_its_file_fails(tmp_path: Path) -> None:
    (tmp_path / "rota-manifest.json").write_text(json.dumps({"seeds": [1, 2]}))
    (tmp_path / "rota-1.json").write_text(json.dumps(problem(samples.ROTA_OPTIMAL)))
    report = Report()
    check_rotas(report, tmp_path, require=True)
    assert "1 of the 2 seeds in rota-manifest.json wrote no rota file (first: 2)" in "\n".join(
        report.failures("rota")
    )


def test_history_counts_towards_the_spread(tmp_path: Path) -> None:
    # P0 and P1 facilitated twice before the window: a rota giving P0 two more is unfair.
    document = problem([[P[0], P[3]], [P[0], P[1]], [P[2], P[3]]])
    document["history"] = [
        {"start": s, "end": s.replace("12:30", "13:45"), "facilitators": [P[0], P[1]]}
        for s in ["2026-10-13T12:30", "2026-11-10T12:30"]
    ]
    report = run(tmp_path, document)
    assert "load spread 3; 1 is possible" in "\n".join(report.failures("rota"))


def test_repeats_are_compared_only_when_staffing_and_spread_are_optimal(tmp_path: Path) -> None:
    # Worse spread and repeats both: the spread is the gap reported, once.
    report = run(tmp_path, problem([[P[0], P[2]], [P[0], P[2]], [P[0], P[3]]]))
    text = "\n".join(report.failures("rota") + report.warnings("rota"))
    assert "load spread 3; 1 is possible" in text
    assert "repeats" not in text


def test_no_input_fails_when_required(tmp_path: Path) -> None:
    report = Report()
    check_rotas(report, tmp_path, require=True)
    assert report.total_failed == 1
