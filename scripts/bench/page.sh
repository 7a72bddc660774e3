#!/usr/bin/env bash
# The page's section of scripts/bench.sh: the core in the page's wasm
# against compromise, memory, page timings, page weight (scripts/bench/page.mjs;
# README's "Speed" section defines each figure). Needs a release build in
# dist/ (trunk build --release).
#
# Node runs with --no-liftoff: V8 compiles the wasm with its optimising
# compiler at once instead of tiering up from its baseline compiler over
# the first seconds (later still on a busy machine), so the engine figures
# are the steady state either way, without a long warm-up.
set -euo pipefail
here="$(dirname -- "${BASH_SOURCE[0]}")"
node --no-liftoff "$here/page.mjs"
