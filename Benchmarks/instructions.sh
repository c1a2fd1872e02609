#!/bin/sh
# Instruction counts for docs/benchmarks.md (`make bench-instructions`): callgrind on
# `rounds-bench ics FILE 1` and `bench_libical ics FILE 1` for each calendar size, counting only
# inside the measured read (rounds_bench_counted_read, counted_read) or the measured write
# (rounds_bench_counted_write, counted_write). Both programs make one warm-up pass first, which
# loads libical's zone list, the zone and its expansion, so neither side's count includes that
# one-time set-up. Prints the counts and the ratios Rounds / C, computed here, then where the
# instructions go (inclusive counts of named functions, from callgrind_annotate), the
# self counts by library (libical, glibc, the Swift runtime, the program's own code), and each
# program's peak resident memory reading the calendar once (`read-once`, /usr/bin/time -v).
#
# usage: instructions.sh ROUNDS_BENCH C_PROGRAM DIR EVENTS...
set -eu
rounds=$1 cprogram=$2 dir=$3
shift 3
mkdir -p "$dir"
# valgrind 3.19 cannot read the DWARF Swift 6.3 writes: count a copy without it (symbols stay).
objcopy --strip-debug "$rounds" "$dir/rounds-bench-nodebug"
rounds="$dir/rounds-bench-nodebug"

count() { # PROGRAM FUNCTION FILE -> instructions counted inside FUNCTION
    out="$dir/callgrind.$2.$events.out"
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

# The inclusive count of the first function whose line contains PATTERN, in millions.
part() { # OUT PATTERN
    callgrind_annotate --inclusive=yes "$1" | awk -v pattern="$2" '
        index($0, pattern) { gsub(",", "", $1); printf "%.1f M", $1 / 1e6; found = 1; exit }
        END { if (!found) printf "-" }'
}

echo "| events | Rounds read | C read | Rounds / C, read | Rounds write | C write | Rounds / C, write | Rounds / C, read + write |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for events in "$@"; do
    file="$dir/bench-$events.ics"
    "$rounds" generate "$file" "$events"
    rr=$(count "$rounds" rounds_bench_counted_read "$file")
    cr=$(count "$cprogram" counted_read "$file")
    rw=$(count "$rounds" rounds_bench_counted_write "$file")
    cw=$(count "$cprogram" counted_write "$file")
    awk -v n="$events" -v rr="$rr" -v cr="$cr" -v rw="$rw" -v cw="$cw" 'BEGIN {
        printf "| %d | %.1f M | %.1f M | %.3f× | %.1f M | %.1f M | %.3f× | %.3f× |\n",
            n, rr / 1e6, cr / 1e6, rr / cr, rw / 1e6, cw / 1e6, rw / cw, (rr + rw) / (cr + cw) }'
done

echo
echo "Where they go (inclusive counts inside the counted read and write):"
echo
echo "| events | step | Rounds | C |"
echo "|---:|---|---:|---:|"
for events in "$@"; do
    r="$dir/callgrind.rounds_bench_counted_read.$events.out"
    c="$dir/callgrind.counted_read.$events.out"
    echo "| $events | read: libical's parser (icalparser_parse) | $(part "$r" ':icalparser_parse [') | $(part "$c" ':icalparser_parse [') |"
    echo "| $events | read: freeing libical's tree (icalcomponent_free) | $(part "$r" ':icalcomponent_free [') | $(part "$c" ':icalcomponent_free [') |"
    echo "| $events | read: the line survey (SourceScan) | $(part "$r" 'SourceScanV3run') | - |"
    echo "| $events | read: the walk to values (ReadSession.readCalendar, with the freeing) | $(part "$r" 'ReadSessionV12readCalendar') | - |"
    r="$dir/callgrind.rounds_bench_counted_write.$events.out"
    c="$dir/callgrind.counted_write.$events.out"
    echo "| $events | write: libical's serialiser (icalcomponent_as_ical_string_r) | $(part "$r" ':icalcomponent_as_ical_string_r [') | $(part "$c" ':icalcomponent_as_ical_string_r [') |"
    echo "| $events | write: freeing the tree written (icalcomponent_free; glibc's share of it depends on the heap the read left) | $(part "$r" ':icalcomponent_free [') | $(part "$c" ':icalcomponent_free [') |"
    echo "| $events | write: the checks (WritePlan) | $(part "$r" 'WritePlanV8document') | - |"
    echo "| $events | write: building the tree (CalendarWriter.addEvent) | $(part "$r" 'CalendarWriterV8addEvent') | - |"
    echo "| $events | write: converting times through the zone (Rounds: TimeZones.instant; C: icaltime_as_timet_with_zone) | $(part "$r" 'TimeZonesO7instant2of10floatingIn') | $(part "$c" ':icaltime_as_timet_with_zone [') |"
