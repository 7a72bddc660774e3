//! `jsonl`: our labelled documents one per line (JSON Lines), with the
//! same fields as in the labelled JSON, in code points.

use annotator_schema::{json, Document, JsonError};
use serde_json::Value;

use crate::{check, About, ExportError, Format, InFile, Keeps, OutFile, ReadError, ReadErrorKind, Unit};

pub struct Jsonl;

/// Fields only our own documents carry at the top level: a line with one
/// of them is ours, not a spaCy/Prodigy record.
pub const OWN_FIELDS: [&str; 2] = ["id", "reviewed"];

/// The JSON values of a JSON Lines text, one per non-blank line, with
/// their line numbers (1-based).
pub fn lines(text: &str) -> Result<Vec<(usize, Value)>, ReadError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value = json::parse(line).map_err(|e| ReadErrorKind::Syntax {
            line: i + 1,
            column: e.column,
            message: e.reason().into(),
        })?;
        out.push((i + 1, value));
    }
    if out.is_empty() {
        return Err(ReadErrorKind::NoDocuments.into());
    }
    Ok(out)
}

/// The first JSON value of a JSON Lines file, if its first non-blank line
/// is one (what recognising a file looks at).
pub fn first_line(bytes: &[u8]) -> Option<Value> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    json::parse(line).ok()
}

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "jsonl",
    title: "Labelled JSON Lines",
    unit: Unit::CodePoint,
    extension: "jsonl",
    keeps: Keeps::ALL,
    reads: &["jsonl"],
};

impl Format for Jsonl {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        check::all(ABOUT.id, ABOUT.unit, docs)?;
        let out = annotator_schema::json::json_lines(docs);
        Ok(vec![OutFile::text(stem, "jsonl", "application/jsonl", out.into_bytes())])
    }
    fn recognises(&self, _: &str, bytes: &[u8]) -> bool {
        first_line(bytes).is_some_and(|v| v.get("spans").is_some() && OWN_FIELDS.iter().any(|f| v.get(f).is_some()))
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        let mut docs = Vec::new();
        for (n, value) in lines(file.text()?)? {
            docs.push(Document::from_value(docs.len(), value).map_err(|e| on_line(n, e))?);
        }
        Ok(docs)
    }
}

/// A document's error, said by its line.
fn on_line(line: usize, e: JsonError) -> ReadError {
    ReadError::shape(line_name(line), e.to_string())
}

/// How errors name a line (or any numbered item: `line 3`).
pub fn line_name(n: usize) -> String {
    ["line ", &crate::out::num_text(n)].concat()
}
