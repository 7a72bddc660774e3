#!/usr/bin/env bash
# README command 2: the whole test suite, in one command.
#   1. scripts/setup.sh        install whatever is missing (seconds when all is there)
#   2. cargo fmt --check       formatting (rustfmt.toml)
#   3. cargo clippy            every target of every member, warnings are errors
#   4. cargo doc               the crates' docs, warnings (broken links) are errors
#   5. cargo test --workspace  the crates (extract, doc, schema, cli) and the app, natively
#   6. tests/formats           our exports read by the real tools (spaCy, Label Studio's
#                              SDK, doccano-transformer, pybrat) from setup.sh's virtualenv
#   7. tests/spark             annotate --jsonl inside Spark (local[2], PySpark's RDD.pipe)
#                              writes what one process writes, line by line
#   8. scripts/quality.py      README's quality table equals what the code scores
#   9. trunk build --release   the page into dist/, offline, with the local tools
#  10. node --test             the built page in headless Chromium (tests/browser/*.test.mjs)
# Every cargo step runs with --locked: Cargo.lock is the truth, never rewritten.
# Each step prints its time; the script exits non-zero as soon as one fails.
set -euo pipefail

here="$(dirname -- "${BASH_SOURCE[0]}")"

# Disk first: a run from a clean clone writes about 3.5 GB (target/: the
# debug, release and wasm builds) besides what setup.sh installs, and a
# full disk otherwise fails minutes later inside a compiler, as
# "No space left on device" in the middle of a build log.
need_kib=$((5 * 1024 * 1024))
free_kib=$(df -Pk "$here/.." | awk 'NR == 2 { print $4 }')
if [ "${free_kib:-0}" -lt "$need_kib" ]; then
  printf 'test.sh: only %d MiB free on the disk holding %s; a run needs about %d MiB. Free some space first.\n' \
    "$((free_kib / 1024))" "$(cd "$here/.." && pwd)" "$((need_kib / 1024))" >&2
  exit 1
fi

t_setup=$SECONDS
bash "$here/setup.sh"
. "$here/env.sh"
cd "$ANNOTATOR_ROOT"
printf 'setup took %d s\n' "$((SECONDS - t_setup))"

t0=$SECONDS
t_step=$SECONDS
step() {
  printf '   (%d s)\n\n== %s\n' "$((SECONDS - t_step))" "$*"
  t_step=$SECONDS
}

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy --workspace --all-targets --locked -- -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo doc --workspace --no-deps --locked (warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked

step "cargo test --workspace --locked"
cargo test --workspace --locked

step "real-tool format checks (tests/formats/check_tools.py)"
cargo build --locked --quiet -p annotator-cli
"$ANNOTATOR_PY_FORMATS/bin/python" tests/formats/check_tools.py target/debug/annotate "$ANNOTATOR_SHARED"

step "Spark: scripts/spark_annotate.py in local[2] = one process, line by line (tests/spark/check_spark.py)"
"$ANNOTATOR_PY_SPARK/bin/python" tests/spark/check_spark.py target/debug/annotate "$ANNOTATOR_SHARED"

step "README's quality table = what the code scores (scripts/quality.py --check)"
python3 scripts/quality.py --check

step "trunk build --release (offline, --locked)"
trunk build --release --locked

step "browser tests (headless Chromium on the built dist/)"
node --test --test-concurrency=1 --test-reporter=spec tests/browser/

step "done"
printf '== all tests passed (%d s after setup)\n' "$((SECONDS - t0))"
