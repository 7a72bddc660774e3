#!/usr/bin/env bash
# The one bootstrap for the annotator. Idempotent: every step checks what is
# there (by version) and installs only what is missing or wrong; when all is
# present it finishes in seconds. Any failed install stops it with a message
# and a non-zero exit -- nothing is silently skipped.
#
# Installs, when missing:
#   - the wasm32-unknown-unknown Rust target                  (rustup)
#   - Trunk 0.21.x            -> $ANNOTATOR_TOOLS_HOME/trunk-0.21      (cargo install, ~20 min)
#   - wasm-bindgen-cli =X     -> $ANNOTATOR_TOOLS_HOME/wasm-bindgen-X  (cargo install, ~5-10 min)
#     where X is the `wasm-bindgen = "=X"` pin in Cargo.toml
#   - wasm-opt (npm binaryen) -> tools/node_modules           (npm ci, seconds)
#   - Chromium + chromedriver -> /usr/bin                     (apt-get, ~1 min)
#   - browser-test deps (playwright-core, axe-core) -> tests/browser/node_modules (npm ci, seconds)
#   - the page benchmark's peer (npm compromise) -> scripts/bench/node_modules (npm ci, seconds)
#   - the real-tool format checks' Python packages (spaCy, label-studio-sdk,
#     doccano-transformer, pybrat; tests/formats/requirements.txt, every version
#     pinned)                 -> $ANNOTATOR_PY_FORMATS            (venv + pip, ~3 min)
#   - a Java runtime >= 17 for Spark (Debian default-jre-headless: OpenJDK 17) (apt-get, ~1 min)
#   - PySpark for scripts/spark_annotate.py and its check (tests/spark/requirements.txt,
#     pinned)                 -> $ANNOTATOR_PY_SPARK              (venv + pip, ~1.5 min)
#   - the crates of Cargo.lock, so Trunk can build with cargo --offline (cargo fetch)
#
# Used by scripts/serve.sh and scripts/test.sh; callers then `. scripts/env.sh`
# to get the tools on PATH.
set -euo pipefail

. "$(dirname -- "${BASH_SOURCE[0]}")/env.sh"
cd "$ANNOTATOR_ROOT"

started=$SECONDS
did=()

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }
ok() { say "ok      $*"; }
installing() { say "install $*"; did+=("$1"); }

[ -n "$WASM_BINDGEN_VERSION" ] || die 'no exact `wasm-bindgen = "=X"` pin found in Cargo.toml'
[ -n "$WASM_OPT_VERSION" ] || die 'no "binaryen" version found in tools/package.json'

# --- apt (only when a package is missing) ------------------------------------
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install these packages by hand: $*"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install $*"
    sudo=(sudo)
  fi
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" \
    || die "apt-get install $* failed"
}

# --- base tools that must come with the machine or apt -----------------------
command -v cargo >/dev/null || die "cargo not found: install Rust (rustup) first"
command -v rustup >/dev/null || die "rustup not found: it is needed to add the wasm32 target"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  installing nodejs "(apt: nodejs npm)"
  apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "node >= 18 needed (found $(node --version))"
ok "node $(node --version), cargo $(cargo --version | cut -d' ' -f2)"

# --- Rust target ---------------------------------------------------------------
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "rust target wasm32-unknown-unknown"
else
  installing wasm32-target "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || die "rustup target add wasm32-unknown-unknown failed"
fi

# --- Trunk 0.21.x ----------------------------------------------------------------
trunk_version() { trunk --version 2>/dev/null | awk '{print $2}'; }
tv="$(trunk_version || true)"
if [[ "$tv" == "$TRUNK_SERIES".* ]]; then
  ok "trunk $tv ($(command -v trunk))"
else
  installing trunk "Trunk ~$TRUNK_SERIES (found: ${tv:-none}); cargo install takes ~20 minutes"
  cargo install trunk --version "~$TRUNK_SERIES" --locked --root "$ANNOTATOR_TOOLS_HOME/trunk-$TRUNK_SERIES" \
    || die "cargo install trunk ~$TRUNK_SERIES failed"
  hash -r
  tv="$(trunk_version || true)"
  [[ "$tv" == "$TRUNK_SERIES".* ]] || die "trunk on PATH is '${tv:-none}' after install, expected $TRUNK_SERIES.x"
fi

# --- wasm-bindgen-cli, exactly the Cargo.toml pin ------------------------------
wbg_version() { wasm-bindgen --version 2>/dev/null | awk '{print $2}'; }
wv="$(wbg_version || true)"
if [ "$wv" = "$WASM_BINDGEN_VERSION" ]; then
  ok "wasm-bindgen $wv ($(command -v wasm-bindgen))"
else
  installing wasm-bindgen-cli "wasm-bindgen-cli =$WASM_BINDGEN_VERSION (found: ${wv:-none}); cargo install takes ~5-10 minutes"
  # No --locked: wasm-bindgen-cli's own lockfile does not build with this toolchain.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" \
    --root "$ANNOTATOR_TOOLS_HOME/wasm-bindgen-$WASM_BINDGEN_VERSION" \
    || die "cargo install wasm-bindgen-cli =$WASM_BINDGEN_VERSION failed"
  hash -r
  wv="$(wbg_version || true)"
  [ "$wv" = "$WASM_BINDGEN_VERSION" ] || die "wasm-bindgen on PATH is '${wv:-none}' after install, expected $WASM_BINDGEN_VERSION"
