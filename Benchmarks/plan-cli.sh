#!/bin/sh
# One whole `rounds plan` call on the ten-year instance of issue 11 (120 Rounds, 60
# facilitators, leave for everyone, busy times for a third, two years of held Rounds):
# start-up, reading the store, planning, writing the plan back. Each run starts from a fresh
# copy of the store. Usage: plan-cli.sh ROUNDS ROUNDS_BENCH DIR [RUNS]
set -eu
rounds=$1
bench=$2
dir=$3
runs=${4:-20}
mkdir -p "$dir"
store="$dir/plan-cli.sqlite"
run="$dir/plan-cli-run.sqlite"
"$bench" plan-store "$store"
fresh="cp '$store' '$run' && rm -f '$run-wal' '$run-shm'"
command="'$rounds' plan --store '$run' --from 2027-01 --months 120"

# Once, to check what is timed: every Round planned and staffed, the rota proven optimal.
sh -c "$fresh"
sh -c "$command" >"$dir/plan-cli.out"
grep -q '^Rota: proven optimal' "$dir/plan-cli.out" || {
    echo "plan-cli: the rota is not proven optimal; see $dir/plan-cli.out" >&2
    exit 1
}
if grep -qi 'unstaffed' "$dir/plan-cli.out"; then
    echo "plan-cli: a Round was left unstaffed; see $dir/plan-cli.out" >&2
    exit 1
fi

hyperfine --warmup 2 --runs "$runs" --prepare "$fresh" --export-json "$dir/plan-cli.json" \
    "$command"
python3 - "$dir/plan-cli.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
median = result["median"]
verdict = "met" if median < 0.2 else "NOT met"
print(f"rounds plan, ten years, 60 facilitators: median {median:.3f} s wall "
      f"(user {result['user']:.3f} s, system {result['system']:.3f} s); goal under 0.2 s: {verdict}")
PY
