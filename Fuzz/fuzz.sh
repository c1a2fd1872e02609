#!/bin/sh
# Builds and runs the libFuzzer targets (docs/fuzzing.md).
#   Fuzz/fuzz.sh build NAME        build .build-fuzz/bin/fuzz-NAME
#   Fuzz/fuzz.sh run NAME SECONDS  build, seed .build-fuzz/corpus/NAME, fuzz for SECONDS
# NAME is calendar, programme, people or excerpts. Extra libFuzzer flags: FUZZ_FLAGS.
set -eu
SWIFT=${SWIFT:-swift}
SCRATCH=.build-fuzz
FUZZ_FLAGS=${FUZZ_FLAGS:-"-max_len=65536 -timeout=10 -rss_limit_mb=2048"}
SANITIZE=-sanitize=fuzzer,address

usage() { echo "usage: $0 build|run NAME [SECONDS]" >&2; exit 2; }
[ $# -ge 2 ] || usage
action=$1 name=$2

# Per target: the Swift file, the library target it exercises, every target whose objects it
# links, the system libraries, and the seed files and folders.
case $name in
calendar)
    source=Fuzz/FuzzCalendar.swift; library=RoundsICS
    objects="RoundsICS"
    libs="$(pkg-config --libs libical icu-i18n)"
    seeds="Samples/sample-programme.ics Samples/broken Tests/RoundsICSTests/Fixtures
        Tests/RoundsInvitationsTests/Fixtures"
    dict=Fuzz/calendar.dict ;;
programme)
    source=Fuzz/FuzzProgramme.swift; library=RoundsStore
    objects="RoundsStore RoundsCore GRDB Yams CYaml CSV"
    libs="-lsqlite3"
    seeds="Samples/programme.yaml Samples/excerpts.yaml Fuzz/seeds/programme"
    dict= ;;
people)
    source=Fuzz/FuzzPeople.swift; library=RoundsStore
    objects="RoundsStore RoundsCore GRDB Yams CYaml CSV"
    libs="-lsqlite3"
    seeds="Samples/people.csv Fuzz/seeds/people"
    dict= ;;
excerpts)
    source=Fuzz/FuzzExcerpts.swift; library=RoundsPacks
    objects="RoundsPacks RoundsCore Mustache Yams CYaml"
    libs=
    seeds="Samples/articles Samples/excerpts.yaml Fuzz/seeds/excerpts"
    dict= ;;
*) usage ;;
esac

build() {
    # Library targets only: SwiftPM never links here, so libFuzzer's main cannot clash.
    "$SWIFT" build --scratch-path "$SCRATCH" -c debug -Xswiftc "$SANITIZE" --target "$library"
    bin=$("$SWIFT" build --scratch-path "$SCRATCH" -c debug --show-bin-path)
    files=
    for target in $objects; do
        [ -d "$bin/$target.build" ] || continue
        files="$files $(find "$bin/$target.build" -name '*.o' | sort | tr '\n' ' ')"
    done
    # The C modules the Swift modules import: ours, GRDB's SQLite shim and Yams's CYaml.
    includes=
    for map in Sources/CLibical Sources/CICU "$SCRATCH/checkouts/GRDB.swift/Sources/GRDBSQLite" \
        "$SCRATCH/checkouts/Yams/Sources/CYaml/include"; do
        includes="$includes -I $map"
    done
    mkdir -p "$SCRATCH/bin"
    # lld, from the Swift toolchain: gold warns about every ASan helper symbol.
    # shellcheck disable=SC2086 # word splitting of the file and library lists is wanted
    swiftc -g -Onone "$SANITIZE" -parse-as-library -use-ld=lld \
        -I "$bin/Modules" $includes \
        "$source" $files $libs -o "$SCRATCH/bin/fuzz-$name"
}

case $action in
build) build ;;
run)
    [ $# -eq 3 ] || usage
    build
    corpus=$SCRATCH/corpus/$name
    mkdir -p "$corpus" "$SCRATCH/artifacts/$name"
    for seed in $seeds; do
        [ -e "$seed" ] || continue
        # Named after their path, so same-named files in different folders both stay.
        find "$seed" -type f | while read -r file; do
            cp "$file" "$corpus/seed-$(echo "$file" | tr / -)"
        done
    done
    dictflag=
    [ -n "$dict" ] && dictflag="-dict=$dict"
    # shellcheck disable=SC2086
    "$SCRATCH/bin/fuzz-$name" $FUZZ_FLAGS $dictflag -max_total_time="$3" \
        -artifact_prefix="$SCRATCH/artifacts/$name/" "$corpus"
    ;;
*) usage ;;
esac
