#!/bin/sh
# The layer rule of docs/design.md: the front doors (Sources/rounds, Sources/RoundsWeb) reach
# the store, the scheduler, invitations, records and reports only through the application
# layer (RoundsOperations). Fails, naming each line, when a file there imports one of them.
# `make lint` runs it; it takes no arguments.
set -eu
cd "$(dirname "$0")/.."
forbidden='GRDB|RoundsStore|RoundsScheduling|RoundsInvitations|RoundsRecords|RoundsReports'
pattern="^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|fileprivate|private)[[:space:]]+)?import[[:space:]]+((typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+)?($forbidden)([^A-Za-z0-9_]|$)"
if grep -nE "$pattern" Sources/rounds/*.swift Sources/RoundsWeb/*.swift; then
    echo "Sources/rounds and Sources/RoundsWeb may import only RoundsCore, RoundsICS, RoundsPacks, RoundsOperations," \
        "ArgumentParser and Foundation: move the work behind an operation of RoundsOperations" \
        "(docs/design.md, \"The rule for adding an operation\")." >&2
    exit 1
fi
echo "Layers: Sources/rounds and Sources/RoundsWeb import no store, scheduler, invitations, records or reports module."
