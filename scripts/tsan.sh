#!/usr/bin/env bash
# The parallel reader under ThreadSanitizer: builds annual-review with --sanitize=thread and runs
# `validate` on three generated years of ROWS meeting rows (default 300,000) with 4 threads and
# with 1, failing on any ThreadSanitizer report and on any difference between the two outputs.
# The three: plain rows; rows with real exports' oddities (short rows, mixed date forms, quoted
# topics); and rows whose every topic is quoted and holds a line break, so that many parts are
# cut inside a quoted field and read again.
#
#   scripts/tsan.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-300000}

scripts/setup.sh
swift build -c release --sanitize=thread --scratch-path .build/tsan --product annual-review
tool=$(swift build -c release --scratch-path .build/tsan --show-bin-path)/annual-review
swift build -c release --product generate-sample
generate=$(swift build -c release --show-bin-path)/generate-sample

data=.build/tsan/data-$rows
if [[ ! -f $data/multiline/meetings.csv ]]; then
    rm -rf "$data"
    "$generate" --out "$data/plain" --sites 2000 --meetings-rows "$rows" --plain >/dev/null
    "$generate" --out "$data/oddities" --sites 2000 --meetings-rows "$rows" >/dev/null
    mkdir -p "$data/multiline"
    cp "$data/plain"/{sites,lectures,trainings}.csv "$data/multiline/"
    # Every topic without a comma or quote of its own (nearly all) gets a line break, quoted.
    awk -F, -v OFS=, 'NR > 1 && NF == 7 && $6 !~ /"/ { $6 = "\"" $6 "\n讨论\"" } { print }' \
        "$data/plain/meetings.csv" >"$data/multiline/meetings.csv"
fi

export SWIFT_BACKTRACE=enable=no
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"
for set in plain oddities multiline; do
    dir=$data/$set
    for threads in 4 1; do
        status=0
        "$tool" validate --inputs "$dir" --year 2017 --lang en --quiet --threads "$threads" \
            >"$dir/validate-$threads.out" 2>"$dir/validate-$threads.err" || status=$?
        if ((status == 66)) || grep -q "ThreadSanitizer" "$dir/validate-$threads.err"; then
            grep -A30 "WARNING: ThreadSanitizer" "$dir/validate-$threads.err" | head -60 >&2
            echo "tsan: $set, $threads threads: ThreadSanitizer report ($dir/validate-$threads.err)" >&2
            exit 1
        fi
        if ((status > 1)); then
            tail -5 "$dir/validate-$threads.err" >&2
            echo "tsan: $set, $threads threads: validate exited $status" >&2
            exit 1
        fi
    done
    if ! cmp -s "$dir/validate-4.out" "$dir/validate-1.out"; then
        diff "$dir/validate-1.out" "$dir/validate-4.out" | head -20 >&2
        echo "tsan: $set: 4 threads and 1 print different results" >&2
        exit 1
    fi
    echo "tsan: $set ($rows meeting rows, $(wc -c <"$dir/meetings.csv") bytes): no report, 4 threads = 1"
done
