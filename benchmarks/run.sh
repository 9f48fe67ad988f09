#!/usr/bin/env bash
# Benchmarks annual-review on generated inputs (release build, this machine).
#
#   benchmarks/run.sh ingest   ingest only (`validate`): 1,000,000 meeting rows (on one thread, then
#                              on every core) and 4,000,000; prints MB/s (all the logs' bytes),
#                              rows/s, peak memory and the memory per extra row
#   benchmarks/run.sh build    the full `build` (validation, indicators, workbook) on a year of
#                              2,000 sites and 1,100,000 meeting rows, then 4.4 million; several runs
#   benchmarks/run.sh hostile  issue 19's hostile and unlucky inputs (benchmarks/hostile_inputs.py:
#                              a quoted field of 800,000 lines across every part cut, a 77 MB log
#                              with lone-CR line ends beside the same rows with LF, 2,000 record ids
#                              crafted to collide under the former hash, counts of 2^63 − 1, 70,000
#                              one-row files): `validate` on one thread and on every core
#   benchmarks/run.sh xlsx     the logs as workbooks (generate-sample --xlsx: 2,000 sites, a
#                              1,000,000-row meetings.xlsx with shared strings): `validate` and
#                              `build`, then pandas.read_excel on the same meetings.xlsx (a venv
#                              under .build/bench/venv)
#
# The data sets are made by the repo's own seeded generator under .build/bench/ (kept between
# runs; delete the folder to regenerate). Peak memory is /usr/bin/time's maximum resident set.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
runs="${RUNS:-3}"

scripts/setup.sh
# One product per `swift build`: given several, SwiftPM builds only the last.
swift build -c release --static-swift-stdlib --product annual-review >/dev/null
swift build -c release --static-swift-stdlib --product generate-sample >/dev/null
tool=.build/release/annual-review
gen=.build/release/generate-sample
[[ -x /usr/bin/time ]] || { echo "benchmarks: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

dataset() { # name sites rows [--xlsx]
    local dir=".build/bench/$1"
    if [[ ! -f "$dir/meetings.csv" && ! -f "$dir/meetings.xlsx" ]]; then
        "$gen" --out "$dir" --sites "$2" --meetings-rows "$3" ${4:-} >/dev/null
    fi
    echo "$dir"
}

measure() { # label dir rows command...
    local label=$1 dir=$2 rows=$3; shift 3
    local bytes best_s="" best_kb=""
    bytes=$(find "$dir" -maxdepth 1 \( -name '*.csv' -o -name '*.xlsx' \) -exec cat {} + | wc -c)
    for _ in $(seq "$runs"); do
        local out
        /usr/bin/time -o "$dir/.time" -f "%e %M" "$@" >/dev/null 2>&1 || true
        out=$(tail -1 "$dir/.time")
        local s=${out% *} kb=${out#* }
        if [[ -z "$best_s" ]] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
        if [[ -z "$best_kb" ]] || (( kb > best_kb )); then best_kb=$kb; fi
    done
    awk -v l="$label" -v s="$best_s" -v kb="$best_kb" -v b="$bytes" -v r="$rows" 'BEGIN {
        if (r > 0) printf "%-34s %8.2f s  %8.1f MB/s  %10.0f rows/s  peak %6.1f MB\n", l, s, b/1e6/s, r/s, kb/1024
        else printf "%-34s %8.2f s  peak %6.1f MB\n", l, s, kb/1024 }'
    echo "$best_kb" > "$dir/.peak-kb"
}

case "$mode" in
ingest)
    small=$(dataset ingest-1m 2000 1000000)
    large=$(dataset ingest-4m 2000 4000000)
    measure "validate, 1,000,000 rows, 1 thread" "$small" 1000000 "$tool" validate --threads 1 --inputs "$small" --year 2017
    measure "validate, 1,000,000 meeting rows" "$small" 1000000 "$tool" validate --inputs "$small" --year 2017
    measure "validate, 4,000,000 meeting rows" "$large" 4000000 "$tool" validate --inputs "$large" --year 2017
    ;;
build)
    small=$(dataset build-1.1m 2000 1100000)
    large=$(dataset build-4.4m 2000 4400000)
    measure "build, 1,100,000 rows, 1 thread" "$small" 1100000 "$tool" build --threads 1 --quiet --inputs "$small" --out .build/bench/small.xlsx
    measure "build, 1,100,000 meeting rows" "$small" 1100000 "$tool" build --quiet --inputs "$small" --out .build/bench/small.xlsx
    measure "build, 4,400,000 meeting rows" "$large" 4400000 "$tool" build --quiet --inputs "$large" --out .build/bench/large.xlsx
    ;;
hostile)
    dir=.build/bench/hostile
    [[ -d "$dir/many-files" ]] || python3 benchmarks/hostile_inputs.py "$dir"
    for case in quoted-breaks cr-only lf-clean colliding-ids huge-counts many-files; do
        measure "$case, 1 thread" "$dir/$case" 0 "$tool" validate --threads 1 --inputs "$dir/$case" --year 2017
        measure "$case, every core" "$dir/$case" 0 "$tool" validate --inputs "$dir/$case" --year 2017
    done
    exit 0
    ;;
xlsx)
    small=$(dataset xlsx-1m 2000 1000000 --xlsx)
    measure "validate, meetings.xlsx 1,000,000 rows" "$small" 1000000 "$tool" validate --inputs "$small" --year 2017
    measure "build, meetings.xlsx 1,000,000 rows" "$small" 1000000 "$tool" build --quiet --inputs "$small" --out .build/bench/xlsx.xlsx
    venv=.build/bench/venv
    if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import pandas, openpyxl" 2>/dev/null; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet pandas xlsxwriter openpyxl
    fi
    runs=1 measure "pandas.read_excel, meetings.xlsx" "$small" 1000000 "$venv/bin/python" benchmarks/pandas_read_excel.py "$small/meetings.xlsx"
    exit 0
    ;;
*)
    echo "usage: benchmarks/run.sh ingest|build|hostile|xlsx" >&2; exit 2 ;;
esac
a=$(cat "$small/.peak-kb"); b=$(cat "$large/.peak-kb")
awk -v a="$a" -v b="$b" -v mode="$mode" 'BEGIN {
    extra = (mode == "ingest") ? 3000000 : 3300000
    printf "memory growth: %.1f bytes per extra meeting row\n", (b - a) * 1024 / extra }'
