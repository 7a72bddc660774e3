//! The `article-annotator/1` labelled JSON: reading, checking and writing.
//!
//! Reading accepts what `eval/score.py` accepts: a corpus object
//! (`{"schema", "documents"}`), a single document object, or a list of
//! documents. Every span is checked against its document's text; a bad file
//! is refused whole with a [`JsonError`] that says where, never half-read.

use serde::{Deserialize, Serialize};
use serde_json::Value;

mod parse;
mod wire;
mod write;

pub use parse::{parse, SyntaxError};

use crate::span::{Attrs, NumberAttrs, NumberKind, NumberValue, Origin, Span, SpanView};
use crate::{CharOffset, Label, OffsetIndex};

/// The schema name written into every export.
pub const SCHEMA: &str = "article-annotator/1";

/// One document: its text, its spans and its review state.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub name: String,
    pub text: String,
    pub reviewed: bool,
    /// Who corrected it (free text), if the person gave a name.
    pub annotator: Option<String>,
    /// ISO 8601 time of the last edit, if it was edited here.
    pub modified: Option<String>,
    /// Sorted by [`Span::order_key`].
    pub spans: Vec<Span>,
}

/// Several documents: what an export holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    pub documents: Vec<Document>,
}

/// Why a labelled JSON file was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum JsonError {
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error("unknown schema {0:?} (expected \"article-annotator/1\")")]
    WrongSchema(String),
    #[error("the file holds no documents")]
    NoDocuments,
    #[error("document {doc}: {message}")]
    Shape { doc: usize, message: String },
    #[error("document {doc}, span {start}..{end}: outside the text ({len} characters)")]
    SpanOutOfRange { doc: usize, start: usize, end: usize, len: usize },
    #[error("document {doc}, span {start}..{end}: text {given:?} differs from the document's {actual:?}")]
    SpanTextMismatch { doc: usize, start: usize, end: usize, given: String, actual: String },
}

impl Document {
    /// Reads one document object of the labelled JSON (what a corpus's
    /// `documents` list holds, or one line of JSON Lines), checking every
    /// span against its text. `i` is its position, for error messages.
    pub fn from_value(i: usize, value: Value) -> Result<Document, JsonError> {
        read_document(i, value)
    }

    /// The document as one line of compact labelled JSON: one line of the
    /// JSON Lines export, read back by [`from_value`](Self::from_value).
    pub fn to_json_line(&self) -> String {
        let mut e = write::Emitter::in_memory(false, write::capacity(std::slice::from_ref(self)));
        e.document(self);
        e.into_string()
    }

    /// A document with no spans yet.
    pub fn new(id: impl Into<String>, name: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            name: name.into(),
            text: text.into(),
            reviewed: false,
            annotator: None,
            modified: None,
            spans: Vec::new(),
        }
    }

    /// Puts the spans in the labelled JSON's order.
    pub fn sort_spans(&mut self) {
        crate::span::sort(&mut self.spans);
    }
}

impl Corpus {
    /// Reads labelled JSON, checking every span against its text.
    pub fn from_json(input: &str) -> Result<Corpus, JsonError> {
        let value = parse(input).map_err(|e| JsonError::Syntax {
            line: e.line,
            column: e.column,
            message: e.reason().into(),
        })?;
        let docs = match value {
            Value::Object(mut map) if map.contains_key("documents") => {
                if let Some(schema) = map.get("schema") {
                    if schema.as_str() != Some(SCHEMA) {
                        return Err(JsonError::WrongSchema(value_text(schema)));
                    }
                }
                // Taken, not removed: the map is dropped next, and its
                // `remove` (a B-tree's rebalancing) was 4 KB of the page's
                // wasm for this alone.
                match map.get_mut("documents").map(Value::take) {
                    Some(Value::Array(docs)) => docs,
                    _ => return Err(JsonError::Shape { doc: 0, message: "\"documents\" must be a list".into() }),
                }
            }
            Value::Object(map) if map.contains_key("text") => vec![Value::Object(map)],
            Value::Array(docs) => docs,
            _ => return Err(JsonError::NoDocuments),
        };
        if docs.is_empty() {
            return Err(JsonError::NoDocuments);
        }
        let documents =
            docs.into_iter().enumerate().map(|(i, d)| read_document(i, d)).collect::<Result<Vec<_>, _>>()?;
        Ok(Corpus { documents })
    }

