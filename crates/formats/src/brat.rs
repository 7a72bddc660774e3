//! `brat`: brat standoff, the text in `X.txt` and its annotations in
//! `X.ann`, offsets in code points (brat is Python and slices `str`).
//! One document is the pair; a corpus is a zip of pairs with the
//! `annotation.conf` that declares every label, relation and attribute
//! used.
//!
//! * `T` lines: one per span, `T1\tPERSON 2 8\tPeskov`. A span across a
//!   line break is written as fragments (`0 5;6 9`) whose texts are joined
//!   by a space, as brat does (its text field holds no line break).
//! * `A` lines: a number's `Value` (`12000`, a range `2..3`, a date
//!   `2025-06-02`), `Unit` and `Kind`.
//! * `R` lines: `Speaker Arg1:T(quote) Arg2:T(person)` when the speaker is a
//!   PERSON span of the text; otherwise the speaker goes in an
//!   `AnnotatorNotes` line on the quote. A person's or place's entity name
//!   is an `AnnotatorNotes` line too.
//!
//! Read: the same lines (other kinds, such as events, are passed over);
//! every `T` text must be the text at its offsets; a discontinuous entity
//! becomes one span from its first fragment to its last. brat keeps no
//! origin: every span read is `user`.

use std::fmt::Write as _;

use annotator_schema::{CharOffset, Document, Label, NumberKind, NumberValue, OffsetIndex, Origin, Span};
use serde_json::{Map, Value};

use crate::check::{Checked, Unit};
use crate::{build, zip, ExportError, Format, InFile, Keeps, OutFile, ReadError};

pub struct Brat;

/// What separates a range's two ends in a `Value` attribute (`2..3`):
/// attribute values hold no space.
const RANGE: &str = "..";
/// The collection's configuration file in a corpus zip.
const CONF: &str = "annotation.conf";
const NOTES: &str = "AnnotatorNotes";
const SPEAKER_RELATION: &str = "Speaker";
/// The number attributes, in the order they are written.
const VALUE: &str = "Value";
const UNIT: &str = "Unit";
const KIND: &str = "Kind";

impl Format for Brat {
    fn id(&self) -> &'static str {
        "brat"
    }
    fn title(&self) -> &'static str {
        "brat standoff (.txt + .ann)"
    }
    fn keeps(&self) -> Keeps {
        Keeps { entity: true, number: true, speaker: true, ..Keeps::NONE }
    }
    fn unit(&self) -> Unit {
        Unit::CodePoint
    }
    fn extension(&self) -> &'static str {
        "zip"
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut anns = Vec::with_capacity(docs.len());
        for d in docs {
            anns.push(ann(d)?);
        }
        if let ([d], [a]) = (docs, anns.as_slice()) {
            return Ok(vec![
                OutFile::text(stem, "txt", "text/plain", d.text.clone()),
                OutFile::text(stem, "ann", "text/plain", a.clone()),
            ]);
        }
        let folder = stem.rsplit(['/', '\\']).next().unwrap_or(stem);
        let mut files = vec![(format!("{folder}/{CONF}"), conf(docs).into_bytes())];
        let mut taken: Vec<String> = Vec::new();
        for (d, a) in docs.iter().zip(anns) {
            let base = unique(safe(&d.id), &taken);
            taken.push(base.clone());
            files.push((format!("{folder}/{base}.txt"), d.text.clone().into_bytes()));
            files.push((format!("{folder}/{base}.ann"), a.into_bytes()));
        }
        Ok(vec![OutFile { name: format!("{stem}.zip"), mime: "application/zip", bytes: zip::write(&files) }])
    }
    fn reads(&self) -> &'static [&'static str] {
        &["ann", "zip"]
    }
    fn recognises(&self, name: &str, bytes: &[u8]) -> bool {
        !name.to_ascii_lowercase().ends_with(".zip") || zip::is_zip(bytes)
    }
    fn companion(&self, name: &str) -> Option<String> {
        let stem = name.strip_suffix(".ann").or_else(|| name.strip_suffix(".ANN"))?;
        Some(format!("{stem}.txt"))
    }
    fn read(&self, file: &InFile, companion: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        if zip::is_zip(file.bytes) {
            return read_zip(file);
        }
        let txt = self.companion(file.name).unwrap_or_default();
        let text = companion.ok_or_else(|| ReadError::MissingText { ann: file.name.to_string(), txt })?;
        let id = stem_of(file.name);
        Ok(vec![read_pair(0, &id, file.name, text.text()?, file.text()?)?])
    }
}

