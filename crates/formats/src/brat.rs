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

use annotator_schema::{CharOffset, Document, Label, NumberKind, NumberValue, OffsetIndex, Origin, Span};
use serde_json::{Map, Value};

use crate::check::{Checked, Unit};
use crate::out::{line, num, num_text, once};
use crate::{build, zip, About, ExportError, Format, InFile, Keeps, OutFile, ReadError, ReadErrorKind};

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

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "brat",
    title: "brat standoff (.txt + .ann)",
    unit: Unit::CodePoint,
    extension: "zip",
    keeps: Keeps { entity: true, number: true, speaker: true, ..Keeps::NONE },
    reads: &["ann", "zip"],
};

impl Format for Brat {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut anns = Vec::with_capacity(docs.len());
        let mut used = Used::default();
        for d in docs {
            anns.push(ann(d, &mut used)?);
        }
        if let ([d], [a]) = (docs, anns.as_mut_slice()) {
            return Ok(vec![
                OutFile::text(stem, "txt", "text/plain", d.text.clone().into_bytes()),
                OutFile::text(stem, "ann", "text/plain", std::mem::take(a).into_bytes()),
            ]);
        }
        let folder = stem.rsplit(['/', '\\']).next().unwrap_or(stem);
        let conf = conf(&used);
        let mut files: Vec<(String, &[u8])> = vec![([folder, "/", CONF].concat(), conf.as_bytes())];
        let mut taken: Vec<String> = Vec::new();
        for (d, a) in docs.iter().zip(&anns) {
            let base = unique(safe(&d.id), &taken);
            files.push(([folder, "/", &base, ".txt"].concat(), d.text.as_bytes()));
            files.push(([folder, "/", &base, ".ann"].concat(), a.as_bytes()));
            taken.push(base);
        }
        Ok(vec![OutFile { name: [stem, ".zip"].concat(), mime: "application/zip", bytes: zip::write(&files) }])
    }
    fn recognises(&self, name: &str, bytes: &[u8]) -> bool {
        crate::extension(name) != "zip" || zip::is_zip(bytes)
    }
    fn companion(&self, name: &str) -> Option<String> {
        let stem = name.strip_suffix(".ann").or_else(|| name.strip_suffix(".ANN"))?;
        Some([stem, ".txt"].concat())
    }
    fn read(&self, file: &InFile, companion: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        // A corpus zip's files, or the one `.ann` with its text: read alike.
        let (entries, within) = if zip::is_zip(file.bytes) {
            let entries =
                zip::read(file.bytes).map_err(|message| ReadErrorKind::Zip { file: file.name.to_string(), message })?;
            (entries, [file.name, ": "].concat())
        } else {
            let txt = self.companion(file.name).unwrap_or_default();
            let mut entries = vec![(file.name.to_string(), file.bytes)];
            entries.extend(companion.map(|c| (txt, c.bytes)));
            (entries, String::new())
        };
        let mut docs = Vec::new();
        for (name, bytes) in &entries {
            let Some(txt_name) = self.companion(name) else { continue };
            let Some((_, txt)) = entries.iter().find(|(n, _)| *n == txt_name) else {
                return Err(ReadErrorKind::MissingText { ann: [&within, name.as_str()].concat(), txt: txt_name }.into());
            };
            let text = InFile { name: &txt_name, bytes: txt }.text()?;
            let ann = InFile { name, bytes }.text()?;
            docs.push(read_pair(docs.len(), name, text, ann)?);
        }
        if docs.is_empty() {
            return Err(ReadErrorKind::NoDocuments.into());
        }
        Ok(docs)
    }
}

/// A document id as a file name: ASCII letters, digits, `-`, `_`, `.`.
fn safe(id: &str) -> String {
    let s = cleaned(id, |c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')), '_');
    if s.is_empty() {
        "document".into()
    } else {
        s
    }
}

fn unique(base: String, taken: &[String]) -> String {
    let mut name = base.clone();
    let mut n = 1;
    while taken.contains(&name) {
        n += 1;
        name = [base.as_str(), "-", &num_text(n)].concat();
    }
    name
}

/// A file name without its folders and last extension.
fn stem_of(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s)
}

