#!/usr/bin/env bash
# Sets up and runs the main job: builds the tool and writes Reports/ from Inputs/.
# Extra arguments go to `annual-review build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product annual-review
.build/release/annual-review build "$@"