    /// Writes the corpus as pretty-printed labelled JSON.
    pub fn to_json(&self) -> String {
        to_json(&self.documents)
    }
}

/// Writes documents as a pretty-printed labelled-JSON corpus (what
/// [`Corpus::to_json`] writes, without owning them).
pub fn to_json(documents: &[Document]) -> String {
    let mut e = write::Emitter::in_memory(true, write::capacity(documents));
    e.corpus(documents);
    e.into_string()
}

/// Spans as a compact JSON array of the labelled JSON's span objects (the
/// bytes `serde_json::to_string` writes for them), into a buffer reserved
/// once for the whole array.
pub fn spans_to_json(spans: &[Span]) -> String {
    let mut e = write::Emitter::in_memory(false, write::spans_capacity(spans));
    e.spans(spans.iter().map(Span::view));
    e.into_string()
}

/// Appends one span object to `out`, compact: the bytes of an item of
/// [`spans_to_json`] (the page's saved records hold spans).
pub fn push_span(out: &mut Vec<u8>, span: &Span) {
    let mut e = write::Emitter::after(std::mem::take(out));
    e.span(span.view());
    *out = e.buf;
}

/// Appends `s` to `out` as a JSON string, escaped as serde_json escapes it.
pub fn push_string(out: &mut Vec<u8>, s: &str) {
    let mut e = write::Emitter::after(std::mem::take(out));
    e.string(s);
    *out = e.buf;
}

/// A JSON value as compact JSON text, the bytes of its `to_string()`
/// (serde_json's `Display`, whose serialiser, compact and pretty, was 2.6 KB
/// of the page's code for a few messages that quote a value): strings
/// escaped by the labelled JSON's writer, numbers as serde_json writes
/// them, an object's keys in its order.
pub fn value_text(v: &Value) -> String {
    let mut out = Vec::new();
    push_value(&mut out, v);
    // Only UTF-8 was written: the strings' escapes, and ASCII around them.
    String::from_utf8(out).unwrap_or_default()
}

/// `[a,b,…]`, each item written by `item`.
pub fn push_list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn push_value(out: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(s) => push_string(out, s),
        Value::Array(items) => push_list(out, items, push_value),
        Value::Object(fields) => {
            out.push(b'{');
            for (k, (key, item)) in fields.iter().enumerate() {
                if k > 0 {
                    out.push(b',');
                }
                push_string(out, key);
                out.push(b':');
                push_value(out, item);
            }
            out.push(b'}');
        }
    }
}

/// The compact JSON array [`spans_to_json`] returns for these spans, the
/// same text, handed to `each` a chunk at a time (each chunk ends after a
/// whole span, so it is whole UTF-8): a long array is never held whole (the
/// page's engine turns each chunk into a JavaScript string at once, where a
/// 10 MB article's 24 MB array set its wasm memory's peak). The spans are
/// views ([`Span::view`]), read as they are written: the engine makes each
/// from an extraction and the text, and never holds a [`Span`].
pub fn spans_to_json_chunks<'s>(spans: impl IntoIterator<Item = SpanView<'s>>, each: &mut dyn FnMut(&str)) {
    let mut e = write::Emitter::into_text(false, each);
    e.spans(spans);
    // Handing text on cannot fail.
    let _ = e.finish();
}

