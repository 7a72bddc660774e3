#!/usr/bin/env python3
"""Spark's output equals the single-process output, line by line.

    python tests/spark/check_spark.py ANNOTATE SHARED

Builds a stream of a few hundred documents from the shared articles and the
extra and wire development sets (each paragraph a document; some with a person's spans, one bad line, text with an
emoji), annotates it once with `ANNOTATE --jsonl` in one process and once
with scripts/spark_annotate.py in Spark's local mode (local[2], several
partitions, so that lines go through different processes), and compares
the two outputs line by line. Prints the counts and the time; exits 1 on the
first difference.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# Enough documents that every partition holds many, few enough to stay quick.
PARTITIONS = 4


def documents(shared):
    """The stream: one document per paragraph of the development articles."""
    lines = []
    paths = sorted(glob.glob(os.path.join(shared, "corpus", "articles", "*.txt")))
    for subset in ("extra_dev_set", "wire_set"):
        paths += sorted(glob.glob(os.path.join(ROOT, "crates", "extract", "tests", subset, "articles", "*.txt")))
    for path in paths:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            paragraphs = [p for p in f.read().split("\n") if p.strip()]
        for i, p in enumerate(paragraphs):
            doc = {"id": f"{name}#{i}", "text": p}
            if i % 10 == 3:
                # A person's span over the paragraph's first word: kept.
                word = p.split()[0]
                start = p.index(word)
                doc["spans"] = [{"start": start, "end": start + len(word), "label": "CHECKED_BY_HAND", "origin": "user"}]
            lines.append(json.dumps(doc, ensure_ascii=False))
    lines.insert(7, '{"id": "broken", "text": ')
    lines.insert(11, json.dumps({"text": "😀 Dmitry Peskov was in Kyiv on June 3, 2025."}, ensure_ascii=False))
    return lines


def main():
    annotate, shared = sys.argv[1], sys.argv[2]
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        stream = os.path.join(tmp, "in.jsonl")
        lines = documents(shared)
        with open(stream, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        single = subprocess.run([annotate, "--jsonl", "--quiet", stream], capture_output=True, check=False)
        if single.returncode != 0:
            sys.exit(f"annotate --jsonl failed: {single.stderr.decode()}")
        want = single.stdout.decode("utf-8").splitlines()
        out = os.path.join(tmp, "out")
        spark = subprocess.run(
            [sys.executable, os.path.join(ROOT, "scripts", "spark_annotate.py"), "--master", "local[2]",
             "--binary", annotate, "--partitions", str(PARTITIONS), stream, out],
            capture_output=True, check=False)
        if spark.returncode != 0:
            sys.exit(f"spark_annotate.py failed:\n{spark.stderr.decode()[-4000:]}")
        parts = sorted(glob.glob(os.path.join(out, "part-*")))
        got = []
        for p in parts:
            with open(p, encoding="utf-8") as f:
                got.extend(f.read().splitlines())
        spark_err = spark.stderr.decode()
    problems = []
    if len(parts) < 2:
        problems.append(f"only {len(parts)} part file(s): the stream did not go through several processes")
    if len(want) != len(lines) - 1:
        problems.append(f"annotate --jsonl wrote {len(want)} lines for {len(lines)} input lines (one bad)")
    if "broken" in single.stdout.decode() or ":8: not valid JSON" not in single.stderr.decode():
        problems.append("the bad line was not reported and skipped by annotate --jsonl")
    if "not valid JSON" not in spark_err:
        problems.append("Spark's executor did not report the bad line")
    for i, (w, g) in enumerate(zip(want, got)):
        if w != g:
            problems.append(f"line {i + 1} differs:\n  single: {w[:200]}\n  spark:  {g[:200]}")
            break
    if len(got) != len(want):
        problems.append(f"Spark wrote {len(got)} lines, one process {len(want)}")
    kept = sum('"CHECKED_BY_HAND"' in line for line in got)
    if kept == 0:
        problems.append("no person's span came through")
    took = time.monotonic() - started
    if problems:
        print("\n".join(problems))
        print(f"0 passed, 1 failed ({took:.1f} s)")
        sys.exit(1)
    print(f"Spark local[2], {len(parts)} partitions: {len(got)} labelled lines equal to one process's, "
          f"line by line ({kept} with a person's span kept, 1 bad line skipped by both) in {took:.1f} s")
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
