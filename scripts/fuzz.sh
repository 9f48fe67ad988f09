#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/: libFuzzer with AddressSanitizer) and runs each one from seeds
# made from Tests/Fixtures; stops at the first crash, sanitizer report, broken invariant or
# input slower than 20 s (Fuzz/README.md says what each target checks).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   each target for SECONDS (default 30), keeping what it
#                                           finds in .build/fuzz/TARGET/corpus for the next run
#   scripts/fuzz.sh --ci                    CI: each target from its seeds only, with a fixed
#                                           -seed and -runs (about a minute each on two cores)
#
# A finding is saved as .build/fuzz/TARGET/crash-… (or timeout-…, oom-…); the script prints how
# to run it again. Keep it as Tests/Fixtures/fuzz/TARGET/NAME: FuzzTests then checks it in the
# normal suite.
set -euo pipefail
cd "$(dirname "$0")/.."

ci=false
seconds=30
if [[ ${1:-} == --ci ]]; then
    ci=true
    shift
elif [[ ${1:-} =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
((${#targets[@]})) || targets=(csv ingest values config)

# Inputs run per target in CI, from -seed=1: each about a minute on this project's two-core
# machine under load (measured: csv 230, ingest 18, values 3,100, config 260 inputs a second),
# ingest two, being the widest. The same seed and count try the same inputs, except that the
# reader's threads may reach new code in another order, which can change what is kept.
declare -A ci_runs=([csv]=15000 [ingest]=2000 [values]=200000 [config]=16000)
# The longest input each target is given: a file, a register and its log's files, a field, a config.
declare -A max_len=([csv]=4096 [ingest]=16384 [values]=256 [config]=8192)

scripts/setup.sh
# Swift's own crash handler would catch the crash before libFuzzer saves the input.
export SWIFT_BACKTRACE=enable=no
# Swift's runtime keeps caches for the life of the process: no leak checks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

# Coverage for libFuzzer in every Swift and C module, AddressSanitizer, and libFuzzer's loop
# without its main (`fuzz` has its own, which calls LLVMFuzzerRunDriver).
toolchain=$(dirname "$(readlink -f "$(command -v swiftc)")")/..
libfuzzer=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a | head -1)
mkdir -p .build/fuzz
build() {
    swift build --package-path Fuzz -c release --sanitize=address \
        -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
        -Xcc -fsanitize=fuzzer-no-link -Xlinker "$libfuzzer" -Xlinker -lstdc++ >.build/fuzz/build.log 2>&1
}
# SwiftPM does not plan a path dependency again when files were removed from it (a pull that
# deletes a source file): its old plan fails with "missing inputs"; then one fresh build.
if ! build && ! { grep -q "because of missing inputs" .build/fuzz/build.log && rm -rf Fuzz/.build && build; }; then
    grep -E "error" .build/fuzz/build.log | head -20 >&2
    echo "fuzz: the build failed (.build/fuzz/build.log)" >&2
    exit 2
fi
fuzz=$(swift build --package-path Fuzz -c release --show-bin-path)/fuzz

failed=()
for target in "${targets[@]}"; do
    [[ -n ${max_len[$target]:-} ]] || { echo "fuzz: no target $target (csv, ingest, values, config)" >&2; exit 2; }
    dir=.build/fuzz/$target
    rm -rf "$dir/seeds" "$dir/ci"
    mkdir -p "$dir/corpus"
    "$fuzz" --target="$target" --make-corpus="$dir/seeds" --fixtures=Tests/Fixtures
    if $ci; then
        mkdir -p "$dir/ci"
        limit=(-seed=1 -runs="${ci_runs[$target]}")
        corpus=$dir/ci
    else
        limit=(-max_total_time="$seconds")
        corpus=$dir/corpus
    fi
    # The first folder gets the new inputs; the seeds are only read.
    if "$fuzz" --target="$target" "${limit[@]}" -max_len="${max_len[$target]}" -timeout=20 -rss_limit_mb=2048 -detect_leaks=0 \
        -artifact_prefix="$dir/" -print_final_stats=1 "$corpus" "$dir/seeds" >"$dir/log" 2>&1; then
        summary=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$dir/log" | tail -1 |
            sed -E 's/^#([0-9]+)[[:space:]]+DONE[[:space:]]+/\1 inputs, /; s/ lim:.*//' || true)
        rate=$(grep -oE "average_exec_per_sec:[[:space:]]*[0-9]+" "$dir/log" | grep -oE "[0-9]+$" || true)
        echo "fuzz $target: ${summary:-?}, ${rate:-?} inputs/s: no finding"
    else
        failed+=("$target")
        grep -E "==fuzz==|ERROR: |SUMMARY: |Fatal error|Test unit written" "$dir/log" | head -40 >&2 || tail -40 "$dir/log" >&2
        artifact=$(grep -oE "Test unit written to \S+" "$dir/log" | tail -1 | cut -d' ' -f5 || true)
        echo "fuzz $target: FAILED (log: $dir/log)${artifact:+; again: SWIFT_BACKTRACE=enable=no $fuzz --target=$target $artifact}" >&2
    fi
done
((${#failed[@]} == 0)) || { echo "fuzz: failed: ${failed[*]}" >&2; exit 1; }
echo "fuzz: ${targets[*]}: no finding"
