#!/usr/bin/env bash
# Is this checkout slower than REV? For changes that must keep the speed (issue 20: "no slower").
#
#   benchmarks/regression.sh REV [RUNS]
#
# Builds REV (in a throwaway worktree under .build/regression/) and this working tree, release and
# stripped of debug info, then measures both on the same generated years:
# - instructions (callgrind's Ir, one thread): `validate` and `build` on 2,000 sites and 300,000
#   meeting rows. Counts hardly move with the machine's load, so they show a change of a few
#   tenths of a percent that timings cannot;
# - wall time: `build` on 2,000 sites and 1,100,000 meeting rows (benchmarks/run.sh build's
#   year), RUNS (default 10) runs of each, interleaved (REV, this, REV, this …) so both see the
#   same drift of a shared machine; prints each median.
# valgrind reads no DWARF 5, hence the stripped copies. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: benchmarks/regression.sh REV [RUNS]}"
runs="${2:-10}"
command -v valgrind >/dev/null || { echo "regression: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }
scripts/setup.sh
out=.build/regression
mkdir -p "$out"

build_at() { # folder name → its stripped annual-review in $out/name (the build's output in $out/name.log)
    # One product per `swift build`: given several, SwiftPM builds only the last.
    if ! (cd "$1" && swift build -c release --static-swift-stdlib --product annual-review \
        && swift build -c release --static-swift-stdlib --product generate-sample) >"$out/$2.log" 2>&1; then
        tail -20 "$out/$2.log" >&2; echo "regression: the build of $2 failed ($out/$2.log)" >&2; exit 2
    fi
    cp "$1/.build/release/annual-review" "$out/$2"
    strip --strip-debug "$out/$2"
}
base_tree="$out/base-tree"
git worktree remove --force "$base_tree" 2>/dev/null || true
git worktree add --detach "$base_tree" "$rev" >/dev/null
trap 'git worktree remove --force "$base_tree" 2>/dev/null || true' EXIT
build_at "$base_tree" base
build_at . this
gen=.build/release/generate-sample
small="$out/year-300k"; large=.build/bench/build-1.1m
[[ -f "$small/meetings.csv" ]] || "$gen" --out "$small" --sites 2000 --meetings-rows 300000 >/dev/null
[[ -f "$large/meetings.csv" ]] || "$gen" --out "$large" --sites 2000 --meetings-rows 1100000 >/dev/null

instructions() { # binary command... → total Ir
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected :/ { print $NF }'
}
printf "%-44s %16s %16s %8s\n" "instructions (Ir, 1 thread)" "$rev" "this" "change"
for command in validate build; do
    extra=(); [[ $command == build ]] && extra=(--out "$out/cg.xlsx")
    a=$(instructions "$out/base" "$command" --quiet --threads 1 --inputs "$small" "${extra[@]}" || true)
    b=$(instructions "$out/this" "$command" --quiet --threads 1 --inputs "$small" "${extra[@]}" || true)
    awk -v l="$command, 300,000 meeting rows" -v a="$a" -v b="$b" \
        'BEGIN { printf "%-44s %16s %16s %+7.2f%%\n", l, a, b, (b - a) * 100 / a }'
done

# (validate and build exit 1 when a row is rejected, as in every generated year.)
seconds() { { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null || true; } | tail -1; }
: >"$out/base.times"; : >"$out/this.times"
for _ in $(seq "$runs"); do
    seconds "$out/base" build --quiet --inputs "$large" --out "$out/base.xlsx" >>"$out/base.times"
    seconds "$out/this" build --quiet --inputs "$large" --out "$out/this.xlsx" >>"$out/this.times"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
awk -v a="$(median "$out/base.times")" -v b="$(median "$out/this.times")" -v n="$runs" -v r="$rev" 'BEGIN {
    printf "build, 1,100,000 meeting rows: median of %d interleaved runs %.2f s (%s), %.2f s (this), %+.1f%%\n",
        n, a, r, b, (b - a) * 100 / a }'