/// A document id as a file name: ASCII letters, digits, `-`, `_`, `.`.
fn safe(id: &str) -> String {
    let s: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    if s.is_empty() {
        "document".into()
    } else {
        s
    }
}

fn unique(base: String, taken: &[String]) -> String {
    if !taken.contains(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|b| !taken.contains(b)).unwrap_or(base)
}

/// A file name without its folders and last extension.
fn stem_of(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s).to_string()
}

/// Text for one field of an `.ann` line: no tab or line break.
fn field(s: &str) -> String {
    s.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect()
}

/// An attribute value: no whitespace.
fn token(s: &str) -> String {
    s.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect()
}

/// A number as brat writes it: whole numbers without a decimal point.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn value_text(v: &NumberValue) -> String {
    match v {
        NumberValue::Number(x) => number(*x),
        NumberValue::Range { min, max } => format!("{}{RANGE}{}", number(*min), number(*max)),
        NumberValue::Date(d) => token(d),
    }
}

/// A span's fragments in code points: its range cut at line breaks.
fn fragments(s: &Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = s.start.0;
    for (k, c) in s.text.chars().enumerate() {
        let at = s.start.0 + k;
        if matches!(c, '\n' | '\r') {
            if at > start {
                out.push((start, at));
            }
            start = at + 1;
        }
    }
    if s.end.0 > start || out.is_empty() {
        out.push((start, s.end.0.max(start)));
    }
    out
}

/// The `.ann` of one document, after checking every span.
fn ann(d: &Document) -> Result<String, ExportError> {
    let ck = Checked::new(Brat.id(), Brat.unit(), d);
    let mut out = String::new();
    let (mut attr, mut rel, mut note) = (0, 0, 0);
    for (i, s) in d.spans.iter().enumerate() {
        ck.offsets(i, s)?;
        let frags = fragments(s);
        // The fragments' texts joined by a space: brat's rule, checked like any written text.
        let joined: Vec<&str> =
            frags.iter().map(|&(a, b)| ck.index().slice(CharOffset(a), CharOffset(b)).unwrap_or("")).collect();
        let expected: String = s.text.split(['\n', '\r']).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
        let text = joined.join(" ");
        ck.same(i, &Span { text: expected, ..s.clone() }, &text)?;
        let offsets: Vec<String> = frags.iter().map(|(a, b)| format!("{a} {b}")).collect();
        let _ = writeln!(out, "T{}\t{} {}\t{}", i + 1, s.label, offsets.join(";"), text);
    }
    for (i, s) in d.spans.iter().enumerate() {
        let t = i + 1;
        if let Some(n) = s.number() {
            let mut a = |name: &str, v: String| {
                attr += 1;
                let _ = writeln!(out, "A{attr}\t{name} T{t} {v}");
            };
            if let Some(v) = &n.value {
                a(VALUE, value_text(v));
            }
            if let Some(u) = &n.unit {
                a(UNIT, token(u));
            }
            a(KIND, n.kind.as_str().to_string());
        }
        if let Some(speaker) = s.speaker() {
            match speaker_span(d, i, speaker) {
                Some(p) => {
                    rel += 1;
                    let _ = writeln!(out, "R{rel}\t{SPEAKER_RELATION} Arg1:T{t} Arg2:T{}", p + 1);
                }
                None => {
                    note += 1;
                    let _ = writeln!(out, "#{note}\t{NOTES} T{t}\t{}", field(speaker));
                }
            }
        }
        if let Some(e) = s.entity() {
            note += 1;
            let _ = writeln!(out, "#{note}\t{NOTES} T{t}\t{}", field(e));
        }
    }
    Ok(out)
}

/// The PERSON span naming `speaker` (entity or text) nearest to quote `q`.
fn speaker_span(d: &Document, q: usize, speaker: &str) -> Option<usize> {
    let quote = &d.spans[q];
    (0..d.spans.len())
        .filter(|&i| d.spans[i].label == Label::Person && d.spans[i].entity().unwrap_or(&d.spans[i].text) == speaker)
        .min_by_key(|&i| {
            let s = &d.spans[i];
            if s.end <= quote.start {
                quote.start.0 - s.end.0
            } else {
                s.start.0.saturating_sub(quote.end.0)
            }
        })
}

