#!/usr/bin/env bash
# Sets up and runs the main job: builds the tool and writes Reports/ from Inputs/.
# Extra arguments go to `annual-review build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Swift's runtime and Foundation linked in: a binary that runs without the toolchain's
# libraries, and starts in half the time (no dynamic linking of them).
swift build -c release --static-swift-stdlib --product annual-review
.build/release/annual-review build "$@"
