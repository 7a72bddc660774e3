#!/usr/bin/env python3
"""The shared scorer plus NUMBER value recall over every gold NUMBER.

usage: scripts/score.py GOLD PRED [--labels PERSON,PLACE,...] [--json] [--errors N]

A thin wrapper: it loads ../shared/eval/score.py as a module (by path; the
shared folder beside the clone, or $ANNOTATOR_SHARED) and runs exactly its
scoring, with the same arguments, output and exit status (0 scored, 2 bad
input). It adds one figure for NUMBER:

    value recall = gold NUMBER spans whose value a prediction recovers
                   / all gold NUMBER spans

A gold NUMBER counts as recalled when a predicted NUMBER has the same start
and end and the shared scorer's same_value() accepts its value; a gold span
with no value (null or absent) counts only when the prediction has none
either. Unlike the shared `value_acc`, which is taken over strict matches
only, a missed or mis-bounded span counts against value recall: it is the
share of quantities a user gets right without touching them.

Text output: the shared table, then a line `NUMBER value recall 0.xxx
(recalled/gold)`. --json: the shared JSON with `value_recall` (and
`value_recalled`, the count) added under "NUMBER". Both only when NUMBER is
among the labels scored.
"""
import contextlib
import importlib.util
import io
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ANNOTATOR_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
SHARED_SCORER = os.path.join(SHARED, "eval", "score.py")


def load_shared():
    """The shared scorer as a module (its main() does not run on import)."""
    if not os.path.isfile(SHARED_SCORER):
        print(f"score.py: {SHARED_SCORER} not found (the shared folder must sit beside the clone "
              "as ../shared, or set ANNOTATOR_SHARED)", file=sys.stderr)
        sys.exit(2)
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shared = load_shared()


def value_recall(pairs):
    """(recalled, gold) over every gold NUMBER span of the paired documents."""
    recalled = total = 0
    for g, p in pairs:
        pred = {(s["start"], s["end"]): s for s in p.get("spans", []) if s["label"] == "NUMBER"}
        for s in g.get("spans", []):
            if s["label"] != "NUMBER":
                continue
            total += 1
            hit = pred.get((s["start"], s["end"]))
            if hit is not None and shared.same_value(s.get("value"), hit.get("value")):
                recalled += 1
    return recalled, total


def positional(argv):
    """GOLD and PRED, read from argv the way the shared main() reads them
    (every --option but --json takes the next argument as its value)."""
    args = [a for a in argv if not a.startswith("--")]
    i = 0
    while i < len(argv):
        if argv[i].startswith("--") and argv[i] != "--json" and i + 1 < len(argv):
            args.remove(argv[i + 1])
            i += 1
        i += 1
    return args


def pairs_for(argv):
    """The document pairs the shared scorer scored (it has already checked the input)."""
    args = positional(argv)
    gold, pred = shared.load(args[0]), shared.load(args[1])
    return shared.pair(gold, pred)


def main(argv):
    # The shared main() parses the arguments, scores and prints; capture its
    # output so the extra figure can join it (the JSON object, or a line after the table).
    if len(positional(argv)) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = shared.main(argv)
    text = out.getvalue()
    labels = shared.LABELS
    if "--labels" in argv and argv.index("--labels") + 1 < len(argv):
        labels = argv[argv.index("--labels") + 1].split(",")
    if status != 0 or "NUMBER" not in labels:
        sys.stdout.write(text)
        return status
    recalled, total = value_recall(pairs_for(argv))
    recall = round(recalled / total, 4) if total else None
    if "--json" in argv:
        result = json.loads(text)
        result["NUMBER"]["value_recall"] = recall
        result["NUMBER"]["value_recalled"] = recalled
        print(json.dumps(result))
        return 0
    lines = text.splitlines(keepends=True)
    # after the per-label table and its macro-F1 line, before the error list
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("macro F1")), len(lines))
    figure = "—" if recall is None else f"{recall:.3f}"
    lines.insert(at, f"NUMBER value recall {figure} ({recalled}/{total} gold NUMBERs: same span, same value)\n")
    sys.stdout.write("".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
