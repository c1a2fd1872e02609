#!/usr/bin/env python3
"""Turns `public` into `package` in the targets no product exports.

The products are `rounds`, `RoundsCore` and `RoundsICS`; every other library target is a seam
inside this package, so its declarations (and its `public import`s) are `package`. Re-run after
a merge brings new `public` declarations into those targets:

    python3 Scripts/package-access.py && swift build && swift format lint --strict -r Sources
"""

import pathlib
import re
import sys

INTERNAL_TARGETS = [
    "RoundsScheduling", "RoundsInvitations", "RoundsStore", "RoundsPacks", "RoundsFiles",
    "RoundsOperations", "RoundsRecords", "RoundsReports",
]
# A declaration line: indentation, optional attributes, then `public` as a word.
DECLARATION = re.compile(r"^(\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*)public\b")


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    changed = 0
    for target in INTERNAL_TARGETS:
        for path in sorted((root / "Sources" / target).rglob("*.swift")):
            text = path.read_text(encoding="utf-8")
            lines = text.split("\n")
            new = [DECLARATION.sub(r"\1package", line) for line in lines]
            count = sum(1 for old, line in zip(lines, new) if old != line)
            if count:
                path.write_text("\n".join(new), encoding="utf-8")
                changed += count
    print(f"{changed} declarations made package")
    return 0


if __name__ == "__main__":
    sys.exit(main())
