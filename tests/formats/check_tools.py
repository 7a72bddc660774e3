"""Our exports, read by the real tools from the package registries.

    python check_tools.py ANNOTATE SHARED_DIR

ANNOTATE is the `annotate` binary, SHARED_DIR the shared material
(../shared). Each check exports with the CLI, then hands the files to the
tool people use:

* spacy: spaCy (`spacy.blank("en")`) tokenises every text, and
  `Doc.char_span(..., alignment_mode="strict")` must accept every span of the
  fixture and of the five articles of SHARED_DIR/corpus (extracted afresh and
  the gold labels converted); the spans then go through a `DocBin`.
* labelstudio: label-studio-sdk validates the labelling config and every
  prediction and annotation against it (`LabelInterface`), and its converter
  turns the tasks into JSON-MIN and CoNLL-2003; the spans survive.
* doccano: doccano-transformer (the last release, written for doccano's
  older `labels` files counted in code points) reads our export once its two
  documented differences from current doccano are bridged: `label` becomes
  `labels` and doccano's UTF-16 offsets become code points (doccano#2290).
  Its CoNLL-2003 output must tag every span where it starts.
* brat: pybrat parses the corpus collection (`.txt` + `.ann`), and brat's own
  rule holds: each `T` line's text is the document's text at its fragments,
  joined by a space; the Speaker relations arrive.

Every text has an astral character (emoji, flag) and a combining mark before
its spans, and each check is also run on a copy with offsets in the wrong
unit, which it must reject: a check that could not fail proves nothing.
Prints one line per check and ends with "N passed, N failed".
"""

import json
import os
import subprocess
import sys
import tempfile
import types
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "fixture.json")

results = []


def report(name, problems):
    results.append((name, problems))
    status = "ok  " if not problems else "FAIL"
    print(f"{status} {name}" + "".join(f"\n       {p}" for p in problems[:10]))


def annotate(binary, *args):
    out = subprocess.run([binary, *args], capture_output=True)
    if out.returncode != 0:
        raise SystemExit(f"annotate {' '.join(args)} failed: {out.stderr.decode()}")
    return out.stdout


def utf16_slice(text, start, end):
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * end].decode("utf-16-le", errors="replace")


def utf16_to_cp(text, offset):
    """A UTF-16 offset (JavaScript's, doccano's) as a code-point offset."""
    return len(text.encode("utf-16-le")[: 2 * offset].decode("utf-16-le", errors="strict"))


def shifted_to_utf16(records, text_key, spans_of):
    """A copy whose code-point offsets are rewritten as UTF-16 ones: the wrong unit."""
    wrong = json.loads(json.dumps(records))
    for r in wrong:
        text = r[text_key]
        for s in spans_of(r):
            for k in ("start", "end"):
                s[k] = len(text[: s[k]].encode("utf-16-le")) // 2
    return wrong


# ----- spaCy -------------------------------------------------------------


def spacy_problems(nlp, records):
    from spacy.tokens import DocBin

    problems, docs = [], []
    for r in records:
        doc = nlp.make_doc(r["text"])
        group = []
        for s in r["spans"]:
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
            if span is None:
                problems.append(f"{r.get('meta', {}).get('id')}: {s['label']} {s['start']}..{s['end']} "
                                f"{r['text'][s['start']:s['end']]!r} is not on spaCy token boundaries")
            elif span.text != s.get("text", span.text):
                problems.append(f"{s['label']} {s['start']}..{s['end']}: spaCy has {span.text!r}, we wrote {s['text']!r}")
            else:
                group.append(span)
        doc.spans["sc"] = group
        docs.append(doc)
    back = list(DocBin(docs=docs, store_user_data=True).from_bytes(DocBin(docs=docs).to_bytes()).get_docs(nlp.vocab))
    for before, after in zip(docs, back):
        if [(s.start_char, s.end_char, s.label_) for s in before.spans["sc"]] != \
           [(s.start_char, s.end_char, s.label_) for s in after.spans["sc"]]:
            problems.append("spans changed through a DocBin")
    return problems


