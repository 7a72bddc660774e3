//! One line of a stream in, one labelled line out: the pure part of
//! `annotate --jsonl`, run on the worker threads.

use annotator_formats::{check, ExportError, Format};
use annotator_schema::json::pieces::{self, Layout};
use annotator_schema::{Document, JsonError, Span};

use crate::pair;
use serde_json::Value;

/// A labelled line, line break included, in pieces to write in order (one
/// for most lines; three for a long one, [`TWO_THREADS`]).
pub type Labelled = Vec<Vec<u8>>;

/// A text of at least this many bytes is annotated and written on two
/// threads ([`on_two_threads`]). Starting a thread costs some 20 µs, a
/// thousandth of an article of 10,000 words' annotation but a tenth of a
/// short one's.
const TWO_THREADS: usize = 1 << 20;

/// Tenths of a long line's spans that this thread serialises; the `line`
/// thread checks them all and serialises the rest. The check costs 0.42 of
/// the spans' compact serialisation (86.6M against 204.3M instructions on
/// a 10 MB line, callgrind), so 0.42 + 0.3 on that thread against 0.7 here.
const HEAD_TENTHS: usize = 7;

/// Bytes to reserve for a compact span object besides its texts.
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
    if doc.text.len() >= TWO_THREADS {
        return Ok(on_two_threads(doc)?);
    }
    let doc = annotator_extract::reannotate(doc);
    let mut files = jsonl().write(std::slice::from_ref(&doc), "line")?;
    Ok(vec![files.pop().map(|f| f.bytes).unwrap_or_default()])
}

/// The bytes the jsonl format writes for `doc` annotated again
/// ([`annotator_extract::reannotate`]), after the same check, in three
/// pieces made on two threads: the `line` thread escapes the line's start
/// (its id, name and text, which annotating again leaves as they are)
/// while this one extracts (the conversion to code points in halves,
/// [`pair`]); then [`rest_on_two_threads`]. Should a thread not start, this
/// one does its work.
fn on_two_threads(doc: Document) -> Result<Labelled, ExportError> {
    let (start, fresh) = std::thread::scope(|scope| {
        let escape = || {
            let reserved = Vec::with_capacity(pieces::document_start_len(&doc));
            pieces::document_start(reserved, Layout::Line, 0, &doc)
        };
        let thread = std::thread::Builder::new().name("line".into()).spawn_scoped(scope, escape);
        let fresh = annotator_extract::annotate_spans_in_halves(&doc.text, pair::side_by_side);
        // It cannot panic (no code of it does), but if it did: again here.
        let start = thread.map_or_else(|_| escape(), |t| t.join().unwrap_or_else(|_| escape()));
        (start, fresh)
    });
    let [first, second] = fresh;
    let doc = annotator_extract::reannotate_with(doc, first.into_iter().chain(second));
    let (head, tail) = rest_on_two_threads(&doc)?;
    Ok(vec![start, head, tail])
}

/// The line after its start, in two pieces made side by side: the `line`
/// thread checks every span and serialises the spans after the first
/// [`HEAD_TENTHS`], then the line's end; this one the fields after the
/// text and the spans before.
fn rest_on_two_threads(doc: &Document) -> Result<(Vec<u8>, Vec<u8>), ExportError> {
    let split = doc.spans.len() * HEAD_TENTHS / 10;
    let (head_spans, tail_spans) = doc.spans.split_at(split);
    let tail = || -> Result<Vec<u8>, ExportError> {
        check::all(jsonl().id(), jsonl().unit(), std::slice::from_ref(doc))?;
        let mut tail = reserve(tail_spans);
        tail = pieces::spans(tail, Layout::Line, tail_spans, split == 0);
        tail = pieces::document_end(tail, Layout::Line, !doc.spans.is_empty());
        tail.push(b'\n');
        Ok(tail)
    };
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("line".into()).spawn_scoped(scope, tail);
        let mut head = pieces::document_fields(reserve(head_spans), Layout::Line, doc);
        head = pieces::spans(head, Layout::Line, head_spans, true);
        let tail = thread.map_or_else(|_| tail(), |t| t.join().unwrap_or_else(|_| tail()))?;
        Ok((head, tail))
    })
}

/// A buffer that holds `spans` serialised, with the line's fields or end.
fn reserve(spans: &[Span]) -> Vec<u8> {
    let texts: usize = spans.iter().map(|s| s.text.len() + s.entity().or(s.speaker()).map_or(0, str::len)).sum();
    Vec::with_capacity(texts + spans.len() * SPAN_FRAME_BYTES + SPAN_FRAME_BYTES)
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

    #[test]
    fn a_long_line_written_on_two_threads_is_the_jsonl_formats_line() {
        let text = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n\t"
            .repeat(TWO_THREADS / 80 + 1);
        let line = serde_json::json!({"id": "long", "text": text, "reviewed": true}).to_string();
        let got = annotate(line.as_bytes()).unwrap();
        assert_eq!(got.len(), 3, "three pieces");
        let d = doc(&got);
        assert!(d.spans.len() > 1000 && !d.reviewed, "{} spans", d.spans.len());
        let want = jsonl().write(std::slice::from_ref(&d), "line").unwrap().pop().unwrap().bytes;
        assert!(got.concat() == want, "the jsonl format's bytes");
        // What a short line's path gives: annotated again whole, then written.
        let read = Document::from_value(0, serde_json::from_str(&line).unwrap()).unwrap();
        let again = annotator_extract::reannotate(read);
        let want = jsonl().write(std::slice::from_ref(&again), "line").unwrap().pop().unwrap().bytes;
        assert!(got.concat() == want, "the bytes of the line annotated again whole");
        // A refused span: the same error as the format's.
        let mut bad = d.clone();
        bad.spans[3].text = "Rome".into();
        let want = jsonl().write(std::slice::from_ref(&bad), "line").unwrap_err();
        assert_eq!(rest_on_two_threads(&bad).unwrap_err(), want);
    }

    #[test]
    fn a_windows_line_end_is_no_part_of_the_line() {
        assert!(annotate(b"{\"text\": \"In Kyiv.\"}\r").is_ok());
    }
}
