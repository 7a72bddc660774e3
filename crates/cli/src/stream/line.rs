//! One line of a stream in, one labelled line out: the pure part of
//! `annotate --jsonl`, run on the worker threads.

use annotator_extract::Extraction;
use annotator_formats::{ExportError, Format};
use annotator_schema::json::pieces::{self, Layout};
use annotator_schema::{CharCursor, Document, JsonError, SpanView};

use crate::export;
use serde_json::Value;

/// A labelled line, line break included, in pieces to write in order (one
/// for most lines; three for a long one, [`TWO_THREADS`]).
pub type Labelled = Vec<Vec<u8>>;

/// A text of at least this many bytes is annotated and written on two
/// threads ([`on_two_threads`]). Starting a thread costs some 20 µs, a
/// thousandth of an article of 10,000 words' annotation but a tenth of a
/// short one's.
const TWO_THREADS: usize = 1 << 20;

/// Bytes to reserve for a compact span object besides its texts: its
/// separator, braces, offsets, label and origin, and a number's value
/// fields, 70–120 bytes.
const SPAN_FRAME_BYTES: usize = 128;

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
/// line, line break included ([`Labelled`]).
///
/// A document without an id gets `doc-` and a hash of its text: the same
/// id whichever process, thread or Spark partition annotates it.
pub fn annotate(line: &[u8]) -> Result<Labelled, LineError> {
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
    if !annotator_extract::keeps_none(&doc) {
        // A person's spans, merged with the extractor's by the one rule.
        let doc = annotator_extract::reannotate(doc);
        let mut files = jsonl().write(std::slice::from_ref(&doc), "line")?;
        return Ok(vec![files.pop().map(|f| f.bytes).unwrap_or_default()]);
    }
    Ok(if doc.text.len() >= TWO_THREADS { on_two_threads(doc) } else { fused(doc) })
}

/// The line of `doc`, which keeps none of its spans
/// ([`annotator_extract::keeps_none`]), annotated again: what
/// [`annotator_extract::reannotate`] and the jsonl format write, the same
/// bytes, written straight from the extractions ([`views`]) in one pass,
/// no [`Span`](annotator_schema::Span) made. No span of them needs the
/// format's offset check: it holds by construction (`export::views`).
fn fused(mut doc: Document) -> Labelled {
    let found = export::extracted(&doc.text);
    reviewed(&mut doc, &found);
    let capacity = pieces::document_start_len(&doc) + reserve(&found);
    let mut out = pieces::document_start(Vec::with_capacity(capacity), Layout::Line, 0, &doc);
    out = pieces::document_fields(out, Layout::Line, &doc);
    out = pieces::span_views(out, Layout::Line, views(&doc.text, &found), true);
    out = pieces::document_end(out, Layout::Line, !found.is_empty());
    out.push(b'\n');
    vec![out]
}

/// [`fused`] in three pieces made on two threads: the `line` thread
/// escapes the line's start (its id, name and text, which annotating again
/// leaves as they are) while this one extracts; then [`rest_on_two_threads`].
/// Should a thread not start, this one does its work.
fn on_two_threads(mut doc: Document) -> Labelled {
    let (start, found) = std::thread::scope(|scope| {
        let escape = || {
            let reserved = Vec::with_capacity(pieces::document_start_len(&doc));
            pieces::document_start(reserved, Layout::Line, 0, &doc)
        };
        let thread = std::thread::Builder::new().name("line".into()).spawn_scoped(scope, escape);
        let found = export::extracted(&doc.text);
        // It cannot panic (no code of it does), but if it did: again here.
        let start = thread.map_or_else(|_| escape(), |t| t.join().unwrap_or_else(|_| escape()));
        (start, found)
    });
    reviewed(&mut doc, &found);
    let (head, tail) = rest_on_two_threads(&doc, &found);
    vec![start, head, tail]
}

/// The line after its start, in two pieces made side by side: the `line`
/// thread the second half of the spans and the line's end; this one the
/// fields after the text and the first half.
fn rest_on_two_threads(doc: &Document, found: &[Extraction]) -> (Vec<u8>, Vec<u8>) {
    let split = found.len() / 2;
    let (head_found, tail_found) = found.split_at(split);
    let tail = || {
        let mut tail = Vec::with_capacity(reserve(tail_found));
        tail = pieces::span_views(tail, Layout::Line, views(&doc.text, tail_found), split == 0);
        tail = pieces::document_end(tail, Layout::Line, !found.is_empty());
        tail.push(b'\n');
        tail
    };
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("line".into()).spawn_scoped(scope, tail);
        let mut head = pieces::document_fields(Vec::with_capacity(reserve(head_found)), Layout::Line, doc);
        head = pieces::span_views(head, Layout::Line, views(&doc.text, head_found), true);
        let tail = thread.map_or_else(|_| tail(), |t| t.join().unwrap_or_else(|_| tail()));
        (head, tail)
    })
}

