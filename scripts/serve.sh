#!/usr/bin/env bash
# README command 1: set everything up, then build and serve the annotator at
# http://127.0.0.1:8080 (release build, offline; rebuilds when sources change).
set -euo pipefail

here="$(dirname -- "${BASH_SOURCE[0]}")"
bash "$here/setup.sh"
. "$here/env.sh"
cd "$ANNOTATOR_ROOT"

echo "serve: building, then serving on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release "$@"
