#!/usr/bin/env bash
# What the extraction core costs the page, at one or more revisions: each
# revision's `crates/extract` (with its lexicons) and `crates/schema` are
# linked alone into a probe wasm that calls `annotator_extract::extract` on
# its input and keeps the result alive, built the way the page builds its
# wasm (the release profile: opt-level "z", LTO, one codegen unit, panic
# abort; then `wasm-opt -Oz` with debug names stripped), and measured as
# scripts/dist-size.sh measures the page (gzip -9). README ("Size") quotes
# the difference between the revision before issue 9 and the current one:
# the share of the page issue 9's extraction rules spent.
#
#   bash scripts/size-of-core.sh 75fa273 HEAD
#
# Each revision is taken with `git archive` into target/size-of-core/REV
# (its own target directory, so later runs are incremental); the working
# tree is not touched. Uncommitted changes are not measured. A few minutes
# per revision; not part of the test suite.
set -euo pipefail
. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
root="$ANNOTATOR_ROOT"
[ "$#" -gt 0 ] || { echo "usage: size-of-core.sh REV [REV...]" >&2; exit 2; }

# The probe: the core's entry point and nothing else of the page.
probe_manifest='[package]
name = "size-probe"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]

[dependencies]
annotator-extract = { path = "../extract" }
'
probe_lib='//! Size probe: the extraction core alone, linked as the page links it.

/// Room for the input text, written by the host.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut room = Vec::<u8>::with_capacity(len);
    let ptr = room.as_mut_ptr();
    core::mem::forget(room);
    ptr
}

/// Extracts from the UTF-8 text at `ptr` and returns the number of spans;
/// `black_box` keeps every span (and so all the code that finds it) alive.
///
/// # Safety
/// `ptr` and `len` describe bytes written into a block from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn run(ptr: *const u8, len: usize) -> usize {
    let bytes = core::slice::from_raw_parts(ptr, len);
    let found = annotator_extract::extract(core::str::from_utf8(bytes).unwrap_or(""));
    core::hint::black_box(&found);
    found.len()
}
'

printf '%-12s %12s %12s\n' revision wasm gzip
for rev in "$@"; do
  sha="$(git -C "$root" rev-parse --short "$rev^{commit}")"
  dir="$root/target/size-of-core/$sha"
  if [ ! -f "$dir/Cargo.toml" ]; then
    mkdir -p "$dir"
    git -C "$root" archive "$sha" Cargo.toml Cargo.lock crates/schema crates/extract crates/testdata | tar -xf - -C "$dir"
    # A workspace of the two crates and the probe: the root manifest keeps
    # its workspace tables and build profiles, and drops the app's package.
    awk '/^\[/ { keep = ($0 ~ /^\[(workspace|profile)/) } keep' "$dir/Cargo.toml" |
      sed -e 's#^members = .*#members = ["crates/schema", "crates/extract", "crates/testdata", "crates/size-probe"]#' \
        -e '/^default-members/d' >"$dir/Cargo.toml.probe"
    mv "$dir/Cargo.toml.probe" "$dir/Cargo.toml"
    mkdir -p "$dir/crates/size-probe/src"
    printf '%s' "$probe_manifest" >"$dir/crates/size-probe/Cargo.toml"
    printf '%s' "$probe_lib" >"$dir/crates/size-probe/src/lib.rs"
  fi
  (cd "$dir" && cargo build --offline --quiet --release --target wasm32-unknown-unknown -p size-probe) ||
    { echo "size-of-core: the build of $rev failed" >&2; exit 1; }
  wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals \
    "$dir/target/wasm32-unknown-unknown/release/size_probe.wasm" -o "$dir/probe.wasm"
  raw=$(wc -c <"$dir/probe.wasm")
  gz=$(gzip -9 -c "$dir/probe.wasm" | wc -c)
  printf '%-12s %12s %12s\n' "$sha" "$(awk -v b="$raw" 'BEGIN { printf "%.1f KiB", b / 1024 }')" \
    "$(awk -v b="$gz" 'BEGIN { printf "%.1f KiB", b / 1024 }')"
done
