#!/usr/bin/env bash
# README command 2: the whole test suite, in one command.
#   1. scripts/setup.sh        install whatever is missing (seconds when all is there)
#   2. cargo test --workspace  the crates (extract, doc, schema, cli) and the app, natively
#   3. trunk build --release   the page into dist/, offline, with the local tools
#   4. node --test             the built page in headless Chromium (tests/browser/*.test.mjs)
# Exits non-zero as soon as any step fails.
set -euo pipefail

here="$(dirname -- "${BASH_SOURCE[0]}")"
bash "$here/setup.sh"
. "$here/env.sh"
cd "$ANNOTATOR_ROOT"

step() { printf '\n== %s\n' "$*"; }
t0=$SECONDS

step "cargo test --workspace"
cargo test --workspace

step "trunk build --release (offline)"
trunk build --release

step "browser tests (headless Chromium on the built dist/)"
node --test --test-concurrency=1 --test-reporter=spec tests/browser/

printf '\n== all tests passed (%d s after setup)\n' "$((SECONDS - t0))"
