#!/usr/bin/env bash
# What the labelled formats (issue 12) cost the page: the release page built
# as it is, and the same page with the formats compiled out, each measured
# as scripts/dist-size.sh measures it (gzip -9 of the hosted page), and the
# difference. README ("Size") quotes the difference.
#
# "Compiled out" is what the page had before issue 12: export and import of
# our labelled JSON and JSON Lines only, no format menu. The patch below
# makes that in a copy of the working tree (under target/, so the copy's
# builds reuse the compiled dependencies in target/): the format table keeps
# `json` and `jsonl`, the JSON reader takes every `.json` (no Label Studio
# sniffing), the toolbar loses the format menu (and the function that
# writes its options). Everything the other six formats need is then
# unreachable and left out of the wasm. The working tree itself is not
# touched. Takes a few minutes (two release builds); not
# part of the test suite.
#
# With --each it then builds the page once more per format, that format
# alone left out of the table (and, for Label Studio, the JSON reader taking
# every `.json`), and prints what each costs alone: where the bytes are.
# Code the formats share (the checks, the readers' document builder, the
# JSON text writer) is in every one of those builds, so the costs add up
# to less than the whole. Six more builds.
#
#   bash scripts/size-of-formats.sh [--each]
set -euo pipefail
each=false
if [ "${1:-}" = "--each" ]; then each=true; shift; fi
. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
root="$ANNOTATOR_ROOT"
work="$root/target/size-of-formats"
copy="$work/src"
# The copy builds into a target directory of its own, never the working
# tree's (its artifacts would pass for the working tree's own); the first
# run compiles the dependencies there, later runs reuse them.
export CARGO_TARGET_DIR="$work/target"

# The working tree as it is (tracked and new files, edits included),
# touched: cargo judges freshness by modification times, and the copy's
# crates must be compiled from these sources, not taken from an earlier run.
fresh_copy() {
  rm -rf "$copy"
  mkdir -p "$copy"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) |
    tar -xf - -C "$copy"
  find "$copy" -type f -exec touch {} +
  ln -s "$root/tools/node_modules" "$copy/tools/node_modules"
}
fresh_copy

# Total gzip -9 bytes of the hosted page built in $copy/dist.
build() {
  (cd "$copy" && trunk build --release --locked >"$work/$1.log" 2>&1) ||
    { echo "size-of-formats: the $1 build failed, see $work/$1.log" >&2; exit 1; }
  bash "$root/scripts/dist-size.sh" "$copy/dist" | tee "$work/$1.sizes" >&2
  bash "$root/scripts/dist-size.sh" --bytes "$copy/dist"
}

echo "== the page as it is" >&2
with=$(build with-formats)

echo "== the page with the formats compiled out" >&2
(cd "$copy" && patch -p1 --forward --no-backup-if-mismatch --reject-file=- >&2) <<'PATCH' ||
--- a/crates/formats/src/lib.rs
+++ b/crates/formats/src/lib.rs
@@ -48,12 +48,6 @@
 pub static FORMATS: &[&dyn Format] = &[
     &json::Json,
     &jsonl::Jsonl,
-    &spacy::Spacy,
-    &labelstudio::LabelStudio,
-    &doccano::Doccano,
-    &brat::Brat,
-    &conll::Conll,
-    &w3c::W3c,
 ];
 
 /// What a format is: its names, unit, what it keeps, what it reads. Data,
--- a/crates/formats/src/json.rs
+++ b/crates/formats/src/json.rs
@@ -28,8 +28,8 @@
         let json = annotator_schema::json::to_json(docs);
         Ok(vec![OutFile::text(stem, "json", "application/json", json.into_bytes())])
     }
-    fn recognises(&self, name: &str, bytes: &[u8]) -> bool {
-        !labelstudio::LabelStudio.recognises(name, bytes)
+    fn recognises(&self, _: &str, _: &[u8]) -> bool {
+        true
     }
     fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
         Ok(Corpus::from_json(file.text()?)?.documents)
--- a/src/toolbar.rs
+++ b/src/toolbar.rs
@@ -3,7 +3,7 @@
 
 use leptos::prelude::*;
 
-use crate::controls::{ANNOTATOR, EXPORT, EXPORT_FORMAT, EXPORT_SCOPE, HELP, REDO, REVIEW, UNDO};
+use crate::controls::{ANNOTATOR, EXPORT, EXPORT_SCOPE, HELP, REDO, REVIEW, UNDO};
 use crate::state::{use_state, AppState, SaveState};
 
 #[component]
@@ -41,11 +41,6 @@
                         <option value="corpus" selected>"Whole corpus"</option>
                         <option value="document">"Current document"</option>
                     </select>
-                    <select
-                        aria-label="Export format"
-                        inner_html=format_options()
-                        data-do=EXPORT_FORMAT
-                    ></select>
                     <button class="primary" data-do=EXPORT>"Export"</button>
                 </span>
                 <label class="annotator">
@@ -86,16 +81,3 @@
         })
     }
 }
-
-/// The export format menu's options, one per format of the table, the
-/// first (labelled JSON, the default) selected by default: static HTML,
-/// written once (a view per option costs the page's wasm more). Ids and
-/// titles are plain text with nothing to escape (`annotator_formats`'
-/// tests check).
-fn format_options() -> String {
-    let mut html = String::new();
-    for f in annotator_formats::FORMATS {
-        html.push_str(&["<option value=\"", f.id(), "\">", f.title(), "</option>"].concat());
-    }
-    html
-}
PATCH
  { echo "size-of-formats: the patch no longer applies; update it to the code (it is the whole procedure)" >&2; exit 1; }
without=$(build without-formats)

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
printf '%-40s %12s\n' "hosted page, gzip -9, with the formats" "$(kib "$with")"
printf '%-40s %12s\n' "the same, formats compiled out" "$(kib "$without")"
printf '%-40s %12s\n' "what the formats cost" "$(kib $((with - without)))"

$each || exit 0
# Each format left out alone: its line of the table, in a fresh copy.
while read -r entry; do
  id=${entry%%::*}
  fresh_copy
  sed -i "/^    &$entry,\$/d" "$copy/crates/formats/src/lib.rs"
  if [ "$id" = labelstudio ]; then
    sed -i 's/!labelstudio::LabelStudio.recognises(name, bytes)/{ let _ = (name, bytes); true }/' "$copy/crates/formats/src/json.rs"
    grep -q 'let _ = (name, bytes); true' "$copy/crates/formats/src/json.rs" ||
      { echo "size-of-formats: the JSON reader no longer asks Label Studio; update --each" >&2; exit 1; }
  fi
  grep -q "^    &$entry,\$" "$copy/crates/formats/src/lib.rs" &&
    { echo "size-of-formats: could not leave out $entry" >&2; exit 1; }
  echo "== the page without $id" >&2
  alone=$(build "without-$id")
  printf '%-40s %12s\n' "what $id costs alone" "$(kib $((with - alone)))"
done < <(sed -n 's/^    &\([a-z0-9_]*::[A-Za-z0-9_]*\),$/\1/p' "$root/crates/formats/src/lib.rs" | grep -v '^jsonl\?::')