/// `s` with every character `bad` says cannot stand in an `.ann` field
/// replaced by `with`: a field holds no tab or line break, an attribute
/// value no whitespace.
fn cleaned(s: &str, bad: fn(&char) -> bool, with: char) -> String {
    // A plain loop: a `map`/`collect` would be instantiated for this alone.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(if bad(&c) { with } else { c });
    }
    out
}

/// Text for one field of an `.ann` line: no tab or line break.
fn field(s: &str) -> String {
    cleaned(s, |c| matches!(c, '\t' | '\n' | '\r'), ' ')
}

/// An attribute value: no whitespace.
fn token(s: &str) -> String {
    cleaned(s, |c| c.is_whitespace(), '_')
}

/// A `Value` attribute: a number as the labelled JSON writes it (whole
/// numbers without a decimal point), a range `min..max`, a date.
fn value_text(v: &NumberValue) -> String {
    let number = annotator_schema::json::number_text;
    match v {
        NumberValue::Number(x) => number(*x),
        // `concat` of `&str`s, already on the page: a `join` of `String`s
        // would be a copy of the joining code for this alone.
        NumberValue::Range { min, max } => [number(*min).as_str(), RANGE, &number(*max)].concat(),
        NumberValue::Date(d) => token(d),
    }
}

/// What a corpus's `annotation.conf` declares, gathered as its documents'
/// `.ann` are written: the labels, and the number attributes' values.
#[derive(Default)]
struct Used<'d> {
    labels: Vec<&'d str>,
    values: Vec<String>,
    units: Vec<String>,
}

/// Adds `v` to `list` unless it is there already.
fn add_once(list: &mut Vec<String>, v: String) {
    if !list.contains(&v) {
        list.push(v);
    }
}

/// The `.ann` of one document, after checking every span; what it uses is
/// added to `used`.
fn ann<'d>(d: &'d Document, used: &mut Used<'d>) -> Result<String, ExportError> {
    let ck = Checked::new(ABOUT.id, ABOUT.unit, d);
    let mut out = String::new();
    for (i, s) in d.spans.iter().enumerate() {
        ck.offsets(i, s)?;
        let (offsets, text) = fragments(&ck, i, s)?;
        put(&mut out, 'T', i + 1, &[s.label.as_str(), " ", &offsets], Some(&text));
        used.labels.push(s.label.as_str());
    }
    let (mut attr, mut rel, mut note) = (0, 0, 0);
    let all: Vec<usize> = (0..d.spans.len()).collect();
    for (i, s) in d.spans.iter().enumerate() {
        let t = num_text(i + 1);
        if let Some(n) = s.number() {
            let mut attr_line = |out: &mut String, name: &str, v: &str| {
                attr += 1;
                put(out, 'A', attr, &[name, " T", &t, " ", v], None);
            };
            if let Some(v) = &n.value {
                let v = value_text(v);
                attr_line(&mut out, VALUE, &v);
                add_once(&mut used.values, v);
            }
            if let Some(u) = &n.unit {
                let u = token(u);
                attr_line(&mut out, UNIT, &u);
                add_once(&mut used.units, u);
            }
            attr_line(&mut out, KIND, n.kind.as_str());
        }
        // A span has an entity or a speaker, never both.
        let mut noted = s.entity();
        if let Some(speaker) = s.speaker() {
            match crate::out::speaker_span(d, &all, i, speaker) {
                Some(p) => {
                    rel += 1;
                    let to = num_text(p + 1);
                    put(&mut out, 'R', rel, &[SPEAKER_RELATION, " Arg1:T", &t, " Arg2:T", &to], None);
                }
                None => noted = Some(speaker),
            }
        }
        if let Some(text) = noted {
            note += 1;
            put(&mut out, '#', note, &[NOTES, " T", &t], Some(&field(text)));
        }
    }
    Ok(out)
}

