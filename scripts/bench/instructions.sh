#!/usr/bin/env bash
# Deterministic speed figure for the CLI (not part of the tests): the
# instructions `annotate` executes, counted by valgrind's callgrind, on the
# shared articles concatenated 20 and 40 times. The difference of the two
# runs is the cost of annotating 20 copies without the one-time lexicon
# load. Prints it for a base binary and a new one, and the ratio new/base.
#
#   bash scripts/bench/instructions.sh BASE_BINARY [NEW_BINARY]
#   EXTRACT_ONLY=1 bash scripts/bench/instructions.sh BASE_BINARY [NEW_BINARY]
#
# EXTRACT_ONLY=1 counts extraction alone: the instructions inside
# `annotator_extract::Extractor::extract` (callgrind_annotate, inclusive),
# without reading the file, converting offsets or writing the JSON (the
# binaries need their symbols, as cargo leaves them).
#
# NEW_BINARY defaults to target/native/annotate (`cargo build --profile
# native -p annotator-cli`, opt-level 3 like `cargo bench`). Wall clock on
# a shared machine is noisy; instruction counts are not.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/../.."
base=${1:?usage: instructions.sh BASE_BINARY [NEW_BINARY]}
new=${2:-target/native/annotate}
articles=${ANNOTATOR_SHARED:-../shared}/corpus/articles
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found" >&2; exit 2; }
ls "$articles"/*.txt >/dev/null || { echo "instructions.sh: no articles in $articles" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The two inputs: the articles 20 and 40 times over, as one text each.
for n in 20 40; do
  for _ in $(seq "$n"); do cat "$articles"/*.txt; done >"$work/x$n.txt"
done
# Instructions of one run of binary $1 on input $2 (with EXTRACT_ONLY=1,
# those inside Extractor::extract).
count() {
  if [[ ${EXTRACT_ONLY:-0} == 1 ]]; then
    command -v callgrind_annotate >/dev/null || { echo "instructions.sh: callgrind_annotate not found" >&2; exit 2; }
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$1" "$2" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --auto=no --threshold=100 "$work/cg.out" 2>/dev/null |
      sed -n 's/^ *\([0-9,]*\) .*annotator_extract::Extractor::extract \[.*/\1/p' | head -n 1 | tr -d ,
  else
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$2" 2>&1 >/dev/null |
      sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,
  fi
}
per20() {
  local a b
  a=$(count "$1" "$work/x20.txt")
  b=$(count "$1" "$work/x40.txt")
  echo $((b - a))
}
b=$(per20 "$base")
n=$(per20 "$new")
what=
if [[ ${EXTRACT_ONLY:-0} == 1 ]]; then what="extraction alone, "; fi
printf '%sinstructions per 20 copies of the articles: base %d (%s), new %d (%s), ratio %s\n' "$what" \
  "$b" "$base" "$n" "$new" "$(awk -v n="$n" -v b="$b" 'BEGIN { printf "%.3f", n / b }')"