def check_spacy(binary, shared, work):
    import spacy

    nlp = spacy.blank("en")
    articles = sorted(os.path.join(shared, "corpus", "articles", f)
                      for f in os.listdir(os.path.join(shared, "corpus", "articles")) if f.endswith(".txt"))
    gold = sorted(os.path.join(shared, "corpus", "gold", f)
                  for f in os.listdir(os.path.join(shared, "corpus", "gold")) if f.endswith(".json"))
    sources = {
        "fixture": annotate(binary, "convert", "--to", "spacy", FIXTURE),
        f"the {len(articles)} shared articles, extracted": annotate(binary, "--format", "spacy", *articles),
        f"the {len(gold)} shared gold files": annotate(binary, "convert", "--from", "json", "--to", "spacy", *gold),
    }
    for what, out in sources.items():
        records = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
        n = sum(len(r["spans"]) for r in records)
        report(f"spacy: spaCy {spacy.__version__} aligns all {n} spans of {what} (strict)", spacy_problems(nlp, records))
    fixture = [json.loads(line) for line in sources["fixture"].decode().splitlines() if line.strip()]
    wrong = shifted_to_utf16(fixture, "text", lambda r: r["spans"])
    report("spacy: the same check rejects UTF-16 offsets", [] if spacy_problems(nlp, wrong) else ["accepted the wrong unit"])


# ----- Label Studio --------------------------------------------------------


def label_studio_problems(config, tasks_path, work):
    from label_studio_sdk.converter import Converter
    from label_studio_sdk.label_interface import LabelInterface

    problems = []
    li = LabelInterface(config)
    li.validate()
    tasks = json.load(open(tasks_path, encoding="utf-8"))
    for t in tasks:
        text = t["data"]["text"]
        for key in ("predictions", "annotations"):
            for item in t.get(key, []):
                for e in li.validate_prediction(item, return_errors=True):
                    problems.append(f"task {t['id']} {key}: {e}")
                for r in item["result"]:
                    v = r.get("value", {})
                    if r["type"] == "labels" and text[v["start"]:v["end"]] != v["text"]:
                        problems.append(f"task {t['id']}: {v['labels']} {v['start']}..{v['end']} is "
                                        f"{text[v['start']:v['end']]!r} in Python, {v['text']!r} in the task")
    conv = Converter(config, project_dir=work, download_resources=False)
    out = os.path.join(work, "json-min")
    conv.convert_to_json_min(tasks_path, out, is_dir=False)
    records = json.load(open(os.path.join(out, "result.json"), encoding="utf-8"))
    for rec in records:
        for v in rec.get("label", []):
            if rec["text"][v["start"]:v["end"]] != v["text"]:
                problems.append(f"JSON-MIN: {v['labels']} {v['start']}..{v['end']} does not slice to {v['text']!r}")
    want = sum(1 for t in tasks for a in t.get("annotations", [])[:1] for r in a["result"] if r["type"] == "labels")
    got = sum(len(rec.get("label", [])) for rec in records)
    if got != want:
        problems.append(f"JSON-MIN holds {got} annotation spans, the tasks {want}")
    out = os.path.join(work, "conll")
    conv.convert_to_conll2003(tasks_path, out, is_dir=False)
    tagged = [l for l in open(os.path.join(out, "result.conll"), encoding="utf-8") if " B-" in l]
    if len(tagged) < want:
        problems.append(f"CoNLL-2003 tags {len(tagged)} spans, the annotations hold {want}")
    return problems, got


