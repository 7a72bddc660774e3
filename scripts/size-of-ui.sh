#!/usr/bin/env bash
# What issue 10's correction UI cost the page (it may spend at most 20 KiB
# of the 640): the hosted page built just before and just after the merge
# that brought it, each measured as scripts/dist-size.sh measures it (gzip
# -9 of every file of dist/ but the single file), and the difference.
# README ("Size") quotes the difference.
#
# Why these two builds. Issue 10's page came in one merge, d97480d ("Merge
# i10-ui ... into main"): its first parent is main just before, and the
# branch had merged that main in, so the two differ by issue 10's work
# alone (the document model's rules in crates/doc and schema, and the UI in
# src/ and style/). No later commit is issue 10's alone in the page's code
# (`git log --grep "issue 10"` after the merge gives README figures, tests,
# the core's opt-level and issue 13's paste). Compiling today's page with
# issue 10 cut out is not feasible: its rules are woven through doc's
# edits, persistence, import and the app's every component. So the figure
# is the merge's cost at the time; code both sides share has been made
# smaller since, and gzip moves such a difference by about 1 KiB with
# unrelated code (README, the formats' share).
#
#   bash scripts/size-of-ui.sh                 # d97480d^1 against d97480d
#   bash scripts/size-of-ui.sh BEFORE AFTER    # any other pair
#
# Each revision is taken with `git archive` into target/size-of-ui/SHA; both
# build into one target directory of their own (target/size-of-ui/target,
# so the second build and later runs reuse the compiled dependencies),
# never the working tree's. Uncommitted changes are not measured. Two
# release page builds: several minutes each; not part of the test suite.
set -euo pipefail
. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
root="$ANNOTATOR_ROOT"
before="${1:-d97480d^1}"
after="${2:-d97480d}"
work="$root/target/size-of-ui"
export CARGO_TARGET_DIR="$work/target"

# Total gzip -9 bytes of the hosted page of revision $1, built in its own copy.
build() {
  local sha dir
  sha="$(git -C "$root" rev-parse --short "$1^{commit}")"
  dir="$work/$sha"
  if [ ! -f "$dir/index.html" ]; then
    mkdir -p "$dir"
    git -C "$root" archive "$sha" | tar -xf - -C "$dir"
  fi
  # The build's tools (wasm-opt; postbuild.mjs needs nothing else) are the
  # working tree's: tools/node_modules is installed there, not archived.
  [ -e "$dir/tools/node_modules" ] || ln -s "$root/tools/node_modules" "$dir/tools/node_modules"
  # Touched before every build: the revisions share one target directory,
  # where cargo names a workspace crate's artifacts by its path within the
  # workspace, and `git archive` dates every file at its commit, so the
  # other revision's newer artifacts would pass for this one's.
  find "$dir" -path "$dir/dist" -prune -o -path "$dir/tools/node_modules" -prune -o -type f -exec touch {} +
  echo "== $1 ($sha)" >&2
  (cd "$dir" && trunk build --release --locked >"$work/$sha.log" 2>&1) ||
    { echo "size-of-ui: the build of $1 failed, see $work/$sha.log" >&2; exit 1; }
  bash "$root/scripts/dist-size.sh" "$dir/dist" | tee "$work/$sha.sizes" >&2
  bash "$root/scripts/dist-size.sh" --bytes "$dir/dist"
}

without=$(build "$before")
with=$(build "$after")

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
printf '%-44s %12s\n' "hosted page, gzip -9, at $before" "$(kib "$without")"
printf '%-44s %12s\n' "hosted page, gzip -9, at $after" "$(kib "$with")"
printf '%-44s %12s  (%d bytes)\n' "what issue 10 cost the page" "$(kib $((with - without)))" $((with - without))
