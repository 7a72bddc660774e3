#!/usr/bin/env python3
"""The page's code, function by function: bytes before compression.

usage: scripts/wasm-functions.py [--pattern REGEX] [--compare OTHER] [WASM]

WASM is a `wasm-bindgen` output (default: the last `trunk build --release`'s,
target/wasm-bindgen/release/annotator_bg.wasm), still carrying its names.
It is optimised as Trunk optimises the page (`wasm-opt -Oz`) but with its
names kept (`-g`), and each function's code size is read from the result:
the sizes are the page's, the names are what the page strips. Prints the
functions whose names match REGEX (all by default), largest first, and
their total. With --compare, OTHER (another `wasm-bindgen` output, say the
page before a change) is read the same way and the difference is printed
per function name (hashes dropped), largest growth last.

Why: a change of a few hundred bytes of code moves the gzipped page by up to
0.7 KiB either way with the layout of the code around it (README, "Size"),
so gzip cannot say whether such a change made the page's code smaller; this
count can. Needs `wasm-opt` on PATH (`. scripts/env.sh`).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, "target", "wasm-bindgen", "release", "annotator_bg.wasm")
# What the page's wasm uses beyond the MVP (as scripts/size-of-core.sh passes them).
FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals"]
# Section ids of the wasm binary format read here.
IMPORTS, CODE, CUSTOM = 2, 10, 0
# The name section's subsection of function names.
FUNCTION_NAMES = 1
# How --compare names the functions `wasm-opt` made, counted together.
UNNAMED = "(functions wasm-opt made, unnamed)"


def leb(b, i):
    """An unsigned LEB128 number at b[i:], and where it ends."""
    n = shift = 0
    while True:
        x = b[i]
        i += 1
        n |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return n, i


def functions(wasm):
    """(code bytes, name) of every function defined in a wasm binary."""
    b = open(wasm, "rb").read()
    i, imported, sizes, names = 8, 0, [], {}
    while i < len(b):
        section = b[i]
        length, i = leb(b, i + 1)
        end = i + length
        if section == IMPORTS:
            count, j = leb(b, i)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    n, j = leb(b, j)
                    j += n
                kind, j = b[j], j + 1
                if kind == 0:  # a function: its type index
                    _, j = leb(b, j)
                    imported += 1
                elif kind == 1:  # a table: element type, limits
                    flags, j = leb(b, j + 1)
                    _, j = leb(b, j)
                    j = leb(b, j)[1] if flags & 1 else j
                elif kind == 2:  # a memory: limits
                    flags, j = leb(b, j)
                    _, j = leb(b, j)
                    j = leb(b, j)[1] if flags & 1 else j
                elif kind == 3:  # a global: value type, mutability
                    j += 2
        elif section == CODE:
            count, j = leb(b, i)
            for _ in range(count):
                n, body = leb(b, j)
                sizes.append(body - j + n)
                j = body + n
        elif section == CUSTOM:
            n, j = leb(b, i)
            if b[j : j + n] == b"name":
                j += n
                while j < end:
                    sub = b[j]
                    n, j = leb(b, j + 1)
                    if sub == FUNCTION_NAMES:
                        count, k = leb(b, j)
                        for _ in range(count):
                            index, k = leb(b, k)
                            m, k = leb(b, k)
                            names[index] = b[k : k + m].decode("utf-8", "replace")
                            k += m
                    j += n
        i = end
    return [(size, names.get(imported + k, f"f{imported + k}")) for k, size in enumerate(sizes)]


def optimised(wasm, out):
    """The wasm as the page's, names kept."""
    subprocess.run(["wasm-opt", "-Oz", "-g", *FEATURES, wasm, "-o", out], check=True)
    return functions(out)


def by_name(funcs):
    """Code bytes per function name, hashes and `wasm-opt`'s suffixes dropped;
    the functions `wasm-opt` made (no name, only an index, which shifts
    between builds) counted together."""
    out = {}
    for size, name in funcs:
        key = UNNAMED if re.fullmatch(r"f\d+", name) else re.sub(r"(::h[0-9a-f]{16})?(\.\d+)?$", "", name)
        out[key] = out.get(key, 0) + size
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wasm", nargs="?", default=DEFAULT)
    ap.add_argument("--pattern", default="")
    ap.add_argument("--compare")
    args = ap.parse_args()
    match = re.compile(args.pattern)
    with tempfile.TemporaryDirectory() as tmp:
        funcs = optimised(args.wasm, os.path.join(tmp, "this.wasm"))
        if args.compare:
            before = by_name(optimised(args.compare, os.path.join(tmp, "other.wasm")))
            after = by_name(funcs)
            rows = [(after.get(n, 0) - before.get(n, 0), n) for n in set(before) | set(after) if match.search(n)]
            rows = sorted(r for r in rows if r[0])
            for diff, name in rows:
                print(f"{diff:+8d} {name}")
            print(f"{sum(d for d, _ in rows):+8d} in all", file=sys.stderr)
            return
    rows = sorted((f for f in funcs if match.search(f[1])), reverse=True)
    for size, name in rows:
        print(f"{size:8d} {name}")
    print(f"{sum(s for s, _ in rows):8d} in all ({len(rows)} functions)", file=sys.stderr)


if __name__ == "__main__":
    main()
