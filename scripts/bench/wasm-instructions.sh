#!/usr/bin/env bash
# Deterministic speed figure for the page's wasm engine (not part of the
# tests): the x86 instructions Node executes for one `extractSpans` call on
# the 10,000-word article, counted by valgrind's callgrind over Node. Each
# count is of a process that makes WARM calls, or WARM and then 10 more;
# their difference over 10 is a steady call (the wasm compiled up front by
# TurboFan, the glue's JavaScript warmed up, a full GC after each call).
# Prints it for a base build's dist/ and a new one, and the ratio. Slow:
# several minutes a build under callgrind. On a shared machine it moves by
# about 2% from one run to the next; timings there move by far more.
#
#   bash scripts/bench/wasm-instructions.sh BASE_DIST [NEW_DIST]
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"
. ../env.sh
base=$(realpath "${1:?usage: wasm-instructions.sh BASE_DIST [NEW_DIST]}")
new=$(realpath "${2:-../../dist}")
command -v valgrind >/dev/null || { echo "wasm-instructions.sh: valgrind not found" >&2; exit 2; }
# Warm-up calls in both counts: the glue's JavaScript is optimised in them.
WARM=6
# The calls the figure is the mean of.
CALLS=10
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --no-liftoff --no-wasm-lazy-compilation \
    --expose-gc --single-threaded engine-calls.mjs "$1" "$2" 2>&1 >/dev/null |
    sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,
}
per_call() {
  local a b
  a=$(count "$1" "$WARM")
  b=$(count "$1" $((WARM + CALLS)))
  echo $(((b - a) / CALLS))
}
b=$(per_call "$base")
n=$(per_call "$new")
printf 'the page engine, x86 instructions a call on the 10,000-word article: base %d (%s), new %d (%s), ratio %s\n' \
  "$b" "$base" "$n" "$new" "$(awk -v n="$n" -v b="$b" 'BEGIN { printf "%.3f", n / b }')"
