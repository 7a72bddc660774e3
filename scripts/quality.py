#!/usr/bin/env python3
"""Extraction quality on every development set, scored by scripts/score.py.

usage: scripts/quality.py [--write | --check] [--bin PATH]

Builds the `annotate` CLI in release mode (unless --bin names one), annotates
each set below, scores it on the labels that set annotates with
scripts/score.py (../shared/eval/score.py plus NUMBER value recall over all
gold NUMBERs), and prints one markdown table. README's table between the
`quality:begin` / `quality:end` markers is this output: `--write` refreshes
it, `--check` fails (exit 1) when it differs, so README's figures never drift
from the code.

The sets: the two development sets of LABELS.md-style news (all labels), the
numbers set (NUMBER only: quantities in styles the news sets lack), the wire
set (all labels: 1990s wire and sports pages, US political quotes, world
news, very short texts), and the external sets of ../shared/corpus/external
(each on what it annotates; see its README). Exit status: 0 done, 1 README
out of date, 2 a step failed.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ANNOTATOR_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
SCORER = os.path.join(ROOT, "scripts", "score.py")
EXTERNAL = os.path.join(SHARED, "corpus", "external")
README = os.path.join(ROOT, "README.md")
BEGIN, END = "<!-- quality:begin (scripts/quality.py --write) -->", "<!-- quality:end -->"

ALL = ["PERSON", "PLACE", "NUMBER", "QUOTE"]
NAMES = ["PERSON", "PLACE"]

# (row title, inputs: folder of .txt articles or of labelled .json, gold, labels scored)
SETS = [
    ("shared dev set (5 news articles)", os.path.join(SHARED, "corpus", "articles"), os.path.join(SHARED, "corpus", "gold"), ALL),
    ("extra dev set (10 news articles)", os.path.join(ROOT, "crates", "extract", "tests", "extra_dev_set", "articles"),
     os.path.join(ROOT, "crates", "extract", "tests", "extra_dev_set", "gold"), ALL),
    ("numbers set (16 texts, NUMBER only)", os.path.join(ROOT, "crates", "extract", "tests", "numbers_set", "articles"),
     os.path.join(ROOT, "crates", "extract", "tests", "numbers_set", "gold"), ["NUMBER"]),
    ("wire set (26 texts: wire, US politics, world, short)", os.path.join(ROOT, "crates", "extract", "tests", "wire_set", "articles"),
     os.path.join(ROOT, "crates", "extract", "tests", "wire_set", "gold"), ALL),
    ("wikigold (Wikipedia)", os.path.join(EXTERNAL, "wikigold"), None, NAMES),
    ("btc (news tweets)", os.path.join(EXTERNAL, "btc"), None, NAMES),
    ("re3d (press releases)", os.path.join(EXTERNAL, "re3d"), None, NAMES),
    ("uner_ewt (web text)", os.path.join(EXTERNAL, "uner_ewt"), None, NAMES),
    ("uner_pud (news sentences)", os.path.join(EXTERNAL, "uner_pud"), None, NAMES),
    ("gum (other genres)", os.path.join(EXTERNAL, "gum"), None, NAMES),
    ("litbank_quotes (fiction)", os.path.join(EXTERNAL, "litbank_quotes"), None, NAMES + ["QUOTE"]),
]


def fail(msg):
    print(f"quality.py: {msg}", file=sys.stderr)
    sys.exit(2)


def inputs(folder):
    if not os.path.isdir(folder):
        fail(f"{folder} not found (the shared folder must sit beside the clone as ../shared)")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith((".txt", ".json")))
    if not files:
        fail(f"no .txt or .json files in {folder}")
    return files


def words(folder, files):
    n = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            if f.endswith(".json"):
                n += sum(len(d["text"].split()) for d in json.load(fh)["documents"])
            else:
                n += len(fh.read().split())
    return n


def annotate(binary, files, out):
    with open(out, "w", encoding="utf-8") as fh:
        r = subprocess.run([binary, *files], stdout=fh, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        fail(f"annotate failed: {r.stderr.strip()}")


def score(gold, pred, labels):
    r = subprocess.run([sys.executable, SCORER, gold, pred, "--labels", ",".join(labels), "--json"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed on {gold}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def cell(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def table(binary):
    head = ("| set | words | PERSON F1 | PLACE F1 | NUMBER F1 | QUOTE F1 | value acc. | value recall | speaker acc. "
            "(exact / surname) | edits per 1,000 words |")
    rows = [head, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    with tempfile.TemporaryDirectory() as tmp:
        for i, (title, folder, gold, labels) in enumerate(SETS):
            files = inputs(folder)
            pred = os.path.join(tmp, f"pred{i}.json")
            annotate(binary, files, pred)
            s = score(gold or folder, pred, labels)
            f1 = lambda l: s[l]["f1"] if l in labels else None
            quote = s.get("QUOTE", {})
            spk = "—" if "QUOTE" not in labels else f"{cell(quote.get('speaker_acc'))} / {cell(quote.get('speaker_acc_surname'))}"
            value = s["NUMBER"]["value_acc"] if "NUMBER" in labels else None
            recall = s["NUMBER"]["value_recall"] if "NUMBER" in labels else None
            rows.append(f"| {title} | {words(folder, files):,} | {cell(f1('PERSON'))} | {cell(f1('PLACE'))} | "
                        f"{cell(f1('NUMBER'))} | {cell(f1('QUOTE'))} | {cell(value)} | {cell(recall)} | {spk} | "
                        f"{s['edits_per_1000_words']:.1f} |")
    return "\n".join(rows) + "\n"


def build():
    r = subprocess.run(["cargo", "build", "--release", "--locked", "-q", "-p", "annotator-cli"], cwd=ROOT)
    if r.returncode != 0:
        fail("cargo build of annotate failed")
    return os.path.join(ROOT, "target", "release", "annotate")


def main(argv):
    mode = next((a for a in argv if a in ("--write", "--check")), None)
    binary = argv[argv.index("--bin") + 1] if "--bin" in argv else build()
    fresh = table(binary)
    print(fresh, end="")
    if mode is None:
        return 0
    with open(README, encoding="utf-8") as fh:
        readme = fh.read()
    if BEGIN not in readme or END not in readme:
        fail(f"README.md has no {BEGIN} ... {END} block")
    before, rest = readme.split(BEGIN, 1)
    current, after = rest.split(END, 1)
    if mode == "--check":
        if current.strip() != fresh.strip():
            print("README.md's quality table is out of date: run python3 scripts/quality.py --write\n"
                  f"README has:\n{current.strip()}\nthe code gives:\n{fresh.strip()}", file=sys.stderr)
            return 1
        print("README.md's quality table matches the code.")
        return 0
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(before + BEGIN + "\n" + fresh + END + after)
    print("README.md updated.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
