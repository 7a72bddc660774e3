//! Writing the labelled JSON straight from the documents.
//!
//! Borrowed views ([`DocumentOut`], [`SpanOut`]) serialise each document
//! and span where it lies, without first copying every text and span into
//! owned wire structs, and [`Pretty`] indents with one write a line where
//! serde_json's `PrettyFormatter` writes two bytes a level. The bytes are
//! the same as theirs (the tests in `json.rs` compare the two); an export
//! of a 10 MB document spends most of its writing time in these two steps.

use std::io;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::ser::Formatter;

use super::{Document, SCHEMA};
use crate::span::{Attrs, NumberAttrs, NumberValue, Span};

/// Whole numbers below this magnitude are written as JSON integers
/// (`12000`, not `12000.0`); past it an `f64` no longer holds every integer
/// exactly (2^53 ≈ 9.007e15), so it keeps its float form.
const WHOLE_NUMBER_LIMIT: f64 = 9.0e15;

/// The corpus object: `{"schema", "documents"}`.
pub(super) struct CorpusOut<'a>(pub &'a [Document]);

/// One document object, fields in the labelled JSON's order.
pub(super) struct DocumentOut<'a>(pub &'a Document);

/// One span object: optional fields appear only for the labels that have
/// them, and `speaker`/`value`/`unit` may be an explicit `null`.
pub(super) struct SpanOut<'a>(pub &'a Span);

struct SpansOut<'a>(&'a [Span]);
struct DocumentsOut<'a>(&'a [Document]);

/// A NUMBER's value: a number, a `{"max","min"}` range or a date string;
/// `None` writes `null`.
pub(super) struct ValueOut<'a>(pub Option<&'a NumberValue>);

/// A number as the labelled JSON writes it (see [`WHOLE_NUMBER_LIMIT`]).
struct NumberOut(f64);

impl Serialize for CorpusOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Corpus", 2)?;
        m.serialize_field("schema", SCHEMA)?;
        m.serialize_field("documents", &DocumentsOut(self.0))?;
        m.end()
    }
}

impl Serialize for DocumentsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(DocumentOut))
    }
}

impl Serialize for DocumentOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut m = s.serialize_struct("Document", 7)?;
        m.serialize_field("id", &d.id)?;
        m.serialize_field("name", &d.name)?;
        m.serialize_field("text", &d.text)?;
        m.serialize_field("reviewed", &d.reviewed)?;
        if let Some(annotator) = &d.annotator {
            m.serialize_field("annotator", annotator)?;
        }
        if let Some(modified) = &d.modified {
            m.serialize_field("modified", modified)?;
        }
        m.serialize_field("spans", &SpansOut(&d.spans))?;
        m.end()
    }
}

impl Serialize for SpansOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(SpanOut))
    }
}

impl Serialize for SpanOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let span = self.0;
        let mut m = s.serialize_struct("Span", 9)?;
        m.serialize_field("start", &span.start.0)?;
        m.serialize_field("end", &span.end.0)?;
        m.serialize_field("label", &span.label)?;
        m.serialize_field("text", &span.text)?;
        match &span.attrs {
            Attrs::None => {}
            Attrs::Entity(entity) => m.serialize_field("entity", entity)?,
            Attrs::Number(NumberAttrs { kind, value, unit }) => {
                m.serialize_field("kind", kind)?;
                m.serialize_field("value", &ValueOut(value.as_ref()))?;
                m.serialize_field("unit", unit)?;
            }
            Attrs::Quote { speaker } => m.serialize_field("speaker", speaker)?,
        }
        m.serialize_field("origin", &span.origin)?;
        if span.origin.checked() {
            m.serialize_field("checked", &true)?;
        }
        m.end()
    }
}

impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => s.serialize_unit(),
            Some(NumberValue::Number(x)) => NumberOut(*x).serialize(s),
            Some(NumberValue::Range { min, max }) => {
                // Keys in sorted order, as a `serde_json::Map` keeps them.
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("max", &NumberOut(*max))?;
                m.serialize_entry("min", &NumberOut(*min))?;
                m.end()
            }
            Some(NumberValue::Date(date)) => s.serialize_str(date),
        }
    }
}

impl Serialize for NumberOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let x = self.0;
        if x.fract() == 0.0 && x.abs() < WHOLE_NUMBER_LIMIT {
            // Whole and within ±2^53: the cast is exact.
            s.serialize_i64(x as i64)
        } else if x.is_finite() {
            s.serialize_f64(x)
        } else {
            // JSON has no NaN or infinity.
            s.serialize_unit()
        }
    }
}

/// Spaces for indentation, written a slice at a time.
const SPACES: &[u8; 64] = b"                                                                ";
/// Spaces a level, as serde_json's `to_string_pretty` indents.
const INDENT: usize = 2;

/// serde_json's `PrettyFormatter` with a two-space indent, writing a
/// line's indentation at once.
#[derive(Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    fn newline<W: ?Sized + io::Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        let mut left = self.level * INDENT;
        while left > 0 {
            let n = left.min(SPACES.len());
            w.write_all(&SPACES[..n])?;
            left -= n;
        }
        Ok(())
    }

    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(bracket)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, !first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Bytes to reserve for writing `docs`: their texts, and about this many