def check_label_studio(binary, work):
    import label_studio_sdk

    out = os.path.join(work, "ls")
    annotate(binary, "convert", "--to", "labelstudio", "-o", out, FIXTURE)
    tasks_path = os.path.join(out, "annotations.labelstudio.json")
    config = open(os.path.join(out, "annotations.labelstudio.xml"), encoding="utf-8").read()
    problems, n = label_studio_problems(config, tasks_path, os.path.join(work, "ls-conv"))
    version = getattr(label_studio_sdk, "__version__", "")
    report(f"labelstudio: label-studio-sdk {version} validates config, predictions and annotations, "
           f"converts {n} annotation spans to JSON-MIN and CoNLL-2003", problems)
    tasks = json.load(open(tasks_path, encoding="utf-8"))
    for t in tasks:
        text = t["data"]["text"]
        for key in ("predictions", "annotations"):
            for item in t.get(key, []):
                for r in item["result"]:
                    if "value" in r and "start" in r["value"]:
                        for k in ("start", "end"):
                            r["value"][k] = len(text[: r["value"][k]].encode("utf-16-le")) // 2
    wrong = os.path.join(work, "ls-wrong.json")
    json.dump(tasks, open(wrong, "w", encoding="utf-8"), ensure_ascii=False)
    bad, _ = label_studio_problems(config, wrong, os.path.join(work, "ls-wrong"))
    report("labelstudio: the same check rejects UTF-16 offsets", [] if bad else ["accepted the wrong unit"])


# ----- doccano -----------------------------------------------------------


def doccano_transformer():
    """doccano-transformer 1.0.2 imports spaCy 2's `spacy.gold` when loaded; spaCy 3 names
    the same function `spacy.training.offsets_to_biluo_tags`. Only its spaCy
    output uses it; the CoNLL output checked here does not."""
    import spacy.training

    gold = types.ModuleType("spacy.gold")
    gold.biluo_tags_from_offsets = spacy.training.offsets_to_biluo_tags
    sys.modules.setdefault("spacy.gold", gold)
    from doccano_transformer.datasets import NERDataset

    return NERDataset


def doccano_problems(path, lines, convert_units):
    NERDataset = doccano_transformer()
    problems = []
    bridged = []
    for rec in lines:
        text = rec["text"]
        labels = []
        for s, e, label in rec["label"]:
            if convert_units:
                s, e = utf16_to_cp(text, s), utf16_to_cp(text, e)
            labels.append([s, e, label])
        bridged.append({"id": rec["id"], "text": text, "labels": labels})
    with open(path, "w", encoding="utf-8") as f:
        for b in bridged:
            f.write(json.dumps(b, ensure_ascii=False) + "\n")
    out = list(NERDataset.from_jsonl(path).to_conll2003(tokenizer=str.split))
    for rec, conll in zip(bridged, out):
        rows = [l.split(" ") for l in conll["data"].splitlines() if l and not l.startswith("-DOCSTART-")]
        tags = {}
        # doccano-transformer's own token offsets: whitespace tokens, line by line.
        at = 0
        for tok, _, _, tag in rows:
            at = rec["text"].index(tok, at)
            tags[at] = (tok, tag)
            at += len(tok)
        for s, e, label in rec["labels"]:
            got = tags.get(s)
            if got is None or got[1] != f"B-{label}":
                problems.append(f"{rec['id']}: {label} {s}..{e} {rec['text'][s:e]!r}: its first token is tagged {got}")
    return problems


def check_doccano(binary, work):
    out = annotate(binary, "convert", "--to", "doccano", FIXTURE).decode()
    lines = [json.loads(l) for l in out.splitlines() if l.strip()]
    problems = []
    # doccano's unit: what JavaScript's String.slice gives for each span.
    fixture = json.load(open(FIXTURE, encoding="utf-8"))["documents"]
    for rec, doc in zip(lines, fixture):
        want = [s["text"] for s in doc["spans"]]
        got = [utf16_slice(rec["text"], s, e) for s, e, _ in rec["label"]]
        if got != want:
            problems.append(f"{rec['id']}: UTF-16 slices {got} differ from the spans {want}")
    problems += doccano_problems(os.path.join(work, "doccano.jsonl"), lines, convert_units=True)
    n = sum(len(r["label"]) for r in lines)
    report(f"doccano: all {n} spans are doccano's UTF-16 slices, and doccano-transformer tags each where it starts", problems)
    bad = doccano_problems(os.path.join(work, "doccano-wrong.jsonl"), lines, convert_units=False)
    report("doccano: doccano-transformer without the unit bridge mistags them (the unit is UTF-16)",
           [] if bad else ["UTF-16 offsets read as code points gave the right tags: the check cannot tell units"])


