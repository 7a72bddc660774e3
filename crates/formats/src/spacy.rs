//! `spacy`: spaCy / Prodigy JSON Lines, one record per document:
//! `{"text", "spans": [{"start", "end", "label", …}], "meta": {"id", "name",
//! "reviewed", "annotator", "modified"}}`,
//! offsets in code points (Python `str` indices, what `Doc.char_span`
//! takes). Each span also carries our own fields (`text`, `entity`,
//! `value`, `unit`, `kind`, `speaker`, `origin`, `checked`), which spaCy and Prodigy
//! pass over.
//!
//! Read: any such record (Prodigy's extra keys are ignored); labels are
//! mapped by [`crate::labels`]; a span's `text`, when present, must be the
//! text at its offsets; a span without `origin` was made in another tool
//! and counts as `user`.

use annotator_schema::{Document, Origin};
use serde_json::{Map, Value};

use crate::jsonl::{first_line, line_name, lines, OWN_FIELDS};
use crate::out::JsonText;
use crate::{build, check, labels, ExportError, Format, InFile, Keeps, OutFile, ReadError, Unit};

pub struct Spacy;

impl Format for Spacy {
    fn id(&self) -> &'static str {
        "spacy"
    }
    fn title(&self) -> &'static str {
        "spaCy / Prodigy JSONL"
    }
    fn keeps(&self) -> Keeps {
        Keeps::ALL
    }
    fn unit(&self) -> Unit {
        Unit::CodePoint
    }
    fn extension(&self) -> &'static str {
        "spacy.jsonl"
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        check::all(self.id(), self.unit(), docs)?;
        let mut out = String::new();
        for d in docs {
            let mut j = JsonText::default();
            // The spans as in the labelled JSON, written by its writer.
            let spans = annotator_schema::json::spans_to_json(&d.spans);
            j.raw("{")
                .key("text")
                .str(&d.text)
                .raw(",")
                .key("spans")
                .raw(&spans)
                .raw(",")
                .key("meta")
                .raw("{")
                .key("id")
                .str(&d.id)
                .raw(",")
                .key("name")
                .str(&d.name);
            j.raw(",").key("reviewed").raw(if d.reviewed { "true" } else { "false" });
            for (key, stamp) in [("annotator", &d.annotator), ("modified", &d.modified)] {
                if let Some(stamp) = stamp {
                    j.raw(",").key(key).str(stamp);
                }
            }
            j.raw("}}");
            out.push_str(&j.0);
            out.push('\n');
        }
        Ok(vec![OutFile::text(stem, self.extension(), "application/jsonl", out)])
    }
    fn reads(&self) -> &'static [&'static str] {
        &["jsonl"]
    }
    fn recognises(&self, _: &str, bytes: &[u8]) -> bool {
        first_line(bytes).is_some_and(|v| {
            v.get("text").is_some_and(Value::is_string)
                && v.get("spans").is_some()
                && !OWN_FIELDS.iter().any(|f| v.get(f).is_some())
        })
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        let mut docs = Vec::new();
        for (n, value) in lines(file.text()?)? {
            docs.push(record(docs.len(), value).map_err(|message| ReadError::Shape { doc: line_name(n), message })?);
        }
        Ok(docs)
    }
}

/// One record as a document: its spans' labels mapped, `meta` read, then
/// read and checked as a labelled-JSON document.
fn record(i: usize, value: Value) -> Result<Document, String> {
    let Value::Object(rec) = value else { return Err("a record must be a JSON object".into()) };
    // The record's fields taken as they are (neither cloned nor removed one by one).
    let (mut text, mut span_list, mut meta) = (Value::Null, None, Map::new());
    for (key, v) in rec {
        match (key.as_str(), v) {
            ("text", v) => text = v,
            ("spans", v) => span_list = Some(v),
            ("meta", Value::Object(m)) => meta = m,
            _ => {}
        }
    }
    let mut doc = Map::new();
    for key in ["id", "name"] {
        if let Some(v) = build::name_of(meta.get(key)) {
            build::set(&mut doc, key, v.into());
        }
    }
    if let Some(Value::Bool(b)) = meta.get("reviewed") {
        build::set(&mut doc, "reviewed", Value::Bool(*b));
    }
    for key in ["annotator", "modified"] {
        if let Some(Value::String(s)) = meta.get(key) {
            build::set(&mut doc, key, Value::String(s.clone()));
        }
    }
    build::set(&mut doc, "text", text);
    let mut spans = Vec::new();
    match span_list {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for s in list {
                spans.push(map_span(s)?);
            }
        }
        Some(_) => return Err("\"spans\" must be a list".into()),
    }
    build::set(&mut doc, "spans", Value::Array(spans));
    Document::from_value(i, Value::Object(doc)).map_err(|e| e.to_string())
}

/// A span with its label mapped onto ours (a NUMBER kind the label names
/// kept), and `user` as its origin unless it states one.
fn map_span(span: Value) -> Result<Value, String> {
    let Value::Object(mut s) = span else { return Err("a span must be a JSON object".into()) };
    let name = s.get("label").and_then(Value::as_str).ok_or("a span needs a \"label\" name")?;
    let (label, kind) = labels::read_label(name);
    build::set(&mut s, "label", Value::String(label.to_string()));
    if let (Some(kind), false) = (kind, s.contains_key("kind") || s.contains_key("speaker")) {
        build::set(&mut s, "kind", Value::String(kind.as_str().into()));
    }
    if !s.contains_key("origin") {
        build::set(&mut s, "origin", Origin::User.as_str().into());
    }
    Ok(Value::Object(s))
}
