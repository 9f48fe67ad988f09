#!/usr/bin/env bash
# Sets up and runs the tests: installs what is missing (the render check's LibreOffice and fonts
# included), runs the whole suite, then checks that the committed Reports/ are what the current
# code makes from Inputs/. Extra arguments go to `swift test` (e.g. `-c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --render
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# `swift test` builds the executables the end-to-end tests run (they depend on their targets).
swift test "$@" 2>&1 | tee "$log"
# The committed sample report must be what the current code makes from Inputs/.
"$(swift build "$@" --show-bin-path)/annual-review" check
# One closing line for the whole run, from XCTest's summary of all suites.
summary=$(grep -E "Executed [0-9]+ tests?, with" "$log" | tail -1)
total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$summary")
failed=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<<"$summary")
skipped=$(grep -oE "[0-9]+ tests? skipped" <<<"$summary" | grep -oE "^[0-9]+" || echo 0)
echo "tests: $((total - failed - skipped)) passed, $failed failed, $skipped skipped"