/// Appends one `.ann` line as [`Line::parse`] reads it: its id (its kind
/// and number), a tab, its definition's parts, and for `T` and `#` lines
/// a tab and the text. Every line of the writer goes through it.
#[inline(never)]
fn put(out: &mut String, kind: char, n: usize, def: &[&str], text: Option<&str>) {
    out.push(kind);
    num(out, n);
    out.push('\t');
    for p in def {
        out.push_str(p);
    }
    if let Some(t) = text {
        out.push('\t');
        out.push_str(t);
    }
    out.push('\n');
}

/// One `.ann` line as brat's standoff grammar cuts it: its id, whose first
/// character is the line's kind (`T`, `A`, `R`, `#`; other kinds, such as
/// events, are passed over), its definition (words separated by spaces),
/// and what follows a second tab, if anything: a `T` line's text (which
/// may hold tabs) or a note's. [`put`] writes it.
struct Line<'a> {
    id: &'a str,
    def: &'a str,
    text: Option<&'a str>,
}

impl<'a> Line<'a> {
    fn parse(line: &'a str) -> Line<'a> {
        // Cut at the first two tabs by `split_once`, already on the page
        // (a `splitn` would bring its own iterator for this alone).
        let Some((id, rest)) = line.split_once('\t') else { return Line { id: line, def: "", text: None } };
        let (def, text) = match rest.split_once('\t') {
            Some((def, text)) => (def, Some(text)),
            None => (rest, None),
        };
        Line { id, def, text }
    }

    /// Its kind: the id's first character.
    fn kind(&self) -> Option<char> {
        self.id.chars().next()
    }
}

/// A `T` line's offsets and text: the span's range cut at line breaks into
/// fragments (`0 5;6 9`), their texts joined by a space (brat's rule), the
/// joined text checked like any written text.
fn fragments(ck: &Checked<'_>, i: usize, s: &Span) -> Result<(String, String), ExportError> {
    let (mut offsets, mut text, mut expected) = (String::new(), String::new(), String::new());
    let mut at = s.start.0;
    for piece in s.text.split(['\n', '\r']) {
        let n = piece.chars().count();
        if n > 0 {
            if !offsets.is_empty() {
                offsets.push(';');
                text.push(' ');
                expected.push(' ');
            }
            num(&mut offsets, at);
            offsets.push(' ');
            num(&mut offsets, at + n);
            text.push_str(ck.index().slice(CharOffset(at), CharOffset(at + n)).unwrap_or_default());
            expected.push_str(piece);
        }
        at += n + 1;
    }
    if offsets.is_empty() {
        // A span of line breaks only: one empty fragment at its end.
        num(&mut offsets, s.end.0);
        offsets.push(' ');
        num(&mut offsets, s.end.0);
    }
    ck.same_as(i, s, &expected, &text)?;
    Ok((offsets, text))
}

/// The collection's `annotation.conf`: every label (ours, then those
/// used), the speaker relation, and the number attributes with every value
/// used (brat lists an attribute's values).
fn conf(used: &Used<'_>) -> String {
    let mut labels: Vec<&str> = Label::BUILT_IN.iter().map(Label::as_str).collect();
    labels.extend_from_slice(&used.labels);
    let (values, units) = (&used.values, &used.units);
    let mut out = String::from("[entities]\n");
    for l in once(&labels) {
        line(&mut out, &[l]);
    }
    out.push_str(CONF_MIDDLE);
    // Each value once: `Used` keeps them so.
    for (name, vals) in [(VALUE, values), (UNIT, units)] {
        for (k, v) in vals.iter().enumerate() {
            out.push_str(if k == 0 { name } else { "|" });
            if k == 0 {
                out.push_str(" Arg:NUMBER, Value:");
            }
            out.push_str(v);
        }
        if !vals.is_empty() {
            out.push('\n');
        }
    }
    out.push_str(KIND_LINE);
    out
}

/// `annotation.conf` between the labels and the number attributes: the
/// speaker relation ([`SPEAKER_RELATION`]), brat's overlap rule, no events.
/// Literal text, not a line written per part: the calls cost the page more.
const CONF_MIDDLE: &str = "\n[relations]\nSpeaker Arg1:QUOTE, Arg2:PERSON\n\
                           <OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n";
/// `annotation.conf`'s last line: the [`KIND`] attribute with every number
/// kind (a test checks it against `NumberKind`).
const KIND_LINE: &str = "Kind Arg:NUMBER, Value:cardinal|ordinal|percent|money|measure|range|date\n";

/// One document from its text and `.ann` (named `ann_name`; the
/// document's id is its stem).
fn read_pair<'a>(i: usize, ann_name: &str, text: &str, ann: &'a str) -> Result<Document, ReadError> {
    let ix = OffsetIndex::new(text);
    let id = stem_of(ann_name);
    let bad = |line: usize, what: &str, text: &str| bad_line(ann_name, line, what, text);
    let mut spans: Vec<build::Read> = Vec::new();
    // Two passes over the lines: the `T` lines first, then the lines that
    // point at them (read again, not kept in a list).
    for (n, raw) in ann.lines().enumerate() {
        let n = n + 1;
        let raw = raw.trim_end_matches('\r');
        let line = Line::parse(raw);
        if line.kind() != Some('T') {
            continue;
        }
        let (tid, Some(given)) = (line.id, line.text) else {
            return Err(bad(n, "not a text-bound annotation: ", raw));
        };
        let Some((label, frags)) = line.def.split_once(' ') else { return Err(bad(n, "no offsets in ", line.def)) };
        let doc = [ann_name, ", ", tid].concat();
        let (mut first, mut last, mut joined) = (usize::MAX, 0, String::new());
        for frag in frags.split(';') {
            // Two numbers and one space: a second space fails the parse.
            let ends = frag.split_once(' ').map(|(a, b)| (a.parse::<usize>(), b.parse::<usize>()));
            let Some((Ok(a), Ok(b))) = ends else {
                return Err(bad(n, "bad offsets ", frags));
            };
            let (s, e, t) = crate::check::read_span(&ix, Unit::CodePoint, &doc, (a, b), None)?;
            if first != usize::MAX {
                joined.push(' ');
            }
            joined.push_str(&t);
            (first, last) = (first.min(s.0), last.max(e.0));
        }
        crate::check::same_text(&doc, (first, last), Unit::CodePoint, given, &joined)?;
        let span_text = ix.slice(CharOffset(first), CharOffset(last)).unwrap_or_default().to_string();
        spans.push((tid.to_string(), build::span(first, last, label, None, Origin::User), span_text));
    }
    for (n, raw) in ann.lines().enumerate() {
        let (n, line) = (n + 1, Line::parse(raw.trim_end_matches('\r')));
        if line.kind() == Some('T') {
            continue;
        }
        // The definition's first three words: all that an `A`, `R` or `#`
        // line holds besides a note's text.
        let mut words = line.def.split(' ');
        let (w0, w1, w2) = (words.next().unwrap_or_default(), words.next(), words.next());
        let find = |id: &str| match spans.iter().position(|(t, _, _)| t == id) {
            Some(k) => Ok(k),
            None => Err(bad(n, "no annotation ", id)),
        };
        match (line.kind(), w1, line.text) {
            (Some('A'), Some(target), None) => {
                let k = find(target)?;
                number_attr(&mut spans[k].1, w0, w2);
            }
            (Some('R'), Some(a1), None) => {
                let arg = |a: &'a str| a.split_once(':').map(|(_, t)| t);
                let (Some(q), Some(p), true) = (arg(a1), w2.and_then(arg), w0.eq_ignore_ascii_case(SPEAKER_RELATION))
                else {
                    continue;
                };
                find(q)?;
                find(p)?;
                build::relate(&mut spans, q, p);
            }
            // A note's text holds no tab.
            (Some('#'), Some(target), Some(text)) if w0 == NOTES && !text.contains('\t') => {
                let k = find(target)?;
                let s = &mut spans[k].1;
                let key = match build::label_of(s) {
                    "QUOTE" => build::SPEAKER,
                    "PERSON" | "PLACE" => "entity",
                    _ => continue,
                };
                build::set(s, key, text.into());
            }
            _ => {}
        }
    }
    // A relation names its person by entity: notes read after it may have set it.
    build::document(i, [Some(id.to_string()), Some([id, ".txt"].concat()), None, None], text.to_string(), false, spans)
        .map_err(|message| ReadError::shape(ann_name.to_string(), message))
}