/// The collection's `annotation.conf`: every label used, the speaker
/// relation, and the number attributes with every value used (brat lists
/// an attribute's values).
fn conf(docs: &[Document]) -> String {
    let mut labels: Vec<Label> = Label::BUILT_IN.to_vec();
    let (mut values, mut units) = (Vec::new(), Vec::new());
    for s in docs.iter().flat_map(|d| &d.spans) {
        if !labels.contains(&s.label) {
            labels.push(s.label.clone());
        }
        if let Some(n) = s.number() {
            values.extend(n.value.as_ref().map(value_text));
            units.extend(n.unit.as_deref().map(token));
        }
    }
    let list = |v: Vec<String>| {
        let mut once: Vec<&str> = Vec::new();
        for x in &v {
            if !once.contains(&x.as_str()) {
                once.push(x);
            }
        }
        once.join("|")
    };
    let mut out = String::from("[entities]\n");
    for l in &labels {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(out, "\n[relations]\n{SPEAKER_RELATION} Arg1:QUOTE, Arg2:PERSON");
    out.push_str("<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n");
    let kinds = [
        NumberKind::Cardinal,
        NumberKind::Ordinal,
        NumberKind::Percent,
        NumberKind::Money,
        NumberKind::Measure,
        NumberKind::Range,
        NumberKind::Date,
    ];
    let kinds: Vec<String> = kinds.iter().map(|k| k.as_str().to_string()).collect();
    for (name, vals) in [(VALUE, list(values)), (UNIT, list(units)), (KIND, list(kinds))] {
        if !vals.is_empty() {
            let _ = writeln!(out, "{name} Arg:NUMBER, Value:{vals}");
        }
    }
    out
}

/// The documents of a corpus zip: each `X.ann` with its `X.txt`.
fn read_zip(file: &InFile) -> Result<Vec<Document>, ReadError> {
    let zip_err = |message: String| ReadError::Zip { file: file.name.to_string(), message };
    let entries = zip::read(file.bytes).map_err(zip_err)?;
    let mut docs = Vec::new();
    for (name, bytes) in &entries {
        let Some(txt_name) = Brat.companion(name) else { continue };
        let txt = entries
            .iter()
            .find(|(n, _)| *n == txt_name)
            .map(|(_, b)| *b)
            .ok_or_else(|| ReadError::MissingText { ann: format!("{}: {name}", file.name), txt: txt_name.clone() })?;
        let text = InFile { name: &txt_name, bytes: txt }.text()?;
        let ann = InFile { name, bytes }.text()?;
        docs.push(read_pair(docs.len(), &stem_of(name), name, text, ann)?);
    }
    if docs.is_empty() {
        return Err(ReadError::NoDocuments);
    }
    Ok(docs)
}

/// One document from its text and `.ann`.
fn read_pair(i: usize, id: &str, ann_name: &str, text: &str, ann: &str) -> Result<Document, ReadError> {
    let ix = OffsetIndex::new(text);
    let shape = |line: usize, message: String| ReadError::Shape { doc: format!("{ann_name}, line {line}"), message };
    // T id -> (span object, its text)
    let mut spans: Vec<(String, Map<String, Value>, String)> = Vec::new();
    let mut later = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let n = n + 1;
        let line = line.trim_end_matches('\r');
        if !line.starts_with('T') {
            later.push((n, line));
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(tid), Some(def), Some(given)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(shape(n, format!("not a text-bound annotation: {line:?}")));
        };
        let (label, frags) = def.split_once(' ').ok_or_else(|| shape(n, format!("no offsets in {def:?}")))?;
        let mut pieces = Vec::new();
        for frag in frags.split(';') {
            let mut it = frag.split(' ').map(str::parse::<usize>);
            let (Some(Ok(a)), Some(Ok(b)), None) = (it.next(), it.next(), it.next()) else {
                return Err(shape(n, format!("bad offsets {frags:?}")));
            };
            let doc = format!("{ann_name}, {tid}");
            let (s, e, t) = crate::check::read_span(&ix, Unit::CodePoint, &doc, (a, b), None)?;
            pieces.push((s.0, e.0, t));
        }
        let joined = pieces.iter().map(|p| p.2.as_str()).collect::<Vec<_>>().join(" ");
        if joined != given {
            let (start, end) = (pieces[0].0, pieces[pieces.len() - 1].1);
            return Err(ReadError::TextMismatch {
                doc: format!("{ann_name}, {tid}"),
                start,
                end,
                unit: Unit::CodePoint,
                given: given.to_string(),
                actual: joined,
            });
        }
        let (start, end) = (pieces[0].0, pieces.iter().map(|p| p.1).max().unwrap_or(pieces[0].1));
        let span_text = ix.slice(CharOffset(start), CharOffset(end)).unwrap_or_default().to_string();
        spans.push((tid.to_string(), build::span(start, end, label, None, Origin::User), span_text));
    }
    let find = |spans: &[(String, Map<String, Value>, String)], id: &str| spans.iter().position(|(t, _, _)| t == id);
    for &(n, line) in &later {
        let cols: Vec<&str> = line.split('\t').collect();
        match (line.chars().next(), cols.as_slice()) {
            (Some('A'), [_, def]) => {
                let mut it = def.split(' ');
                let (name, target, value) = (it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next());
                let k = find(&spans, target).ok_or_else(|| shape(n, format!("no annotation {target}")))?;
                number_attr(&mut spans[k].1, name, value);
            }
            (Some('R'), [_, def]) => {
                let mut it = def.split(' ');
                let (kind, a1, a2) = (it.next().unwrap_or_default(), it.next(), it.next());
                let arg = |a: Option<&str>| a.and_then(|a| a.split_once(':')).map(|(_, t)| t.to_string());
                let (Some(q), Some(p)) = (arg(a1), arg(a2)) else { continue };
                if !kind.eq_ignore_ascii_case(SPEAKER_RELATION) {
                    continue;
                }
                let (Some(qi), Some(pi)) = (find(&spans, &q), find(&spans, &p)) else {
                    return Err(shape(n, format!("relation between unknown annotations {q} and {p}")));
                };
                let name = spans[pi].1.get("entity").and_then(Value::as_str).unwrap_or(&spans[pi].2).to_string();
                if build::label_of(&spans[qi].1) == "QUOTE" {
                    build::set(&mut spans[qi].1, build::SPEAKER, name.into());
                }
            }
            (Some('#'), [_, def, note]) if def.starts_with(NOTES) => {
                let target = def.split(' ').nth(1).unwrap_or_default();
                let k = find(&spans, target).ok_or_else(|| shape(n, format!("note on unknown annotation {target}")))?;
                let s = &mut spans[k].1;
                match build::label_of(s) {
                    "QUOTE" => {
                        build::set(s, build::SPEAKER, (*note).into());
                    }
                    "PERSON" | "PLACE" => {
                        build::set(s, "entity", (*note).into());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // A relation names its person by entity: notes read after it may have set it.
    let spans = spans.into_iter().map(|(_, s, _)| s).collect();
    build::document(i, Some(id.to_string()), Some(format!("{id}.txt")), text.to_string(), false, spans)
        .map_err(|message| ReadError::Shape { doc: ann_name.to_string(), message })
}

/// A number attribute onto its NUMBER span (kept as the labelled JSON
/// writes them; other attributes are passed over).
fn number_attr(s: &mut Map<String, Value>, name: &str, value: Option<&str>) {
    if build::label_of(s) != "NUMBER" {
        return;
    }
    let Some(v) = value else { return };
    match name {
        VALUE => {
            let parsed = match v.split_once(RANGE) {
                Some((a, b)) => match (a.parse::<f64>(), b.parse::<f64>()) {
                    (Ok(min), Ok(max)) => serde_json::json!({ "min": min, "max": max }),
                    _ => Value::String(v.into()),
                },
                None => v.parse::<f64>().map_or_else(|_| Value::String(v.into()), Value::from),
            };
            build::set(s, "value", parsed);
            if !s.contains_key("kind") {
                build::set(s, "kind", NumberKind::Cardinal.as_str().into());
            }
        }
        UNIT => {
            build::set(s, "unit", v.into());
            if !s.contains_key("kind") {
                build::set(s, "kind", NumberKind::Cardinal.as_str().into());
            }
        }
        KIND => {
            build::set(s, "kind", v.into());
        }
        _ => {}
    }
}