/// Takes `doc`'s spans (each `auto`, [`annotator_extract::keeps_none`]),
/// which the extractions `found` replace, and keeps it reviewed only if
/// they are the same spans ([`annotator_extract::unchanged`]), as
/// [`annotator_extract::reannotate`] does.
fn reviewed(doc: &mut Document, found: &[Extraction]) {
    let before = std::mem::take(&mut doc.spans);
    doc.reviewed = doc.reviewed && annotator_extract::unchanged(&before, views(&doc.text, found));
}

/// The spans `found` (extractions over `text`, in order) are written as:
/// a cursor walks from the text's start to the first and on (a run's
/// first walk is a count of the bytes that start a character, eight at a
/// time).
fn views<'a>(text: &'a str, found: &'a [Extraction]) -> impl Iterator<Item = SpanView<'a>> {
    annotator_extract::span_views(text, CharCursor::new(text), found)
}

/// A buffer's capacity for `found` written, with the line's fields or end.
fn reserve(found: &[Extraction]) -> usize {
    let texts: usize = found.iter().map(|e| e.end.0 - e.start.0 + export::attrs_len(&e.attrs)).sum();
    texts + found.len() * SPAN_FRAME_BYTES + SPAN_FRAME_BYTES
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

    fn doc(out: &Labelled) -> Document {
        let out = out.concat();
        let line = std::str::from_utf8(&out).expect("utf-8");
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

    /// What the one rule gives a line: read, annotated again whole
    /// ([`annotator_extract::reannotate`]), then written by the jsonl
    /// format, after its offset check.
    fn by_the_rule(line: &str) -> Vec<u8> {
        let read = Document::from_value(0, serde_json::from_str(line).expect("JSON")).expect("a document");
        let again = annotator_extract::reannotate(read);
        jsonl().write(std::slice::from_ref(&again), "line").expect("checked").pop().expect("a file").bytes
    }

    #[test]
    fn a_line_that_keeps_no_span_is_written_as_the_rule_writes_it() {
        // Characters of two, three and four bytes before and inside spans.
        let text = "“Ça va,” said Zoë Brandt in Zürich, 😀 where 3,500 people met on May 2, 2024.";
        let found = annotator_extract::annotate("x", "x", text).spans;
        assert!(found.len() >= 4, "{found:?}");
        let core = annotator_schema::json::spans_to_json(&found);
        let stale = r#"[{"start": 0, "end": 2, "label": "PLACE", "text": "“Ç", "origin": "auto"}]"#;
        // (line, reviewed after): every span of these is `auto`, or none is given.
        let cases = [
            (format!(r#"{{"id": "a", "text": {text:?}}}"#), false),
            (format!(r#"{{"id": "a", "name": "n.txt", "text": {text:?}, "reviewed": true}}"#), false),
            (r#"{"id": "a", "text": "nothing to find here.", "reviewed": true}"#.to_string(), true),
            (r#"{"id": "a", "text": ""}"#.to_string(), false),
            (format!(r#"{{"id": "a", "text": {text:?}, "reviewed": true, "spans": {core}}}"#), true),
            (format!(r#"{{"id": "a", "text": {text:?}, "reviewed": true, "spans": {stale}}}"#), false),
            (
                format!(r#"{{"id": "a", "text": {text:?}, "annotator": "kim", "modified": "2025-06-03T10:00:00Z"}}"#),
                false,
            ),
        ];
        for (line, reviewed) in cases {
            let read = Document::from_value(0, serde_json::from_str(&line).unwrap()).unwrap();
            assert!(annotator_extract::keeps_none(&read), "{line}");
            let got = annotate(line.as_bytes()).unwrap();
            assert_eq!(doc(&got).reviewed, reviewed, "{line}");
            assert!(got.concat() == by_the_rule(&line), "{line}:\n{}", String::from_utf8_lossy(&got.concat()));
        }
    }

    #[test]
    fn a_line_with_a_persons_span_is_written_as_the_rule_writes_it() {
        let line = r#"{"id": "d", "text": "Peskov said 12,000 came.", "reviewed": true,
            "spans": [{"start": 0, "end": 6, "label": "PLACE", "origin": "user"},
                      {"start": 12, "end": 18, "label": "PLACE", "origin": "auto"}]}"#
            .replace('\n', " ");
        let read = Document::from_value(0, serde_json::from_str(&line).unwrap()).unwrap();
        assert!(!annotator_extract::keeps_none(&read));
        assert!(annotate(line.as_bytes()).unwrap().concat() == by_the_rule(&line));
    }

    #[test]
    fn a_long_line_written_on_two_threads_is_the_rules_line() {
        let text = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n\t"
            .repeat(TWO_THREADS / 80 + 1);
        let line = serde_json::json!({"id": "long", "text": text, "reviewed": true}).to_string();
        let got = annotate(line.as_bytes()).unwrap();
        assert_eq!(got.len(), 3, "three pieces");
        let d = doc(&got);
        assert!(d.spans.len() > 1000 && !d.reviewed, "{} spans", d.spans.len());
        assert!(got.concat() == by_the_rule(&line), "the bytes of the line annotated again whole");
    }

    #[test]
    fn a_windows_line_end_is_no_part_of_the_line() {
        assert!(annotate(b"{\"text\": \"In Kyiv.\"}\r").is_ok());
    }
}
