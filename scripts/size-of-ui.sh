#!/usr/bin/env bash
# What issue 10's correction UI costs the page (it may spend at most 20 KiB
# of the 640): the hosted page built at two revisions, each measured as
# scripts/dist-size.sh measures it (gzip -9 of every file of dist/ but the
# single file), the difference, and the UI's part of it (below). README
# ("Size") quotes both.
#
# The merge's cost. Issue 10's page came in one merge, d97480d ("Merge
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
# What the page holds of the UI today cannot be built apart either, so
# the default pair is d97480d^1 against HEAD, and the wasm's code is
# attributed by function name (scripts/wasm-functions.py --groups, on the
# `wasm-bindgen` output of each build, names kept): the app's own code
# (src/, every function or instantiation naming `annotator::`) and the UI
# framework's (Leptos and the crates only it brings), with the UI's files
# (the JS glue, the CSS, index.html) gzipped alone. What it can say: how
# the UI's code and files grew since the page before issue 10, in bytes
# before compression (exact), and gzipped at the wasm's own ratio (an
# estimate: code compresses unevenly). What it cannot: which of that
# growth is issue 10's (later sessions' UI work, such as issue 13's worker
# and progressive drawing, is in it, and cuts of code older than issue 10
# are taken off it); the UI's strings in the data section, its
# instantiations of the standard library and its web-sys glue (counted in
# "the rest"); and doc's rules for the page (counted as the document
# model, issue 10's and others' alike).
#
#   bash scripts/size-of-ui.sh                 # d97480d^1 against HEAD
#   bash scripts/size-of-ui.sh d97480d^1 d97480d   # the merge's cost
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
after="${2:-HEAD}"
work="$root/target/size-of-ui"
export CARGO_TARGET_DIR="$work/target"

# Builds the hosted page of revision $1 in its own copy; prints its short sha.
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
  # The names-kept wasm, for wasm-functions.py; the next build overwrites it.
  cp "$CARGO_TARGET_DIR/wasm-bindgen/release/annotator_bg.wasm" "$work/$sha.wasm"
  echo "$sha"
}

# gzip -9 bytes of the files of revision $1's dist/ matching the globs after it.
gz() {
  local dir="$work/$1" n=0 f
  shift
  for f in "$@"; do
    n=$((n + $(gzip -9 -c "$dir/dist/"$f | wc -c)))
  done
  echo "$n"
}

b=$(build "$before")
a=$(build "$after")
without=$(bash "$root/scripts/dist-size.sh" --bytes "$work/$b/dist")
with=$(bash "$root/scripts/dist-size.sh" --bytes "$work/$a/dist")

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
printf '%-44s %12s\n' "hosted page, gzip -9, at $before" "$(kib "$without")"
printf '%-44s %12s\n' "hosted page, gzip -9, at $after" "$(kib "$with")"
printf '%-44s %12s  (%d bytes)\n' "the page's growth" "$(kib $((with - without)))" $((with - without))

echo
echo "The wasm's code per part, bytes before compression (wasm-functions.py --groups):"
groups=$(python3 "$root/scripts/wasm-functions.py" --groups --compare "$work/$b.wasm" "$work/$a.wasm")
echo "$groups"
# The growth of a part, its last column.
grew() { echo "$groups" | awk -v part="$1" 'index($0, part) == 1 { print $NF + 0 }'; }
code=$(($(grew "app (src/)") + $(grew "UI framework")))
wasm_file() { ls "$work/$1/dist/"*_bg.wasm; }
ratio=$(awk -v g="$(gzip -9 -c "$(wasm_file "$a")" | wc -c)" -v r="$(wc -c < "$(wasm_file "$a")")" 'BEGIN { print g / r }')
files_before=$(gz "$b" 'annotator-*.js' '*.css' index.html)
files_after=$(gz "$a" 'annotator-*.js' '*.css' index.html)
code_gz=$(awk -v c="$code" -v r="$ratio" 'BEGIN { printf "%d", c * r }')
echo
printf '%-44s %+9d bytes, about %s gzipped (the wasm'"'"'s ratio, %.2f)\n' "the UI's code (app + UI framework)" "$code" "$(kib "$code_gz")" "$ratio"
printf '%-44s %9s -> %s\n' "the UI's files (JS glue, CSS, HTML), gzip -9" "$(kib "$files_before")" "$(kib "$files_after")"
ui=$((code_gz + files_after - files_before))
printf '%-44s %12s  (issue 10 may spend 20 KiB; see above for what this is not)\n' "the UI's growth since $before" "$(kib "$ui")"
# doc's rules for the page are issue 10's and later issues' alike.
doc_gz=$(awk -v c="$(grew "document model")" -v r="$ratio" 'BEGIN { printf "%d", c * r }')
printf '%-44s %12s  (the document model'"'"'s %+d bytes of code at the same ratio)\n' "with the document model's growth" "$(kib $((ui + doc_gz)))" "$(grew "document model")"
