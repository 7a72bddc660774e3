#!/usr/bin/env bash
# Size of the release page in dist/ (run after `trunk build --release`, e.g. by
# scripts/test.sh): raw and gzip -9 bytes, in total and for the .wasm.
set -euo pipefail
. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
dist="${1:-$ANNOTATOR_ROOT/dist}"
[ -f "$dist/index.html" ] || { echo "dist-size: no $dist/index.html; build first: trunk build --release" >&2; exit 1; }

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
total_raw=0 total_gz=0
printf '%-44s %12s %12s\n' file raw gzip
while IFS= read -r -d '' f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-44s %12s %12s\n' "${f#"$dist"/}" "$(kib "$raw")" "$(kib "$gz")"
done < <(find "$dist" -type f -print0 | sort -z)
printf '%-44s %12s %12s\n' TOTAL "$(kib "$total_raw")" "$(kib "$total_gz")"
