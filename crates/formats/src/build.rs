//! Readers assemble what they read as labelled-JSON values and hand them to
//! `annotator_schema`'s document reader, so that every format's spans are
//! checked and their attributes read by the one reader of the labelled JSON.

use annotator_schema::{Document, Label, NumberKind, Origin};
use serde_json::{Map, Value};

use crate::labels;

/// A span as a labelled-JSON object: offsets in code points, the label
/// mapped from another tool's name (with the number kind it states), its
/// text if the file states it (checked against the document), its origin.
pub fn span(start: usize, end: usize, label_name: &str, text: Option<&str>, origin: Origin) -> Map<String, Value> {
    let (label, kind) = labels::read_label(label_name);
    let mut s = Map::new();
    set(&mut s, "start", start.into());
    set(&mut s, "end", end.into());
    set(&mut s, "label", label.to_string().into());
    if let Some(t) = text {
        set(&mut s, "text", t.into());
    }
    match (&label, kind) {
        (Label::Number, Some(kind)) => {
            set(&mut s, "kind", kind_value(kind));
        }
        // Every QUOTE carries a speaker, `null` until one is read.
        (Label::Quote, _) => {
            set(&mut s, SPEAKER, Value::Null);
        }
        _ => {}
    }
    set(&mut s, "origin", origin.as_str().into());
    s
}

fn kind_value(kind: NumberKind) -> Value {
    Value::String(kind.as_str().into())
}

/// Sets `key` in a JSON object. One function for every field the readers
/// set: written at each call, the key's allocation and the old value's drop
/// cost the page's wasm more than the call.
#[inline(never)]
pub fn set(object: &mut Map<String, Value>, key: &str, value: Value) {
    object.insert(key.to_string(), value);
}

/// The key of a QUOTE's speaker.
pub const SPEAKER: &str = "speaker";

/// A span read, before its document is: its id in the file (`""` if it
/// has none), its labelled-JSON object, its text.
pub type Read = (String, Map<String, Value>, String);

/// A `speaker` relation read: each QUOTE span with id `from` whose speaker
/// is not yet known gets the span with id `to` as its speaker, by that
/// span's entity, else its text (if it has one). Unknown ids are passed
/// over.
pub fn relate(spans: &mut [Read], from: &str, to: &str) {
    let Some((_, target, text)) = spans.iter().find(|(id, _, _)| !id.is_empty() && id == to) else { return };
    let name = target.get("entity").and_then(Value::as_str).unwrap_or(text);
    if name.is_empty() {
        return;
    }
    // A `String` cloned per quote, not a `Value` (whose `clone` would be
    // on the page for this alone).
    let name = name.to_string();
    // A plain loop: a `filter` adapter would be instantiated for this alone.
    for (id, s, _) in spans.iter_mut() {
        if id == from && label_of(s) == "QUOTE" && s.get(SPEAKER).is_none_or(Value::is_null) {
            set(s, SPEAKER, Value::String(name.clone()));
        }
    }
}

/// A span's label as written in its labelled-JSON object.
pub fn label_of(span: &Map<String, Value>) -> &str {
    span.get("label").and_then(Value::as_str).unwrap_or_default()
}

/// A document from its parts (`ids`: its id, name, annotator and last
/// edit, each if known; its spans as read), read and checked by the
/// labelled-JSON reader. `i` is its position in the file; errors come back as text for the
/// caller to place (`task 2: …`).
pub fn document(
    i: usize,
    ids: [Option<String>; 4],
    text: String,
    reviewed: bool,
    spans: Vec<Read>,
) -> Result<Document, String> {
    let mut d = Map::new();
    for (key, v) in ["id", "name", "annotator", "modified"].into_iter().zip(ids) {
        if let Some(v) = v {
            set(&mut d, key, v.into());
        }
    }
    set(&mut d, "text", text.into());
    set(&mut d, "reviewed", reviewed.into());
    // The spans' objects taken out of what every reader gathers: one
    // `map` for all of them.
    set(&mut d, "spans", Value::Array(spans.into_iter().map(|(_, s, _)| Value::Object(s)).collect()));
    Document::from_value(i, Value::Object(d)).map_err(|e| e.to_string())
}

/// The string at `key` of a JSON object, if there is one. Not inlined:
/// the readers look up a dozen string fields (`type`, `id`, `origin`, …),
/// each a `get`, an `and_then` and an `as_str` written out in place.
#[inline(never)]
pub fn str_at<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key)?.as_str()
}

/// A JSON value as a whole number (an offset), if it is one. Not inlined:
/// every reader's offsets go through it.
#[inline(never)]
pub fn whole(v: Option<&Value>) -> Option<usize> {
    v?.as_u64().and_then(|n| usize::try_from(n).ok())
}

/// A JSON value as a document id or name: strings as they are, numbers
/// written out.
pub fn name_of(v: Option<&Value>) -> Option<String> {
    let v = v?;
    match v {
        Value::String(s) => Some(s.clone()),
        // Written as the labelled JSON's messages write a number: the same
        // text as its `Display`, whose code is then not a second copy.
        Value::Number(_) => Some(annotator_schema::json::value_text(v)),
        _ => None,
    }
}
