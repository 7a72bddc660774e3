# Source this file (`. scripts/env.sh`) to get the annotator's local build tools
# on PATH. scripts/setup.sh installs them; serve.sh and test.sh source this.
#
# Exports:
#   ANNOTATOR_ROOT        the repository root
#   ANNOTATOR_SHARED      the shared material beside the clone (../shared)
#   ANNOTATOR_TOOLS_HOME  where versioned cargo-installed tools live, shared by
#                         every clone on the machine (default ~/.cache/annotator-tools)
#   WASM_BINDGEN_VERSION  the exact wasm-bindgen pinned (`=X`) in Cargo.toml
#   TRUNK_SERIES          the Trunk release series we use (0.21)
#   WASM_OPT_VERSION      the binaryen (wasm-opt) version from tools/package.json
#   ANNOTATOR_PY_FORMATS  the virtualenv of the real-tool format checks (spaCy,
#                         label-studio-sdk, doccano-transformer, pybrat), named
#                         by the hash of tests/formats/requirements.txt
#   ANNOTATOR_PY_SPARK    the virtualenv of PySpark (scripts/spark_annotate.py and
#                         its check), named by the hash of tests/spark/requirements.txt
# and puts first on PATH: the pinned wasm-bindgen, Trunk, the local wasm-opt
# (tools/node_modules/.bin) and cargo's bin dir.

ANNOTATOR_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
export ANNOTATOR_ROOT
export ANNOTATOR_SHARED="$(cd -- "$ANNOTATOR_ROOT/.." && pwd)/shared"
export ANNOTATOR_TOOLS_HOME="${ANNOTATOR_TOOLS_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/annotator-tools}"

# `wasm-bindgen = "=0.2.130"` in the root Cargo.toml is the single source of truth.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen *= *"=\([0-9][0-9.]*\)".*/\1/p' "$ANNOTATOR_ROOT/Cargo.toml" | head -n 1)"
export WASM_BINDGEN_VERSION
export TRUNK_SERIES="0.21"
WASM_OPT_VERSION="$(sed -n 's/^ *"binaryen": *"\([0-9]*\)\..*/\1/p' "$ANNOTATOR_ROOT/tools/package.json" | head -n 1)"
export WASM_OPT_VERSION

_annotator_req_hash="$(sha256sum "$ANNOTATOR_ROOT/tests/formats/requirements.txt" 2>/dev/null | cut -c1-12)"
export ANNOTATOR_PY_FORMATS="$ANNOTATOR_TOOLS_HOME/py-formats-${_annotator_req_hash:-missing}"
_annotator_req_hash="$(sha256sum "$ANNOTATOR_ROOT/tests/spark/requirements.txt" 2>/dev/null | cut -c1-12)"
export ANNOTATOR_PY_SPARK="$ANNOTATOR_TOOLS_HOME/py-spark-${_annotator_req_hash:-missing}"
unset _annotator_req_hash

_annotator_cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$ANNOTATOR_TOOLS_HOME/wasm-bindgen-$WASM_BINDGEN_VERSION/bin:"*) ;;
  *) PATH="$ANNOTATOR_TOOLS_HOME/wasm-bindgen-$WASM_BINDGEN_VERSION/bin:$ANNOTATOR_TOOLS_HOME/trunk-$TRUNK_SERIES/bin:$ANNOTATOR_ROOT/tools/node_modules/.bin:$_annotator_cargo_bin:$PATH" ;;
esac
export PATH
unset _annotator_cargo_bin

# Trunk must never reach the network: no update check (Trunk.toml's
# `offline = true` covers tool downloads and cargo).
export TRUNK_SKIP_VERSION_CHECK=true
