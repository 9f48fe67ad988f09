#!/usr/bin/env bash
# Runs annual-review and the pandas + XlsxWriter baseline (benchmarks/pandas_baseline.py) on the
# same generated year (2,000 sites, 1,100,000 meeting rows) and prints both times, peak memory
# and the ratio. The baseline runs in a throwaway venv under .build/bench/venv.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# One product per `swift build`: given several, SwiftPM builds only the last.
swift build -c release --static-swift-stdlib --product annual-review >/dev/null
swift build -c release --static-swift-stdlib --product generate-sample >/dev/null
dir=.build/bench/build-1.1m
[[ -f "$dir/meetings.csv" ]] || .build/release/generate-sample --out "$dir" --sites 2000 --meetings-rows 1100000 >/dev/null
venv=.build/bench/venv
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pandas xlsxwriter
fi
run() { # label command...
    local label=$1; shift
    /usr/bin/time -o .build/bench/.time -f "%e %M" "$@" >/dev/null 2>&1 || true
    read -r s kb < <(tail -1 .build/bench/.time)
    printf "%-16s %7.2f s  peak %7.1f MB\n" "$label" "$s" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
    echo "$s"  > ".build/bench/.$label"
}
run annual-review .build/release/annual-review build --quiet --inputs "$dir" --out .build/bench/ours.xlsx
run pandas "$venv/bin/python" benchmarks/pandas_baseline.py "$dir" .build/bench/pandas.xlsx 2017
awk -v a="$(cat .build/bench/.annual-review)" -v b="$(cat .build/bench/.pandas)" \
    'BEGIN { printf "pandas / annual-review: %.1f× the wall time\n", b / a }'