/// Writes documents as the pretty-printed labelled-JSON corpus that
/// [`to_json`] returns, the same bytes, into `out` a chunk at a time, so a
/// large export is never held in memory (the CLI's output). The only
/// errors are `out`'s.
pub fn write_json(documents: &[Document], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut e = write::Emitter::into_output(true, out);
    e.corpus(documents);
    e.finish()
}

/// A labelled document in pieces that can be made apart, each by itself
/// and on any thread, and written in order: the pretty corpus
/// [`write_json`] writes, or a line of [`json_lines`]. For a corpus,
/// [`start`](pieces::start), each document's pieces, then
/// [`end`](pieces::end); a document's pieces are
/// [`document_start`](pieces::document_start) (its id, name and text:
/// known before its spans are, so the CLI escapes a text while extraction
/// runs), [`document_fields`](pieces::document_fields), its spans in runs
/// of any length ([`spans`](pieces::spans), in order) and
/// [`document_end`](pieces::document_end) (and a line break, for a line).
/// Together they are the same bytes (a test holds them equal for every
/// way of cutting the spans into runs). Each piece is appended to a
/// buffer, which is returned.
pub mod pieces {
    use super::write::{self, Place, CORPUS_DOCUMENT_LEVEL};
    use super::{Document, Span, SpanView};

    /// Where a document's pieces go.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Layout {
        /// Into the pretty corpus of [`write_json`](super::write_json).
        Corpus,
        /// Into one compact line of [`json_lines`](super::json_lines).
        Line,
    }

    impl Layout {
        fn place(self) -> Place {
            match self {
                Layout::Corpus => Place { pretty: true, level: CORPUS_DOCUMENT_LEVEL },
                Layout::Line => Place { pretty: false, level: 0 },
            }
        }
    }

    /// The corpus's opening, up to its documents' opening bracket.
    pub fn start(out: Vec<u8>) -> Vec<u8> {
        write::corpus_start(out)
    }

    /// Document number `nth` (from 0; a line's is 0) up to the end of its
    /// text: the separator before it, its id, name and text. Its spans are
    /// not read.
    pub fn document_start(out: Vec<u8>, layout: Layout, nth: usize, d: &Document) -> Vec<u8> {
        write::document_start(out, layout.place(), nth, d)
    }

    /// What [`document_start`] appends, written into `out` as it is made
    /// instead: the text a chunk at a time, never held whole (a 10 MB
    /// text's escaping is not a 10 MB buffer). The only errors are `out`'s.
    pub fn document_start_to(
        out: &mut dyn std::io::Write,
        layout: Layout,
        nth: usize,
        d: &Document,
    ) -> std::io::Result<()> {
        write::document_start_to(out, layout.place(), nth, d)
    }

    /// At least the bytes [`document_start`] appends (exactly, but for a
    /// few of the frame's): a buffer with this capacity is never grown.
    pub fn document_start_len(d: &Document) -> usize {
        write::document_start_len(d)
    }

    /// A document's fields after its text, up to its spans' opening bracket.
    pub fn document_fields(out: Vec<u8>, layout: Layout, d: &Document) -> Vec<u8> {
        write::document_fields(out, layout.place(), d)
    }

    /// A run of a document's spans, in order; `first` when the run begins
    /// with its first span.
    pub fn spans(out: Vec<u8>, layout: Layout, spans: &[Span], first: bool) -> Vec<u8> {
        write::spans_run(out, layout.place(), spans.iter().map(Span::view), first)
    }

    /// What [`spans`] appends for the spans these views borrow: for a
    /// caller that holds their fields elsewhere (the CLI's extractions and
    /// the text) and makes no [`Span`] of them.
    pub fn span_views<'s>(
        out: Vec<u8>,
        layout: Layout,
        views: impl IntoIterator<Item = SpanView<'s>>,
        first: bool,
    ) -> Vec<u8> {
        write::spans_run(out, layout.place(), views, first)
    }

    /// A document's end, after its last run (`any_spans`: it has a span).
    pub fn document_end(out: Vec<u8>, layout: Layout, any_spans: bool) -> Vec<u8> {
        write::document_end(out, layout.place(), any_spans)
    }

    /// The corpus's end, after its last document (`any_documents`: it has one).
    pub fn end(out: Vec<u8>, any_documents: bool) -> Vec<u8> {
        write::corpus_end(out, any_documents)
    }
}

