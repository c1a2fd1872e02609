#!/bin/sh
# Instruction counts for docs/benchmarks.md (`make bench-instructions`): callgrind on
# `rounds-bench ics FILE 1` and `bench_libical ics FILE 1` for each calendar size, counting only
# inside the measured read (rounds_bench_counted_read, counted_read) or the measured write
# (rounds_bench_counted_write, counted_write). Both programs make one warm-up pass first, which
# loads libical's zone list, the zone and its expansion, so neither side's count includes that
# one-time set-up. Prints the counts and the ratios Rounds / C, computed here.
#
# usage: instructions.sh ROUNDS_BENCH C_PROGRAM DIR EVENTS...
set -eu
rounds=$1 c=$2 dir=$3
shift 3
mkdir -p "$dir"
# valgrind 3.19 cannot read the DWARF Swift 6.3 writes: count a copy without it (symbols stay).
objcopy --strip-debug "$rounds" "$dir/rounds-bench-nodebug"
rounds="$dir/rounds-bench-nodebug"

count() { # PROGRAM FUNCTION FILE -> instructions counted inside FUNCTION
    out="$dir/callgrind.$2.out"
    valgrind --tool=callgrind --toggle-collect="$2" --callgrind-out-file="$out" \
        "$1" ics "$3" 1 >/dev/null 2>"$dir/callgrind.$2.log" || {
        cat "$dir/callgrind.$2.log" >&2
        exit 1
    }
    total=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$out")
    [ -n "$total" ] && [ "$total" -gt 0 ] || {
        echo "callgrind counted nothing in $2 ($out)" >&2
        exit 1
    }
    echo "$total"
}

echo "| events | Rounds read | C read | Rounds / C, read | Rounds write | C write | Rounds / C, write |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for events in "$@"; do
    file="$dir/bench-$events.ics"
    "$rounds" generate "$file" "$events"
    rr=$(count "$rounds" rounds_bench_counted_read "$file")
    cr=$(count "$c" counted_read "$file")
    rw=$(count "$rounds" rounds_bench_counted_write "$file")
    cw=$(count "$c" counted_write "$file")
    awk -v n="$events" -v rr="$rr" -v cr="$cr" -v rw="$rw" -v cw="$cw" 'BEGIN {
        printf "| %d | %.1f M | %.1f M | %.3f× | %.1f M | %.1f M | %.3f× |\n",
            n, rr / 1e6, cr / 1e6, rr / cr, rw / 1e6, cw / 1e6, rw / cw }'
done