# ----- brat --------------------------------------------------------------


def brat_problems(folder, docs):
    from pybrat.parser import BratParser

    problems = []
    examples = BratParser(error="raise").parse(folder)
    if len(examples) != len(docs):
        problems.append(f"pybrat read {len(examples)} documents, we wrote {len(docs)}")
    by_id = {d["id"]: d for d in docs}
    for ex in examples:
        doc = by_id.get(ex.id) or by_id.get(os.path.basename(ex.id))
        if doc is None:
            problems.append(f"unknown document {ex.id}")
            continue
        text = ex.text
        for ent in ex.entities:
            joined = " ".join(text[sp.start:sp.end] for sp in ent.spans)
            if joined != ent.mention:
                problems.append(f"{ex.id} {ent.id} {ent.type}: text at its offsets {joined!r}, its line says {ent.mention!r}")
        got = sorted((e.spans[0].start, e.spans[-1].end, e.type) for e in ex.entities)
        want = sorted((s["start"], s["end"], s["label"]) for s in doc["spans"])
        if got != want:
            problems.append(f"{ex.id}: entities {got} differ from the spans {want}")
        speakers = [(r.arg1.mention, r.arg2.mention) for r in ex.relations if r.type == "Speaker"]
        want_speakers = [(s["text"], s["speaker"]) for s in doc["spans"]
                         if s["label"] == "QUOTE" and any(p["text"] == s.get("speaker") for p in doc["spans"])]
        if speakers != want_speakers:
            problems.append(f"{ex.id}: Speaker relations {speakers}, expected {want_speakers}")
    return problems


def check_brat(binary, work):
    import pybrat

    zipped = annotate(binary, "convert", "--to", "brat", FIXTURE)
    path = os.path.join(work, "brat.zip")
    open(path, "wb").write(zipped)
    folder = os.path.join(work, "brat")
    zipfile.ZipFile(path).extractall(folder)
    collection = os.path.join(folder, "annotations")
    docs = json.load(open(FIXTURE, encoding="utf-8"))["documents"]
    n = sum(len(d["spans"]) for d in docs)
    version = getattr(pybrat, "__version__", "")
    report(f"brat: pybrat {version} parses the collection, every T text is brat's slice, {n} spans and the "
           "Speaker relation arrive", brat_problems(collection, docs))
    wrong = os.path.join(work, "brat-wrong")
    os.makedirs(wrong)
    for name in os.listdir(collection):
        src = open(os.path.join(collection, name), encoding="utf-8").read()
        if name.endswith(".ann"):
            text = open(os.path.join(collection, name[:-4] + ".txt"), encoding="utf-8").read()
            fixed = []
            for line in src.splitlines():
                if line.startswith("T"):
                    tid, rest, mention = line.split("\t")
                    label, offsets = rest.split(" ", 1)
                    frags = []
                    for frag in offsets.split(";"):
                        a, b = map(int, frag.split(" "))
                        frags.append(f"{len(text[:a].encode('utf-16-le')) // 2} {len(text[:b].encode('utf-16-le')) // 2}")
                    line = f"{tid}\t{label} {';'.join(frags)}\t{mention}"
                fixed.append(line)
            src = "\n".join(fixed) + "\n"
        open(os.path.join(wrong, name), "w", encoding="utf-8").write(src)
    report("brat: the same check rejects UTF-16 offsets", [] if brat_problems(wrong, docs) else ["accepted the wrong unit"])


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    text = json.load(open(FIXTURE, encoding="utf-8"))["documents"][0]["text"]
    assert any(ord(c) > 0xFFFF for c in text[:10]) and "\u0301" in text[:10], "the fixture starts with both"
    with tempfile.TemporaryDirectory() as work:
        check_spacy(binary, shared, work)
        check_label_studio(binary, work)
        check_doccano(binary, work)
        check_brat(binary, work)
    failed = sum(1 for _, p in results if p)
    print(f"{len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