/// bytes a span (a pretty-printed span object with its own text runs to
/// 150–250 bytes), so that the buffer rarely grows.
const BYTES_PER_SPAN: usize = 200;

/// The capacity to reserve for writing `docs`.
pub(super) fn capacity(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.text.len() + d.spans.len() * BYTES_PER_SPAN).sum()
}

/// `value` written with `ser`'s formatter into a string. Writing plain
/// strings, numbers and maps into memory cannot fail, and serde_json writes
/// only UTF-8, so neither fallback is ever taken.
pub(super) fn to_string<T: Serialize, F: Formatter>(value: &T, formatter: F, capacity: usize) -> String {
    let mut out = Vec::with_capacity(capacity);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CharOffset, Corpus, Label, NumberKind, Origin};

    fn span(start: usize, text: &str, label: Label, attrs: Attrs, origin: Origin) -> Span {
        let end = start + text.chars().count();
        Span { start: CharOffset(start), end: CharOffset(end), label, text: text.into(), attrs, origin }
    }

    fn corpus() -> Vec<Document> {
        let number = |value, unit: Option<&str>| {
            Attrs::Number(NumberAttrs { kind: NumberKind::Cardinal, value, unit: unit.map(String::from) })
        };
        let mut d = Document::new("d1", "d1.txt", "😀 Peskov: \"ok\" 12,000 2-3 1e300 x");
        d.annotator = Some("Ada".into());
        d.spans = vec![
            span(2, "Peskov", Label::Person, Attrs::Entity("Dmitry Peskov".into()), Origin::Checked),
            span(10, "\"ok\"", Label::Quote, Attrs::Quote { speaker: None }, Origin::Auto),
            span(15, "12,000", Label::Number, number(Some(NumberValue::Number(12000.0)), None), Origin::User),
            span(
                22,
                "2-3",
                Label::Number,
                number(Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day")),
                Origin::Auto,
            ),
            span(26, "1e300", Label::Number, number(Some(NumberValue::Number(1e300)), None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Number(f64::NAN)), None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Number(0.25)), None), Origin::Auto),
            span(32, "x", Label::Number, number(None, None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Date("2025-06-02".into())), None), Origin::Auto),
            span(32, "x", Label::Other("TEAM".into()), Attrs::None, Origin::Auto),
        ];
        let empty = Document::new("d2", "d2", "");
        vec![d, empty]
    }

    #[test]
    fn pretty_writes_what_serde_json_pretty_writes() {
        let docs = corpus();
        let cases: [&dyn Fn() -> (String, String); 3] = [
            &|| {
                (
                    to_string(&CorpusOut(&docs), Pretty::default(), 0),
                    serde_json::to_string_pretty(&CorpusOut(&docs)).unwrap(),
                )
            },
            &|| {
                (
                    to_string(&DocumentOut(&docs[1]), Pretty::default(), 0),
                    serde_json::to_string_pretty(&DocumentOut(&docs[1])).unwrap(),
                )
            },
            // Deeper than `SPACES` holds at once.
            &|| {
                let mut deep = serde_json::json!("deep");
                for _ in 0..40 {
                    deep = serde_json::Value::Array(vec![deep]);
                }
                (to_string(&deep, Pretty::default(), 0), serde_json::to_string_pretty(&deep).unwrap())
            },
        ];
        for case in cases {
            let (ours, theirs) = case();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn each_label_writes_its_own_fields_and_numbers_keep_their_form() {
        let docs = corpus();
        let spans: Vec<String> = docs[0].spans.iter().map(|s| serde_json::to_string(&SpanOut(s)).unwrap()).collect();
        let want = [
            r#"{"start":2,"end":8,"label":"PERSON","text":"Peskov","entity":"Dmitry Peskov","origin":"auto","checked":true}"#,
            r#"{"start":10,"end":14,"label":"QUOTE","text":"\"ok\"","speaker":null,"origin":"auto"}"#,
            r#"{"start":15,"end":21,"label":"NUMBER","text":"12,000","kind":"cardinal","value":12000,"unit":null,"origin":"user"}"#,
            r#"{"start":22,"end":25,"label":"NUMBER","text":"2-3","kind":"cardinal","value":{"max":3,"min":2},"unit":"day","origin":"auto"}"#,
            r#"{"start":26,"end":31,"label":"NUMBER","text":"1e300","kind":"cardinal","value":1e+300,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":null,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":0.25,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":null,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":"2025-06-02","unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"TEAM","text":"x","origin":"auto"}"#,
        ];
        assert_eq!(spans, want);
        // What is written reads back (but the NaN, written as null).
        let back = Corpus::from_json(&to_string(&CorpusOut(&docs[..1]), Pretty::default(), 0)).unwrap();
        assert_eq!(back.documents[0].spans.len(), docs[0].spans.len());
    }
}
