#!/usr/bin/env bash
# Sets up and runs the tests: installs what is missing, runs the whole suite, then checks that
# the committed Reports/ are what the current code makes from Inputs/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
swift build --product annual-review
swift test
# The committed sample report must be what the current code makes from Inputs/.
.build/debug/annual-review check