/// Documents as JSON Lines: each one's [`Document::to_json_line`] and a
/// line break, written into one buffer reserved once (not each line built
/// on its own and copied into a growing one).
pub fn json_lines(documents: &[Document]) -> String {
    let mut e = write::Emitter::in_memory(false, write::capacity(documents) + documents.len());
    for d in documents {
        e.document(d);
        e.line_break();
    }
    e.into_string()
}

/// A document as it is read (written by [`write::Emitter::document`]):
/// from a JSON value by `wire::document`, which reads it as this derive
/// does (its tests hold the two equal); the derive reads a `Span` alone.
#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
struct WireDocument {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    text: String,
    #[serde(default)]
    reviewed: bool,
    #[serde(default)]
    annotator: Option<String>,
    #[serde(default)]
    modified: Option<String>,
    #[serde(default)]
    spans: Vec<WireSpan>,
}

/// A span as it is read (written by the writer's `span_fields`): optional
/// fields appear only for the labels that have them, and
/// `speaker`/`value`/`unit` may be an explicit `null`.
#[derive(Deserialize)]
#[cfg_attr(test, derive(Debug))]
struct WireSpan {
    start: usize,
    end: usize,
    label: Label,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    entity: Option<String>,
    #[serde(default)]
    kind: Option<NumberKind>,
    #[serde(default, deserialize_with = "present")]
    value: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    unit: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    speaker: Option<Value>,
    #[serde(default)]
    origin: Origin,
    /// An `auto` span a person confirmed unchanged (written only when true).
    #[serde(default)]
    checked: bool,
}

/// Tells a field that is present but `null` (`Some(Value::Null)`) from one
/// that is absent (`None`, through `#[serde(default)]`).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

fn read_document(i: usize, value: Value) -> Result<Document, JsonError> {
    let wire = wire::document(value).map_err(|message| JsonError::Shape { doc: i, message })?;
    let spans = read_spans(i, &wire.text, wire.spans)?;
    let id = wire.id.unwrap_or_else(|| format!("doc-{}", i + 1));
    let name = wire.name.unwrap_or_else(|| id.clone());
    let mut doc = Document {
        id,
        name,
        text: wire.text,
        reviewed: wire.reviewed,
        annotator: wire.annotator,
        modified: wire.modified,
        spans,
    };
    doc.sort_spans();
    Ok(doc)
}

/// Document `i`'s spans as read (`wire`), each checked against `text`,
/// its own text taken from there. None read: no offset index made (a pass
/// over the text, a tenth of a plain archive line's work besides
/// extraction).
fn read_spans(i: usize, text: &str, wire: Vec<WireSpan>) -> Result<Vec<Span>, JsonError> {
    if wire.is_empty() {
        return Ok(Vec::new());
    }
    let ix = OffsetIndex::new(text);
    let len = ix.char_len().0;
    let mut spans = Vec::with_capacity(wire.len());
    for w in wire {
        let (start, end) = (w.start, w.end);
        if !(start < end && end <= len) {
            return Err(JsonError::SpanOutOfRange { doc: i, start, end, len });
        }
        // Both offsets were just checked to be within the text.
        let actual = ix.slice(CharOffset(start), CharOffset(end)).unwrap_or_default();
        if let Some(given) = &w.text {
            if given != actual {
                return Err(JsonError::SpanTextMismatch {
                    doc: i,
                    start,
                    end,
                    given: given.clone(),
                    actual: actual.to_string(),
                });
            }
        }
        let attrs = read_attrs(&w).map_err(|message| JsonError::Shape { doc: i, message })?;
        let origin = w.origin();
        spans.push(Span {
            start: CharOffset(start),
            end: CharOffset(end),
            label: w.label,
            text: actual.to_string(),
            attrs,
            origin,
        });
    }
    Ok(spans)
}

