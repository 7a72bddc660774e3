#!/usr/bin/env bash
# Refreshes README's screenshot (docs/screenshot.png) from the current page:
# sets up, builds the release page, and photographs the first seed article
# annotated in headless Chromium. Run it on purpose when the page changes
# how it looks; the test suite only ever writes its own copy under target/.
set -euo pipefail
here="$(dirname -- "${BASH_SOURCE[0]}")"
bash "$here/setup.sh"
. "$here/env.sh"
cd "$ANNOTATOR_ROOT"
trunk build --release --locked
node tests/browser/readme-screenshot.mjs docs/screenshot.png
