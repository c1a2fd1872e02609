#!/bin/sh
# One whole measured pass of each program, counted by callgrind (docs/benchmarks.md,
# "Instructions"): everything `ics FILE 1` does beyond `ics FILE 0` (the read, what the program
# does between its read and its write, the write and the freeing), so that glibc's deferred
# work counts wherever it lands. Prints both counts and the ratio Rounds / C.
#
# usage: whole-pass.sh ROUNDS_BENCH C_PROGRAM FILE   (ROUNDS_BENCH without DWARF, as
# instructions.sh makes it: valgrind 3.19 cannot read Swift 6.3's)
set -eu
rounds=$1 cprogram=$2 file=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

total() { # PROGRAM ITERATIONS -> instructions of the whole run
    valgrind --tool=callgrind --callgrind-out-file="$dir/out" "$1" ics "$file" "$2" \
        >/dev/null 2>"$dir/log" || {
        cat "$dir/log" >&2
        exit 1
    }
    sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$dir/out"
}

r0=$(total "$rounds" 0)
r1=$(total "$rounds" 1)
c0=$(total "$cprogram" 0)
c1=$(total "$cprogram" 1)
awk -v r0="$r0" -v r1="$r1" -v c0="$c0" -v c1="$c1" 'BEGIN {
    printf "one whole pass: Rounds %.1f M, C %.1f M, Rounds / C %.3f×\n",
        (r1 - r0) / 1e6, (c1 - c0) / 1e6, (r1 - r0) / (c1 - c0) }'
