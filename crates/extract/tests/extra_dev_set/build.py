#!/usr/bin/env python3
"""Build the held-out evaluation set from inline-markup sources.

usage: python3 build.py [--lint]

Reads  src/NNN_slug.md
Writes articles/NNN_slug.txt      (plain article text)
       gold/NNN_slug.json         (schema article-annotator/1)

Source format
-------------
Everything up to the first line that is exactly `---` is a header; the article
body follows. Header lines:

    @@alias P Peskov => Dmitry Peskov     entity for a PERSON mention text
    @@alias L LONDON => London            entity for a PLACE mention text
    @@distinct L Sudan                    'Sudan' is its own entity even though
                                          'Port Sudan' exists (silences a lint)
    @@date 2024-03-17                     the article's own date (documentation)

Markup in the body (nests only inside QUOTE):

    [[P:Dmitry Peskov]]          PERSON, entity = alias of text, else text
    [[P=Dmitry Peskov:Peskov]]   PERSON with an explicit entity
    [[L:Kyiv]]                   PLACE (same entity rules)
    [[N:text|value|unit|kind]]   NUMBER; value, unit, kind optional:
                                   value  ''   -> derived from the text
                                          null -> JSON null (vague quantity)
                                          a~b  -> {"min": a, "max": b}
                                          "…"  -> string (ISO date / time)
                                          else -> JSON number
                                   unit   ''   -> null
                                   kind   ''   -> inferred
    [[Q@Speaker Name:“…”]]       QUOTE with speaker; [[Q@:…]] = speaker null
    A `!` right after the label letter ([[L!:Lord's]]) waives the
    punctuation / possessive / word-boundary edge checks for that span.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT_TXT = os.path.join(HERE, "articles")
OUT_GOLD = os.path.join(HERE, "gold")

LABELS = {"P": "PERSON", "L": "PLACE", "N": "NUMBER", "Q": "QUOTE"}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "INR", "BRL", "SDG", "TRY", "CNY"}
OPEN_QUOTES = "\"“‘'«"
CLOSE_QUOTES = "\"”’'»"

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1000000,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "twentieth": 20,
}


class MarkupError(Exception):
    pass


def parse(src, doc_id):
    """Return (text, raw_spans). raw_spans carry start/end in the output text."""
    out = []
    spans = []
    pos = 0          # index into src
    length = 0       # code points written so far

    def emit(s):
        nonlocal length
        out.append(s)
        length += len(s)

    stack = []       # open QUOTE frames: (header, start)
    while pos < len(src):
        if src.startswith("[[", pos):
            colon = src.find(":", pos + 2)
            if colon < 0:
                raise MarkupError(f"{doc_id}: unterminated header at {pos}")
            header = src[pos + 2:colon]
            if not header or header[0] not in LABELS:
                raise MarkupError(f"{doc_id}: bad header {header!r} at {pos}: {src[pos:pos+60]!r}")
            if header[0] == "Q":
                stack.append((header, length, pos))
                pos = colon + 1
                continue
            end = src.find("]]", colon)
            if end < 0:
                raise MarkupError(f"{doc_id}: unterminated span at {pos}")
            content = src[colon + 1:end]
            if "[[" in content:
                raise MarkupError(f"{doc_id}: nested markup inside {header!r} at {pos}")
            fields = content.split("|") if header[0] == "N" else [content]
            text = fields[0]
            spans.append({"header": header, "start": length, "end": length + len(text),
                          "fields": fields[1:], "srcpos": pos})
            emit(text)
            pos = end + 2
            continue
        if src.startswith("]]", pos):
            if not stack:
                raise MarkupError(f"{doc_id}: stray ]] at {pos}: {src[max(0,pos-60):pos+5]!r}")
            header, start, spos = stack.pop()
            spans.append({"header": header, "start": start, "end": length, "fields": [], "srcpos": spos})
            pos += 2
            continue
        emit(src[pos])
        pos += 1
    if stack:
        raise MarkupError(f"{doc_id}: unclosed QUOTE opened at src {stack[-1][2]}: {src[stack[-1][2]:stack[-1][2]+60]!r}")
    return "".join(out), spans


def parse_value(raw, text):
    raw = raw.strip()
    if raw == "":
        return auto_value(text)
    if raw == "null":
        return None
    if "~" in raw:
        a, b = raw.split("~")
        return {"min": json.loads(a), "max": json.loads(b)}
    if raw.startswith('"'):
        return json.loads(raw)
    return json.loads(raw)


def auto_value(text):
    t = text.strip()
    if re.fullmatch(r"(19|20)\d\d", t):
        return t                       # a year: ISO date string
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    low = t.lower()
    if low in WORDS:
        return WORDS[low]
    if low in ORDINALS:
        return ORDINALS[low]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)", low)
    if m:
        return WORDS[m.group(1)] + WORDS[m.group(2)]
    raise MarkupError(f"cannot derive a value from {text!r}; give one")


def infer_kind(text, value, unit):
    if isinstance(value, str):
        return "date"
    if isinstance(value, dict):
        return "range"
    if unit == "percent":
        return "percent"
    if unit in CURRENCIES:
        return "money"
    if unit:
        return "measure"
    t = text.lower()
    if re.fullmatch(r"\d+(st|nd|rd|th)", t) or t in ORDINALS:
        return "ordinal"
    return "cardinal"


def build_doc(path):
    doc_id = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\n---\n" not in raw:
        raise MarkupError(f"{doc_id}: no --- separator")
    head, body = raw.split("\n---\n", 1)
    aliases = {"P": {}, "L": {}}
    distinct = {"P": set(), "L": set()}
    for line in head.splitlines():
        line = line.strip()
        if line.startswith("@@distinct"):
            m = re.fullmatch(r"@@distinct\s+([PL])\s+(.+)", line)
            distinct[m.group(1)].add(m.group(2))
            continue
        if line.startswith("@@alias"):
            m = re.fullmatch(r"@@alias\s+([PL])\s+(.+?)\s+=>\s+(.+)", line)
            if not m:
                raise MarkupError(f"{doc_id}: bad alias line {line!r}")
            aliases[m.group(1)][m.group(2)] = m.group(3)
    body = body.strip("\n") + "\n"
    text, raw_spans = parse(body, doc_id)
    spans = []
    for r in raw_spans:
        header = r["header"]
        letter = header[0]
        flags = header[1:]
        waive = flags.startswith("!")
        if waive:
            flags = flags[1:]
        label = LABELS[letter]
        s = {"start": r["start"], "end": r["end"], "label": label, "text": text[r["start"]:r["end"]]}
        if letter in "PL":
            if flags.startswith("="):
                entity = flags[1:]
                s["_explicit"] = True
            elif flags:
                raise MarkupError(f"{doc_id}: bad flags {header!r}")
            else:
                entity = aliases[letter].get(s["text"], s["text"])
                if s["text"] in distinct[letter]:
                    s["_explicit"] = True
            s["entity"] = entity
        elif letter == "N":
            if flags:
                raise MarkupError(f"{doc_id}: bad flags {header!r}")
            f = r["fields"] + ["", "", ""]
            try:
                value = parse_value(f[0], s["text"])
            except (MarkupError, json.JSONDecodeError, ValueError) as e:
                raise MarkupError(f"{doc_id}: {e} (src {r['srcpos']})")
            unit = f[1].strip() or None
            kind = f[2].strip() or infer_kind(s["text"], value, unit)
            s["kind"] = kind
            s["value"] = value
            s["unit"] = unit
        elif letter == "Q":
            if not flags.startswith("@"):
                raise MarkupError(f"{doc_id}: QUOTE needs @speaker (or @ for null): {header!r}")
            s["speaker"] = flags[1:].strip() or None
        s["origin"] = "auto"
        s["_waive"] = waive
        spans.append(s)
    spans.sort(key=lambda s: (s["start"], -(s["end"] - s["start"])))
    return doc_id, text, spans


def check(doc_id, text, spans):
    errs = []
    for s in spans:
        t = text[s["start"]:s["end"]]
        where = f"{doc_id} [{s['start']}:{s['end']}] {s['label']} {t!r}"
        if t != s["text"]:
            errs.append(f"{where}: text mismatch")
        if not t or t[0].isspace() or t[-1].isspace():
            errs.append(f"{where}: starts/ends on whitespace")
        if "\n\n" in t:
            errs.append(f"{where}: crosses a paragraph break")
        if s["label"] != "QUOTE" and "\n" in t:
            errs.append(f"{where}: contains a newline")
        if not s["_waive"]:
            if t[-1] in ",;:":
                errs.append(f"{where}: trailing punctuation")
            if t[-1] == "." and not re.search(r"(^|[\s.])[A-Z]\.$|\b[ap]\.m\.$", t) and s["label"] != "QUOTE":
                errs.append(f"{where}: trailing period (not an initial/abbreviation)")
            if s["label"] == "QUOTE" and t[-1] in ",.;:":
                errs.append(f"{where}: QUOTE ends on punctuation")
            if re.search(r"['’]s$", t):
                errs.append(f"{where}: possessive 's")
            if s["label"] != "QUOTE":
                before = text[s["start"] - 1] if s["start"] > 0 else " "
                after = text[s["end"]] if s["end"] < len(text) else " "
                if before.isalnum() or after.isalnum():
                    errs.append(f"{where}: not on a word boundary ({before!r}…{after!r})")
        if s["label"] == "QUOTE":
            if t[0] not in OPEN_QUOTES:
                errs.append(f"{where}: QUOTE does not start with a quotation mark")
            para_end = s["end"] >= len(text) or text[s["end"]] == "\n" or text[s["end"]:s["end"] + 1] == "." and text[s["end"] + 1:s["end"] + 2] in ("\n", "")
            if t[-1] not in CLOSE_QUOTES and not para_end:
                errs.append(f"{where}: QUOTE neither closed nor running to the paragraph end")
        if s["label"] == "NUMBER":
            for k in ("kind", "value", "unit"):
                if k not in s:
                    errs.append(f"{where}: missing {k}")
    # overlaps
    quotes = [s for s in spans if s["label"] == "QUOTE"]
    others = [s for s in spans if s["label"] != "QUOTE"]
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            if b["start"] >= a["end"]:
                break
            if a["label"] == "QUOTE" and b["label"] == "QUOTE":
                errs.append(f"{doc_id}: QUOTE overlaps QUOTE at {a['start']} / {b['start']}")
            elif a["label"] != "QUOTE" and b["label"] != "QUOTE":
                errs.append(f"{doc_id}: {a['label']} {a['text']!r} overlaps {b['label']} {b['text']!r}")
    for o in others:
        for q in quotes:
            if o["start"] < q["end"] and q["start"] < o["end"]:
                if not (q["start"] <= o["start"] and o["end"] <= q["end"]):
                    errs.append(f"{doc_id}: {o['label']} {o['text']!r} straddles a QUOTE edge")
    # entity consistency: a mention whose text is a word of another entity
    for label in ("PERSON", "PLACE"):
        ents = {s["entity"] for s in spans if s["label"] == label}
        for s in spans:
            if s["label"] != label:
                continue
            if s["entity"] == s["text"] and not s.get("_explicit"):
                for e in ents:
                    if e != s["entity"] and re.search(r"(^|[\s-])" + re.escape(s["text"]) + r"($|\s)", e):
                        errs.append(f"{doc_id}: {label} {s['text']!r} has entity {s['entity']!r} but {e!r} exists")
    return errs


NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice|half|double|single|pair|couple|decade|century|quarter)\b"


def lint(doc_id, text, spans):
    """Print candidates for missed spans, for human review."""
    cov = {lab: [False] * len(text) for lab in LABELS.values()}
    for s in spans:
        for i in range(s["start"], s["end"]):
            cov[s["label"]][i] = True
    anycov = [cov["PERSON"][i] or cov["PLACE"][i] or cov["NUMBER"][i] for i in range(len(text))]
    notes = []
    for m in re.finditer(r"\d+", text):
        if not any(cov["NUMBER"][m.start():m.end()]) and not any(anycov[m.start():m.end()]):
            notes.append(f"digit   {ctx(text, m)}")
    for m in re.finditer(NUMWORDS, text, re.I):
        if not any(cov["NUMBER"][m.start():m.end()]):
            notes.append(f"numword {ctx(text, m)}")
    for m in re.finditer(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", text):
        if not any(cov["NUMBER"][m.start():m.end()]):
            notes.append(f"month   {ctx(text, m)}")
    caps = {}
    for m in re.finditer(r"[^\W\d_][\w'’.-]*", text):
        w = m.group(0)
        if w[0].isupper() and not any(anycov[m.start():m.end()]):
            caps[w.rstrip(".")] = caps.get(w.rstrip("."), 0) + 1
    for i, ch in enumerate(text):
        if ch in "\"“”«»" and not cov["QUOTE"][i]:
            notes.append(f"qmark   {ctx(text, _M(i))}")
        if ch in "‘’'" and not cov["QUOTE"][i]:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not (prev.isalpha() and nxt.isalpha()) and not (prev.isalpha() and nxt in "s") and not (prev in "sS" and not nxt.isalpha()):
                notes.append(f"squote  {ctx(text, _M(i))}")
    print(f"== {doc_id}: {len(text.split())} words")
    for n in notes:
        print("   " + n)
    print("   uncovered capitalised words: " + ", ".join(f"{w}×{c}" if c > 1 else w for w, c in sorted(caps.items())))


class _M:
    def __init__(self, i):
        self.i = i

    def start(self):
        return self.i

    def end(self):
        return self.i + 1

    def group(self, _=0):
        return ""


def ctx(text, m, w=40):
    a, b = m.start(), m.end()
    return (text[max(0, a - w):a] + "⟦" + text[a:b] + "⟧" + text[b:b + w]).replace("\n", "⏎")


def main(argv):
    do_lint = "--lint" in argv
    files = sorted(f for f in os.listdir(SRC) if f.endswith(".md"))
    all_errs = []
    totals = {}
    for f in files:
        try:
            doc_id, text, spans = build_doc(os.path.join(SRC, f))
        except MarkupError as e:
            all_errs.append(str(e))
            continue
        errs = check(doc_id, text, spans)
        all_errs.extend(errs)
        if do_lint:
            lint(doc_id, text, spans)
        for s in spans:
            totals[s["label"]] = totals.get(s["label"], 0) + 1
        clean = [{k: v for k, v in s.items() if not k.startswith("_")} for s in spans]
        doc = {"id": doc_id, "name": doc_id + ".txt", "text": text, "reviewed": False, "spans": clean}
        with open(os.path.join(OUT_TXT, doc_id + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(OUT_GOLD, doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"schema": "article-annotator/1", "documents": [doc]}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        words = len(text.split())
        print(f"{doc_id}: {words} words, " + ", ".join(
            f"{lab} {sum(1 for s in spans if s['label'] == lab)}" for lab in LABELS.values()))
    print("totals: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    if all_errs:
        print("\nERRORS:")
        for e in all_errs:
            print("  " + e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