/// Line `line` of `.ann` file `ann` refused: `what` it is, then `text`.
/// One function for the reader's every refusal (a closure would be
/// written out at each).
#[inline(never)]
fn bad_line(ann: &str, line: usize, what: &str, text: &str) -> ReadError {
    ReadError::shape([ann, ", line ", &num_text(line)].concat(), [what, text].concat())
}

/// A number attribute onto its NUMBER span (kept as the labelled JSON
/// writes them; other attributes are passed over). A value or a unit
/// without a kind makes the number a cardinal.
fn number_attr(s: &mut Map<String, Value>, name: &str, value: Option<&str>) {
    let Some(v) = value else { return };
    if build::label_of(s) != "NUMBER" {
        return;
    }
    let number = |x: &str| x.parse::<f64>().ok().map(Value::from);
    let (key, value) = match name {
        VALUE => {
            let parsed = match range_ends(v) {
                Some((a, b)) => number(a).zip(number(b)).map(|(min, max)| {
                    let mut range = Map::new();
                    build::set(&mut range, "min", min);
                    build::set(&mut range, "max", max);
                    Value::Object(range)
                }),
                None => number(v),
            };
            ("value", parsed.unwrap_or_else(|| v.into()))
        }
        UNIT => ("unit", v.into()),
        KIND => ("kind", v.into()),
        _ => return,
    };
    build::set(s, key, value);
    if !s.contains_key("kind") {
        build::set(s, "kind", NumberKind::Cardinal.as_str().into());
    }
}

