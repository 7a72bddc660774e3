//! One line of a stream in, one labelled line out: the pure part of
//! `annotate --jsonl`, run on the worker threads.

use annotator_formats::{ExportError, Format};
use annotator_schema::{Document, JsonError};
use serde_json::Value;

/// Why a line was not annotated (reported with its line number, then
/// skipped, or the end of the run with `--strict`).
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error("not UTF-8 text (invalid byte at column {0})")]
    NotUtf8(usize),
    #[error("not valid JSON (column {column}): {message}")]
    Syntax { column: usize, message: String },
    #[error("not a document: a JSON object with a \"text\" string is needed")]
    NotADocument,
    #[error("\"id\" must be a string or a number, not {0}")]
    BadId(Value),
    #[error("{0}")]
    Document(String),
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// The labelled JSON Lines format, whose writer (and its offset check)
/// writes every output line.
fn jsonl() -> &'static dyn Format {
    // Cannot fail: `jsonl` is in the static table of formats, and
    // `the_jsonl_format_is_in_the_table` below reads it from there.
    annotator_formats::by_id("jsonl").expect("the jsonl format")
}

/// Annotates one input line (without its line break): an object with a
/// `text` and perhaps an `id` (a string or a number), a `name`, `reviewed`
/// and `spans`, as in the labelled JSON. Automatic spans are redone and a
/// person's kept ([`annotator_extract::reannotate`]). Returns the labelled
/// line, line break included.
///
/// A document without an id gets `doc-` and a hash of its text: the same
/// id whichever process, thread or Spark partition annotates it.
pub fn annotate(line: &[u8]) -> Result<Vec<u8>, LineError> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = std::str::from_utf8(line).map_err(|e| LineError::NotUtf8(e.valid_up_to() + 1))?;
    let mut value: Value = serde_json::from_str(text).map_err(syntax)?;
    let Some(object) = value.as_object_mut().filter(|o| o.get("text").is_some_and(Value::is_string)) else {
        return Err(LineError::NotADocument);
    };
    match object.get("id") {
        None | Some(Value::Null) => {
            let hash = fnv1a(object.get("text").and_then(Value::as_str).unwrap_or_default().as_bytes());
            object.insert("id".into(), Value::String(format!("doc-{hash:016x}")));
        }
        Some(Value::Number(n)) => {
            let id = n.to_string();
            object.insert("id".into(), Value::String(id));
        }
        Some(Value::String(_)) => {}
        Some(other) => return Err(LineError::BadId(other.clone())),
    }
    let doc = Document::from_value(0, value).map_err(|e| LineError::Document(without_position(e)))?;
    let doc = annotator_extract::reannotate(doc);
    let mut files = jsonl().write(std::slice::from_ref(&doc), "line")?;
    Ok(files.pop().map(|f| f.bytes).unwrap_or_default())
}

/// serde_json's message without its position in a text of one line.
fn syntax(e: serde_json::Error) -> LineError {
    let message = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    LineError::Syntax { column: e.column(), message: message.strip_suffix(&at).unwrap_or(&message).to_string() }
}

/// A document reader's message without the document's position (the
/// stream names the line instead).
fn without_position(e: JsonError) -> String {
    match e {
        JsonError::Shape { message, .. } => message,
        JsonError::SpanOutOfRange { start, end, len, .. } => {
            format!("span {start}..{end}: outside the text ({len} characters)")
        }
        JsonError::SpanTextMismatch { start, end, given, actual, .. } => {
            format!("span {start}..{end}: text {given:?} differs from the document's {actual:?}")
        }
        other => other.to_string(),
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every machine and in every
/// Rust release (std's `DefaultHasher` promises neither), for ids.
fn fnv1a(bytes: &[u8]) -> u64 {
    /// The FNV-1a 64-bit offset basis and prime (the published constants).
    const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(BASIS, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{Label, Origin};

    fn doc(out: &[u8]) -> Document {
        let line = std::str::from_utf8(out).expect("utf-8");
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1, "one line: {line:?}");
        Document::from_value(0, serde_json::from_str(line).expect("JSON")).expect("a labelled document")
    }

    #[test]
    fn the_jsonl_format_is_in_the_table() {
        assert_eq!(jsonl().id(), "jsonl");
    }

    #[test]
    fn a_plain_line_is_annotated() {
        let d = doc(&annotate(br#"{"id": "a1", "text": "Dmitry Peskov was in Kyiv."}"#).unwrap());
        assert_eq!((d.id.as_str(), d.name.as_str()), ("a1", "a1"));
        let got: Vec<(&str, &Label)> = d.spans.iter().map(|s| (s.text.as_str(), &s.label)).collect();
        assert_eq!(got, [("Dmitry Peskov", &Label::Person), ("Kyiv", &Label::Place)]);
    }

    #[test]
    fn ids_are_kept_made_from_numbers_or_from_the_text() {
        let id = |line: &str| doc(&annotate(line.as_bytes()).unwrap()).id;
        assert_eq!(id(r#"{"id": 7, "text": "x"}"#), "7");
        assert_eq!(id(r#"{"text": "In Kyiv."}"#), id(r#"{"text": "In Kyiv.", "id": null}"#));
        assert_ne!(id(r#"{"text": "In Kyiv."}"#), id(r#"{"text": "In Rome."}"#));
        assert!(id(r#"{"text": "In Kyiv."}"#).starts_with("doc-"));
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c, "the published FNV-1a test vector");
    }

    #[test]
    fn a_persons_spans_are_kept() {
        let line = r#"{"id": "d", "text": "Peskov said 12,000.", "reviewed": true,
            "spans": [{"start": 0, "end": 6, "label": "PLACE", "origin": "user"}]}"#
            .replace('\n', " ");
        let d = doc(&annotate(line.as_bytes()).unwrap());
        let got: Vec<(&str, &Label, Origin)> = d.spans.iter().map(|s| (s.text.as_str(), &s.label, s.origin)).collect();
        assert_eq!(got, [("Peskov", &Label::Place, Origin::User), ("12,000", &Label::Number, Origin::Auto)]);
    }

    #[test]
    fn bad_lines_say_why() {
        let cases: [(&[u8], &str); 7] = [
            (b"{\"text\": \"caf\xe9\"}", "not UTF-8 text (invalid byte at column 14)"),
            (b"{\"text\": ", "not valid JSON (column 9): EOF while parsing a value"),
            (b"[1, 2]", "not a document"),
            (br#"{"id": "x"}"#, "not a document"),
            (br#"{"id": [1], "text": "x"}"#, "\"id\" must be a string or a number, not [1]"),
            (
                br#"{"text": "ab", "spans": [{"start": 0, "end": 9, "label": "PLACE"}]}"#,
                "span 0..9: outside the text (2 characters)",
            ),
            (
                br#"{"text": "ab", "spans": [{"start": 0, "end": 1, "label": "PLACE", "text": "b"}]}"#,
                "text \"b\" differs",
            ),
        ];
        for (line, want) in cases {
            let err = annotate(line).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains(want), "{}: {err}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn a_windows_line_end_is_no_part_of_the_line() {
        assert!(annotate(b"{\"text\": \"In Kyiv.\"}\r").is_ok());
    }
}