impl WireSpan {
    /// The origin, `checked` folded in (only an `auto` span can be checked).
    fn origin(&self) -> Origin {
        match self.origin {
            Origin::Auto if self.checked => Origin::Checked,
            o => o,
        }
    }
}

fn read_attrs(w: &WireSpan) -> Result<Attrs, String> {
    if let Some(speaker) = &w.speaker {
        return match speaker {
            Value::Null => Ok(Attrs::Quote { speaker: None }),
            Value::String(s) => Ok(Attrs::Quote { speaker: Some(s.clone()) }),
            other => Err(["speaker must be a name or null, not ", &value_text(other)].concat()),
        };
    }
    if let Some(kind) = w.kind {
        let value = match &w.value {
            None | Some(Value::Null) => None,
            Some(v) => Some(read_value(v)?),
        };
        let unit = match &w.unit {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => return Err(["unit must be a string or null, not ", &value_text(other)].concat()),
        };
        return Ok(Attrs::Number(NumberAttrs { kind, value, unit }));
    }
    Ok(match &w.entity {
        Some(e) => Attrs::Entity(e.clone()),
        None => Attrs::None,
    })
}

fn read_value(v: &Value) -> Result<NumberValue, String> {
    match v {
        Value::Number(n) => n.as_f64().map(NumberValue::Number).ok_or_else(|| format!("bad number {n}")),
        Value::String(s) => Ok(NumberValue::Date(s.clone())),
        Value::Object(m) => match (m.get("min").and_then(Value::as_f64), m.get("max").and_then(Value::as_f64)) {
            (Some(min), Some(max)) => Ok(NumberValue::Range { min, max }),
            _ => Err(["a range value needs numeric min and max, not ", &value_text(v)].concat()),
        },
        other => Err(["value must be a number, range or date, not ", &value_text(other)].concat()),
    }
}

/// A NUMBER's attributes as the labelled JSON writes them, one compact JSON
/// object with its keys sorted (as a `serde_json::Map` keeps them):
/// `{"kind":"range","unit":"day","value":{"max":3,"min":2}}`.
pub fn number_attrs_json(n: &NumberAttrs) -> String {
    write::number_attrs(n)
}

/// A number as the labelled JSON writes it: whole numbers without a
/// decimal point (`12000`), others in their shortest form (`0.6667`),
/// `null` for a value JSON cannot hold (NaN, infinity).
pub fn number_text(x: f64) -> String {
    write::number_text(x)
}

