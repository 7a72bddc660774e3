#!/usr/bin/env bash
# The speed figures of README's "Speed" section, in one run, printed (never
# asserted: not part of the tests' pass or fail). One section per script in
# scripts/bench/, in order; a section prints its heading and its figures.
#   cli.sh    the CLI end to end against the core on a 10 MB document, and
#             annotate --jsonl --jobs on a stream of thousands of documents
#   page.sh   the core in the page's wasm against compromise, memory for a
#             10 MB article, page timings in headless Chromium, page weight
# A new section is a script in scripts/bench/ and a line below.
set -euo pipefail
here="$(dirname -- "${BASH_SOURCE[0]}")"
. "$here/env.sh"
cd "$ANNOTATOR_ROOT"
printf 'machine: %s cores, %s\n' "$(nproc)" "$(uptime | sed 's/.*load average/load average/')"
for section in cli page; do
  printf '\n== %s\n' "$section"
  bash "$here/bench/$section.sh"
done
