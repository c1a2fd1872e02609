"""Counting and printing the judges' verdicts: one line per check group, then the total."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Group:
    """One check group (for example `expansion`): how many checks passed, what failed."""

    name: str
    title: str
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Report:
    """Every check the judges ran. A check is one subject (a file, a UID, a PUT) judged once."""

    def __init__(self) -> None:
        self.groups: dict[str, Group] = {}

    def group(self, name: str, title: str = "") -> Group:
        if name not in self.groups:
            self.groups[name] = Group(name, title or name)
        elif title:
            self.groups[name].title = title
        return self.groups[name]

    def check(self, group: str, subject: str, problems: list[str]) -> bool:
        """Record one check of subject: it passes when problems is empty."""
        target = self.group(group)
        if problems:
            if len(problems) == 1:
                target.failures.append(f"{subject}: {problems[0]}")
            else:
                target.failures.append(f"{subject}:\n" + "\n".join(f"- {p}" for p in problems))
            return False
        target.passed += 1
        return True

    def passed(self, group: str) -> None:
        self.group(group).passed += 1

    def fail(self, group: str, message: str) -> None:
        self.group(group).failures.append(message)

    def warn(self, group: str, message: str) -> None:
        self.group(group).warnings.append(message)

    def note(self, group: str, message: str) -> None:
        self.group(group).notes.append(message)

    @property
    def total_passed(self) -> int:
        return sum(group.passed for group in self.groups.values())

    @property
    def total_failed(self) -> int:
        return sum(len(group.failures) for group in self.groups.values())

    def failures(self, group: str) -> list[str]:
        return self.groups[group].failures if group in self.groups else []

    def warnings(self, group: str) -> list[str]:
        return self.groups[group].warnings if group in self.groups else []

    def print(self, out: TextIO) -> None:
        """One line per group (deliberately not shaped `N passed, N failed`, which CI reads
        only from the final line), details indented below it, then the total line."""
        width = max((len(group.name) for group in self.groups.values()), default=0)
        for group in self.groups.values():
            verdict = "FAIL" if group.failures else ("ok  " if group.passed else "skip")
            counts = f"{group.passed} ok" + (
                f", {len(group.failures)} FAILED" if group.failures else ""
            )
            warned = f", {len(group.warnings)} warning(s)" if group.warnings else ""
            print(f"{verdict} {group.name:<{width}}  {group.title}: {counts}{warned}", file=out)
            for failure in group.failures:
                print(_indent("FAILED " + failure), file=out)
            for warning in group.warnings:
                print(_indent("warning: " + warning), file=out)
            for note in group.notes:
                print(_indent("note: " + note), file=out)
        print(f"judges: {self.total_passed} passed, {self.total_failed} failed", file=out)


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())