fi

# --- npm packages from committed lockfiles ----------------------------------------
# `npm ci` only when node_modules is missing or was installed from another lockfile.
npm_ci() { # dir
  local dir="$1" want have
  [ -f "$dir/package-lock.json" ] || die "$dir/package-lock.json is missing (it must be committed)"
  want="$(sha256sum "$dir/package-lock.json" "$dir/package.json" | sha256sum | cut -d' ' -f1)"
  have="$(cat "$dir/node_modules/.annotator-lock-hash" 2>/dev/null || true)"
  if [ "$want" = "$have" ]; then
    ok "npm packages of $dir"
  else
    installing "npm:$dir" "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in $dir failed"
    printf '%s\n' "$want" > "$dir/node_modules/.annotator-lock-hash"
  fi
}

npm_ci tools
hash -r
wov="$(wasm-opt --version 2>/dev/null | awk '{print $3}' || true)"
[ "$wov" = "$WASM_OPT_VERSION" ] || die "wasm-opt on PATH is '${wov:-none}' ($(command -v wasm-opt || echo missing)), expected $WASM_OPT_VERSION from tools/node_modules"
ok "wasm-opt $wov ($(command -v wasm-opt))"

npm_ci tests/browser
npm_ci scripts/bench

# --- Trunk.toml must name exactly these local tools ------------------------------
trunk_tool() { sed -n "s/^$1 *= *\"\\([^\"]*\\)\".*/\\1/p" Trunk.toml | head -n 1; }
[ "$(trunk_tool wasm_bindgen)" = "$WASM_BINDGEN_VERSION" ] \
  || die "Trunk.toml [tools] wasm_bindgen = \"$(trunk_tool wasm_bindgen)\" but Cargo.toml pins =$WASM_BINDGEN_VERSION"
[ "$(trunk_tool wasm_opt)" = "version_$WASM_OPT_VERSION" ] \
  || die "Trunk.toml [tools] wasm_opt = \"$(trunk_tool wasm_opt)\" but tools/package.json has binaryen $WASM_OPT_VERSION"

# --- Chromium (headless browser tests) --------------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  ok "chromium, chromedriver"
else
  installing chromium "chromium chromium-driver (apt)"
  apt_install chromium chromium-driver
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get install"
fi
cv="$(/usr/bin/chromium --version 2>/dev/null || true)"
[ -n "$cv" ] || die "/usr/bin/chromium does not run"
ok "$cv"

# --- Python packages of the real-tool format checks ------------------------------
# A virtualenv per requirements file (its hash is in the directory name), so a
# changed pin gets a fresh one and other clones' checks keep theirs.
# py_venv DIR REQUIREMENTS KEY WHAT TIME: the virtualenv DIR filled from
# REQUIREMENTS, made once (`.complete` marks a finished install).
py_venv() {
  local dir="$1" reqs="$2" key="$3" what="$4" time="$5"
  if [ -x "$dir/bin/python" ] && [ -f "$dir/.complete" ]; then
    ok "$what ($dir)"
    return
  fi
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    installing python3-venv "python3-venv (apt)"
    apt_install python3-venv
  fi
  installing "$key" "$what into $dir ($time)"
  rm -rf "$dir"
  python3 -m venv "$dir" || die "python3 -m venv $dir failed"
  "$dir/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$reqs" \
    || die "pip install -r $reqs failed"
  touch "$dir/.complete"
}
py_venv "$ANNOTATOR_PY_FORMATS" tests/formats/requirements.txt py-formats \
  "spaCy, label-studio-sdk, doccano-transformer, pybrat" "~3 min"

# --- Java and PySpark (scripts/spark_annotate.py, tests/spark) -------------------
# Spark 4 runs on Java 17 or 21; Debian's default-jre-headless is OpenJDK 17.
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
jv="$(java_major || true)"
if [ -n "$jv" ] && [ "$jv" -ge 17 ]; then
  ok "java $jv ($(command -v java))"
else
  installing java "default-jre-headless (apt; found: ${jv:-none})"
  apt_install default-jre-headless
  hash -r
  jv="$(java_major || true)"
  [ -n "$jv" ] && [ "$jv" -ge 17 ] || die "java on PATH is '${jv:-none}' after install, expected 17 or later"
fi
py_venv "$ANNOTATOR_PY_SPARK" tests/spark/requirements.txt py-spark "PySpark" "~1.5 min"

# --- crates, so that Trunk's `cargo build --offline` finds them ------------------
if cargo fetch --quiet --offline >/dev/null 2>&1; then
  ok "crates of Cargo.lock"
else
  installing crates "cargo fetch"
  cargo fetch --quiet || die "cargo fetch failed"
fi

if [ "${#did[@]}" -eq 0 ]; then
  say "everything present ($((SECONDS - started)) s)"
else
  say "installed: ${did[*]} ($((SECONDS - started)) s)"
fi