done

# Self counts by library, in millions: what libical does, glibc's allocator, the rest of glibc,
# the Swift runtime and Foundation, and the program's own code.
bylib() { # OUT -> "libical malloc libc swift own"
    callgrind_annotate --threshold=100 "$1" | awk '
        /^ *[0-9,]+ +\( *[0-9.]+%\) +/ && !/PROGRAM TOTALS/ {
            n = $1; gsub(",", "", n)
            if (index($0, "libical")) g = "libical"
            else if (index($0, "libc.so") && index($0, "malloc")) g = "malloc"
            else if (index($0, "libc.so")) g = "libc"
            else if (index($0, "libswift") || index($0, "libFoundation")) g = "swift"
            else g = "own"
            sum[g] += n
        }
        END { printf "%d %d %d %d %d\n", sum["libical"], sum["malloc"], sum["libc"],
            sum["swift"], sum["own"] }'
}

echo
echo "By library (self counts inside the counted read and write; difference = Rounds - C):"
echo
echo "| events | pass | libical | glibc malloc/free | glibc, other | Swift runtime and Foundation | the program's own code |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for events in "$@"; do
    for pass in read write; do
        ours=$(bylib "$dir/callgrind.rounds_bench_counted_$pass.$events.out")
        theirs=$(bylib "$dir/callgrind.counted_$pass.$events.out")
        echo "$ours $theirs" | awk -v n="$events" -v pass="$pass" '{
            printf "| %d | %s, Rounds | %.1f M | %.1f M | %.1f M | %.1f M | %.1f M |\n",
                n, pass, $1 / 1e6, $2 / 1e6, $3 / 1e6, $4 / 1e6, $5 / 1e6
            printf "| %d | %s, C | %.1f M | %.1f M | %.1f M | %.1f M | %.1f M |\n",
                n, pass, $6 / 1e6, $7 / 1e6, $8 / 1e6, $9 / 1e6, $10 / 1e6
            printf "| %d | %s, difference | %+.1f M | %+.1f M | %+.1f M | %+.1f M | %+.1f M |\n",
                n, pass, ($1 - $6) / 1e6, ($2 - $7) / 1e6, ($3 - $8) / 1e6, ($4 - $9) / 1e6,
                ($5 - $10) / 1e6 }'
    done
done

echo
echo "Peak resident memory reading each calendar once (read-once; /usr/bin/time -v, \"Maximum resident set size\"):"
echo
echo "| events | Rounds (MiB) | C (MiB) | Rounds / C |"
echo "|---:|---:|---:|---:|"
peak() { # PROGRAM FILE -> peak resident memory in KiB; fails unless PROGRAM read the file
    log="$dir/peak.log"
    /usr/bin/time -v "$1" read-once "$2" >"$dir/peak.out" 2>"$log" || {
        cat "$log" >&2
        exit 1
    }
    grep -q '^events=[1-9]' "$dir/peak.out" || {
        echo "$1 read no events from $2" >&2
        exit 1
    }
    sed -n 's/.*Maximum resident set size (kbytes): *\([0-9]*\).*/\1/p' "$log"
}
for events in "$@"; do
    file="$dir/bench-$events.ics"
    rm=$(peak "$rounds" "$file")
    cm=$(peak "$cprogram" "$file")
    [ -n "$rm" ] && [ -n "$cm" ] || {
        echo "no peak memory from /usr/bin/time -v" >&2
        exit 1
    }
    awk -v n="$events" -v r="$rm" -v c="$cm" 'BEGIN {
        printf "| %d | %.1f | %.1f | %.2f× |\n", n, r / 1024, c / 1024, r / c }'
done