/// A `Value` range's two ends (`2..3`), found byte by byte: `..` is ASCII,
/// so a byte match is a character boundary (a `str` pattern search would
/// bring the page a substring searcher for this alone).
fn range_ends(v: &str) -> Option<(&str, &str)> {
    let at = v.as_bytes().windows(RANGE.len()).position(|w| w == RANGE.as_bytes())?;
    Some((v.get(..at)?, v.get(at + RANGE.len()..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_written_is_read_back_in_its_parts() {
        let mut out = String::new();
        put(&mut out, 'T', 12, &["PERSON", " ", "0 5;6 9"], Some("Ann\tLee"));
        put(&mut out, 'A', 3, &[VALUE, " T", "12", " ", "2..3"], None);
        let lines: Vec<(&str, &str, Option<&str>, Option<char>)> =
            out.lines().map(Line::parse).map(|l| (l.id, l.def, l.text, l.kind())).collect();
        assert_eq!(
            lines,
            [("T12", "PERSON 0 5;6 9", Some("Ann\tLee"), Some('T')), ("A3", "Value T12 2..3", None, Some('A'))]
        );
        assert_eq!((Line::parse("").kind(), Line::parse("E1").def), (None, ""));
    }

    #[test]
    fn a_range_value_is_cut_at_its_two_dots() {
        assert_eq!(range_ends("2.5..3"), Some(("2.5", "3")));
        assert_eq!(range_ends("-1..é"), Some(("-1", "é")));
        assert_eq!((range_ends("12000"), range_ends("2.5"), range_ends("")), (None, None, None));
    }

    #[test]
    fn the_conf_lists_every_number_kind() {
        use NumberKind::*;
        // A new kind fails to compile here until it is listed.
        let listed = |k: NumberKind| match k {
            Cardinal | Ordinal | Percent | Money | Measure | Range | Date => k.as_str(),
        };
        let all: Vec<&str> = [Cardinal, Ordinal, Percent, Money, Measure, Range, Date].map(listed).to_vec();
        assert_eq!(KIND_LINE, [KIND, " Arg:NUMBER, Value:", &all.join("|"), "\n"].concat());
        assert!(CONF_MIDDLE.contains(&[SPEAKER_RELATION, " Arg1:QUOTE"].concat()));
    }
}
