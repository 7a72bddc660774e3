#!/usr/bin/env bash
# Section "cli" of scripts/bench.sh: builds the annotate binary and the
# benchmark example (crates/cli/examples/bench_cli.rs) with the `native`
# profile (the release profile at opt-level 3, Cargo.toml), and runs it.
# BASE_ANNOTATE=path/to/another/annotate runs that binary too, in turns
# with this one, and prints its figures beside them, marked (base).
set -euo pipefail
. "$(dirname -- "${BASH_SOURCE[0]}")/../env.sh"
cd "$ANNOTATOR_ROOT"
cargo build --profile native --locked --quiet -p annotator-cli --bin annotate --example bench_cli
target/native/examples/bench_cli target/native/annotate ${BASE_ANNOTATE:+"$BASE_ANNOTATE"}
