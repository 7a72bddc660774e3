#!/usr/bin/env python3
"""The page's code, function by function: bytes before compression.

usage: scripts/wasm-functions.py [--pattern REGEX] [--compare OTHER] [--groups] [WASM]

WASM is a `wasm-bindgen` output (default: the last `trunk build --release`'s,
target/wasm-bindgen/release/annotator_bg.wasm), still carrying its names.
It is optimised as Trunk optimises the page (`wasm-opt -Oz`) but with its
names kept (`-g`), and each function's code size is read from the result:
the sizes are the page's, the names are what the page strips. Prints the
functions whose names match REGEX (all by default), largest first, and
their total. With --compare, OTHER (another `wasm-bindgen` output, say the
page before a change) is read the same way and the difference is printed
per function name (hashes dropped), largest growth last. With --groups,
the code is summed per part of the page instead (`GROUPS`: the app's
src/, the UI framework, each crate of ours, the rest), and with --compare
each part's growth.

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
# The parts of the page --groups sums, the first whose pattern a function's
# name holds anywhere: a generic function made for one of the app's types
# (`drop_in_place<annotator::…>`, `Vec<annotator_doc::…>::push`) is that
# part's. The UI framework is Leptos and the crates only it brings (the
# app is their one user). What no pattern holds (the standard library's
# code for types of several parts, serde_json, the web-sys and
# wasm-bindgen glue, the functions wasm-opt made) is "the rest".
GROUPS = [
    ("app (src/)", r"\bannotator::"),
    ("UI framework (Leptos)", r"\b(leptos\w*|tachys|reactive_graph|any_spawner|either_of|guardian|send_wrapper|throw_error|slotmap|oco_ref|or_poisoned)::"),
    ("document model (crates/doc)", r"\bannotator_doc::"),
    ("formats (crates/formats)", r"\bannotator_formats::"),
    ("extraction core (crates/extract)", r"\bannotator_extract::"),
    ("schema (crates/schema)", r"\bannotator_schema::"),
    ("the rest", r""),
]


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


def grouped(funcs):
    """Code bytes per part of the page (`GROUPS`), in its order."""
    out = {name: 0 for name, _ in GROUPS}
    for size, fname in funcs:
        out[next(name for name, pattern in GROUPS if re.search(pattern, fname))] += size
    return out


def print_groups(after, before=None):
    """Each part's code bytes, and its share of all; with `before`, its
    bytes there and the difference."""
    total = sum(after.values())
    for name, size in after.items():
        if before is None:
            print(f"{name:34} {size:9d} {100 * size / total:5.1f} %")
        else:
            print(f"{name:34} {before[name]:9d} -> {size:9d} {size - before[name]:+8d}")
    if before is None:
        print(f"{'all code':34} {total:9d}")
    else:
        was = sum(before.values())
        print(f"{'all code':34} {was:9d} -> {total:9d} {total - was:+8d}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wasm", nargs="?", default=DEFAULT)
    ap.add_argument("--pattern", default="")
    ap.add_argument("--compare")
    ap.add_argument("--groups", action="store_true")
    args = ap.parse_args()
    match = re.compile(args.pattern)
    with tempfile.TemporaryDirectory() as tmp:
        funcs = optimised(args.wasm, os.path.join(tmp, "this.wasm"))
        if args.groups:
            before = grouped(optimised(args.compare, os.path.join(tmp, "other.wasm"))) if args.compare else None
            print_groups(grouped(funcs), before)
            return
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
