//! One reader for the JSON Lines formats that hold, per line, a text and a
//! list of spans (spaCy/Prodigy, doccano): each format is a [`Shape`], a
//! table of where its parts are (JSON pointers into a line), and this one
//! walk reads every such format. Written once instead of once per format,
//! its code is on the page once (issue 12's budget is counted in bytes).
//!
//! A span list's items are objects or arrays alike: `"/start"` and `"/0"`
//! are both pointers. Offsets are read in the shape's unit and checked
//! against the text ([`check::read_span`]), then the span goes, as a
//! labelled-JSON object, to the labelled JSON's one document reader
//! ([`build::document`]).

use annotator_schema::json::value_text;
use annotator_schema::{Document, OffsetIndex, Origin};
use serde_json::Value;

use crate::jsonl::{line_name, lines};
use crate::{build, check, InFile, ReadError, Unit};

/// Where one format keeps a line's parts. Pointers are JSON pointers
/// (`/meta/id`); an empty pointer is a part the format does not hold.
pub struct Shape {
    /// What its offsets count.
    pub unit: Unit,
    /// Where the text is: the first of these that holds a string.
    pub text: &'static [&'static str],
    /// The document's id, name, review state, annotator and last edit.
    pub doc: [&'static str; 5],
    /// The span lists it may hold, the first present one read.
    pub lists: &'static [List],
    /// Whether a span object's other fields are kept (spaCy files carry
    /// our own: entity, speaker, number, origin, checked).
    pub carry: bool,
    /// Where `speaker` relations are listed (`type`, `from_id`, `to_id`).
    pub relations: &'static str,
}

/// One list of spans: where it is, and where each item holds its start,
/// end, label name, text and id.
pub struct List {
    pub at: &'static str,
    pub fields: [&'static str; 5],
    /// What an item looks like, for the refusal of one that does not.
    pub looks: &'static str,
}

/// The documents of a JSON Lines file of this shape, one per line, every
/// span checked; a bad line refuses the file, naming the line.
pub fn read(file: &InFile, shape: &Shape) -> Result<Vec<Document>, ReadError> {
    let mut docs = Vec::new();
    for (n, value) in lines(file.text()?)? {
        let line = line_name(n);
        let doc = record(docs.len(), &line, value, shape)
            .and_then(|r| r.map_err(|message| ReadError::shape(line.clone(), message)))?;
        docs.push(doc);
    }
    Ok(docs)
}

/// One line as a document: a format error is the outer `Err` (already a
/// [`ReadError`]), a shape error the inner one (text, placed by the caller).
fn record(i: usize, line: &str, mut rec: Value, shape: &Shape) -> Result<Result<Document, String>, ReadError> {
    if !rec.is_object() {
        return Ok(Err("a line must be a JSON object".into()));
    }
    let Some(text) = shape.text.iter().find_map(|p| pointer(&rec, p).and_then(Value::as_str)).map(str::to_string)
    else {
        return Ok(Err("no \"text\"".into()));
    };
    let ix = OffsetIndex::new(&text);
    // Taken out of the line: its items' own fields move into the spans.
    let list = shape.lists.iter().find_map(|l| Some((l, take(&mut rec, l.at).filter(|v| !v.is_null())?)));
    let mut spans: Vec<build::Read> = Vec::new();
    if let Some((l, items)) = list {
        let Value::Array(items) = items else { return Ok(Err(["\"", &l.at[1..], "\" must be a list"].concat())) };
        for item in items {
            let field = |k: usize| pointer(&item, l.fields[k]);
            let (start, end, name) = (build::whole(field(0)), build::whole(field(1)), field(2).and_then(Value::as_str));
            let (Some(start), Some(end), Some(name)) = (start, end, name) else {
                return Ok(Err(["a span must be ", l.looks, ", not ", &value_text(&item)].concat()));
            };
            let given = field(3).and_then(Value::as_str);
            let (s, e, text) = check::read_span(&ix, shape.unit, line, (start, end), given)?;
            let mut span = build::span(s.0, e.0, name, None, Origin::User);
            let id = field(4).map_or_else(String::new, value_text);
            if let (true, Value::Object(own)) = (shape.carry, item) {
                // Its own fields kept over what `build::span` put; the
                // offsets and label are the ones just read.
                for (k, v) in own {
                    if !["start", "end", "label"].contains(&k.as_str()) {
                        span.insert(k, v);
                    }
                }
            }
            spans.push((id, span, text));
        }
    }
    drop(ix);
    let at = |p: &str| pointer(&rec, p);
    if let Some(relations) = at(shape.relations).and_then(Value::as_array) {
        for r in relations {
            let is_speaker = build::str_at(r, "type").is_some_and(|t| t.eq_ignore_ascii_case(build::SPEAKER));
            let id = |k: &str| r.get(k).map_or_else(String::new, value_text);
            if is_speaker {
                build::relate(&mut spans, &id("from_id"), &id("to_id"));
            }
        }
    }
    let [id, name, reviewed, annotator, modified] = shape.doc.map(at);
    let stamp = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    Ok(build::document(
        i,
        [build::name_of(id), build::name_of(name), stamp(annotator), stamp(modified)],
        text,
        reviewed.and_then(Value::as_bool).unwrap_or(false),
        spans,
    ))
}

/// The value at a JSON pointer, as [`pointer`] finds it, taken out of
/// `v` (`null` is left there): moved, not cloned (`Value::clone` was on
/// the page for the formats alone).
fn take(v: &mut Value, p: &str) -> Option<Value> {
    let mut v = v;
    for key in p.strip_prefix('/')?.split('/') {
        v = match v {
            Value::Object(m) => m.get_mut(key)?,
            Value::Array(items) => items.get_mut(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(v.take())
}

/// The value at a JSON pointer (`/meta/id`, `/0`), none for an empty
/// pointer (a part the format does not hold). The tables' pointers hold
/// no `~` escapes, so this walk (not `Value::pointer`, whose unescaping
/// would be on the page for the formats alone) is all they need.
#[inline(never)]
fn pointer<'v>(v: &'v Value, p: &str) -> Option<&'v Value> {
    p.strip_prefix('/')?.split('/').try_fold(v, |v, key| match v {
        Value::Object(m) => m.get(key),
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        _ => None,
    })
}
