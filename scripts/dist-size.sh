#!/usr/bin/env bash
# Size of the release page in dist/ (run after `trunk build --release`, e.g. by
# scripts/test.sh): raw and gzip -9 bytes of every file; the hosted page's
# total (what a visitor downloads, the service worker's precache included);
# and the single self-contained file apart (only those who ask download it).
#
#   bash scripts/dist-size.sh [DIST]            the table
#   bash scripts/dist-size.sh --bytes [DIST]    the hosted page's gzip -9 bytes
#                                               alone (for scripts that subtract
#                                               two builds: size-of-*.sh)
set -euo pipefail
. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
bytes_only=false
if [ "${1:-}" = "--bytes" ]; then bytes_only=true; shift; fi
dist="${1:-$ANNOTATOR_ROOT/dist}"
[ -f "$dist/index.html" ] || { echo "dist-size: no $dist/index.html; build first: trunk build --release" >&2; exit 1; }
# The hosted page names the single file (scripts/bundle/postbuild.mjs).
single="$(sed -n 's/.*<meta name="annotator-single-file" content="\([^"]*\)".*/\1/p' "$dist/index.html" | head -n 1)"

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
total_raw=0 total_gz=0
$bytes_only || printf '%-44s %12s %12s\n' file raw gzip
while IFS= read -r -d '' f; do
  rel="${f#"$dist"/}"
  [ "$rel" = "$single" ] && continue
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  $bytes_only || printf '%-44s %12s %12s\n' "$rel" "$(kib "$raw")" "$(kib "$gz")"
done < <(find "$dist" -type f -print0 | sort -z)
if $bytes_only; then
  echo "$total_gz"
  exit 0
fi
printf '%-44s %12s %12s\n' "TOTAL hosted page" "$(kib "$total_raw")" "$(kib "$total_gz")"
if [ -n "$single" ] && [ -f "$dist/$single" ]; then
  printf '%-44s %12s %12s\n' "$single (single file, apart)" "$(kib "$(wc -c < "$dist/$single")")" "$(kib "$(gzip -9 -c "$dist/$single" | wc -c)")"
fi