/// A span on its own serialises exactly as in the labelled JSON (used by
/// saved undo histories). Reading one back needs its `text`, since there is
/// no document to check it against.
impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write::SpanOut(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let w = WireSpan::deserialize(d)?;
        let attrs = read_attrs(&w).map_err(D::Error::custom)?;
        if w.start >= w.end {
            return Err(D::Error::custom(format!("empty span {}..{}", w.start, w.end)));
        }
        let origin = w.origin();
        Ok(Span {
            start: CharOffset(w.start),
            end: CharOffset(w.end),
            label: w.label,
            text: w.text.ok_or_else(|| D::Error::missing_field("text"))?,
            attrs,
            origin,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{"schema": "article-annotator/1", "documents": [{
        "id": "d1", "name": "d1.txt", "reviewed": true, "annotator": "Ada", "modified": "2025-06-02T10:00:00.000Z",
        "text": "😀 Peskov said two to three days, \"ok\" 12,000",
        "spans": [
          {"start": 38, "end": 44, "label": "NUMBER", "text": "12,000", "kind": "cardinal", "value": 12000, "unit": null},
          {"start": 2, "end": 8, "label": "PERSON", "text": "Peskov", "entity": "Dmitry Peskov", "origin": "user"},
          {"start": 14, "end": 31, "label": "NUMBER", "kind": "range", "value": {"min": 2, "max": 3}, "unit": "day"},
          {"start": 33, "end": 37, "label": "QUOTE", "text": "\"ok\"", "speaker": null, "checked": true}
        ]}]}"#;

    #[test]
    fn a_value_is_written_as_serde_json_displays_it() {
        let values = [
            serde_json::json!(null),
            serde_json::json!([true, false, 0, -7, 18446744073709551615u64, 1.5, 1.0, 1e21, 2.5e-8, -0.0]),
            serde_json::json!({"b": "a\"b\\c\nd\re\tf\u{1}\u{7f}g😀é", "a": [], "c": {}, "d": [{"x": null}]}),
            serde_json::json!("\u{8}\u{c}\u{1f} </script>"),
        ];
        for v in values {
            assert_eq!(value_text(&v), v.to_string());
        }
    }

    #[test]
    fn reads_every_attribute_and_sorts_spans_by_start() {
        let c = Corpus::from_json(SAMPLE).unwrap();
        let d = &c.documents[0];
        assert!(d.reviewed);
        let starts: Vec<usize> = d.spans.iter().map(|s| s.start.0).collect();
        assert_eq!(starts, [2, 14, 33, 38]);
        assert_eq!(d.spans[0].entity(), Some("Dmitry Peskov"));
        assert_eq!(d.spans[0].origin, Origin::User);
        assert_eq!(d.spans[1].text, "two to three days", "missing text is filled from the document");
        assert_eq!(d.spans[1].number().unwrap().value, Some(NumberValue::Range { min: 2.0, max: 3.0 }));
        assert_eq!(d.spans[2].attrs, Attrs::Quote { speaker: None });
        assert_eq!(d.spans[2].origin, Origin::Checked, "auto + checked");
        assert_eq!((d.annotator.as_deref(), d.modified.as_deref()), (Some("Ada"), Some("2025-06-02T10:00:00.000Z")));
    }

    #[test]
    fn a_span_or_a_string_appended_is_the_bytes_of_the_writer() {
        let spans = Corpus::from_json(SAMPLE).unwrap().documents.remove(0).spans;
        let mut out = b"[".to_vec();
        for (i, span) in spans.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            push_span(&mut out, span);
        }
        out.push(b']');
        assert_eq!(String::from_utf8(out).unwrap(), spans_to_json(&spans));
        let text = "a\"\\\n\u{1}\u{7f} 😀";
        let mut out = b"x".to_vec();
        push_string(&mut out, text);
        assert_eq!(String::from_utf8(out).unwrap(), format!("x{}", serde_json::to_string(text).unwrap()));
    }

    #[test]
    fn json_lines_are_each_documents_line_and_a_break() {
        let mut docs = Corpus::from_json(SAMPLE).unwrap().documents;
        docs.push(Document::new("b", "b.txt", "Kyiv \"x\"\n"));
        let want: String = docs.iter().map(|d| d.to_json_line() + "\n").collect();
        assert_eq!(json_lines(&docs), want);
        assert_eq!(json_lines(&[]), "");
    }

    #[test]
    fn one_document_goes_to_a_json_object_and_back() {
        let c = Corpus::from_json(SAMPLE).unwrap();
        let d = &c.documents[0];
        let line = d.to_json_line();
        assert!(!line.contains('\n'), "one line: {line}");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["spans"][0]["entity"], "Dmitry Peskov");
        assert_eq!(&Document::from_value(0, v).unwrap(), d);
        let err = Document::from_value(3, serde_json::json!({"text": 5})).unwrap_err();
        assert!(matches!(err, JsonError::Shape { doc: 3, .. }), "{err}");
    }

    #[test]
    fn export_then_import_gives_back_the_same_corpus() {
        let c = Corpus::from_json(SAMPLE).unwrap();
        let json = c.to_json();
        assert!(json.contains("\"value\": 12000,"), "integers stay integers: {json}");
        assert!(json.contains("\"speaker\": null"));
        assert_eq!(json.matches("\"checked\": true").count(), 1, "only the checked span says so: {json}");
        assert!(json.contains("\"annotator\": \"Ada\"") && json.contains("\"modified\": \"2025-06-02"));
        assert_eq!(Corpus::from_json(&json).unwrap(), c);
    }

    #[test]
    fn writing_into_a_writer_gives_the_bytes_to_json_returns() {
        let c = Corpus::from_json(SAMPLE).unwrap();
        let mut out = Vec::new();
        write_json(&c.documents, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), c.to_json());
        // A writer that refuses gives its error back, never a panic.
        let mut full: &mut [u8] = &mut [0; 16];
        let err = write_json(&c.documents, &mut full).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::WriteZero);
    }

    #[test]
    fn reads_the_shared_gold_files() {
        let gold = annotator_testdata::shared_path("corpus/gold");
        let mut n = 0;
        for path in annotator_testdata::files_with_extension(&gold, "json") {
            let text = std::fs::read_to_string(path).unwrap();
            let c = Corpus::from_json(&text).unwrap();
            assert_eq!(Corpus::from_json(&c.to_json()).unwrap(), c);
            n += c.documents.len();
        }
        assert_eq!(n, 5);
    }

    #[test]
    fn a_span_alone_round_trips_through_serde() {
        let c = Corpus::from_json(SAMPLE).unwrap();
        for span in &c.documents[0].spans {
            let json = serde_json::to_string(span).unwrap();
            assert_eq!(&serde_json::from_str::<Span>(&json).unwrap(), span);
        }
    }

    #[test]
    fn malformed_files_are_refused_with_a_reason() {
        let cases: &[(&str, &str)] = &[
            ("{", "not valid JSON"),
            ("{\"schema\": \"other/2\", \"documents\": []}", "unknown schema"),
            ("{\"documents\": []}", "no documents"),
            ("42", "no documents"),
            (r#"[{"text": "abc", "spans": [{"start": 1, "end": 9, "label": "PLACE"}]}]"#, "outside the text"),
            (r#"[{"text": "abc", "spans": [{"start": 2, "end": 1, "label": "PLACE"}]}]"#, "outside the text"),
            (r#"[{"text": "abc", "spans": [{"start": 0, "end": 1, "label": "PLACE", "text": "b"}]}]"#, "differs"),
            (r#"[{"text": "abc", "spans": [{"start": 0, "end": 1, "label": "place"}]}]"#, "label"),
            (r#"[{"text": 5}]"#, "document 0"),
        ];
        for (input, want) in cases {
            let err = Corpus::from_json(input).unwrap_err().to_string();
            assert!(err.contains(want), "{input}: {err}");
        }
    }

    /// A refusal says where once: its reason carries no second location.
    #[test]
    fn a_syntax_error_gives_its_place_once() {
        let err = Corpus::from_json("{\"documents\": [1,]}").unwrap_err().to_string();
        assert_eq!(err, "not valid JSON (line 1, column 18): trailing comma");
    }

    /// A file nested far deeper than any labelled file is refused at the
    /// reader's depth limit, as serde_json refuses it, not by exhausting
    /// the stack (the reader recurses once a level).
    #[test]
    fn deeply_nested_files_are_refused_without_exhausting_the_stack() {
        const DEPTH: usize = 100_000;
        for input in [
            "[".repeat(DEPTH),
            format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH)),
            format!("{{\"documents\": {}", "[{\"a\": ".repeat(DEPTH)),
        ] {
            let err = Corpus::from_json(&input).unwrap_err().to_string();
            assert!(err.contains("recursion limit exceeded"), "{err}");
        }
    }
}
