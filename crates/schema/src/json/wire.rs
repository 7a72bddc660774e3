//! A document and its spans read from a JSON value by hand, as their
//! derived `Deserialize` reads them: the object's keys in its order, each
//! field as its own type's `Deserialize` reads it from a `Value` (so the
//! same values and, word for word, the same messages: serde_json's
//! `invalid type`, `invalid value`, `missing field` and `unknown variant`),
//! unknown keys passed over, the missing required fields after, in the
//! order they are declared. The derive's visitors for `serde_json::Value`
//! were about 8 KB of the page's wasm, and serde's error machinery for
//! them (its messages, serde_json's error type) 5 KB more. Unlike the
//! derive, a document or span given as an array (its fields by position,
//! which nothing writes) is refused.

use serde_json::Value;

use super::{WireDocument, WireSpan};
use crate::span::{NumberKind, Origin};
use crate::Label;

/// Why a document or span was refused: the derive's message.
pub(super) type Message = String;

/// A labelled-JSON document object, its fields unchecked.
pub(super) fn document(v: Value) -> Result<WireDocument, Message> {
    let Value::Object(fields) = v else { return Err(not(&v, "struct WireDocument")) };
    let mut d = WireDocument {
        id: None,
        name: None,
        text: String::new(),
        reviewed: false,
        annotator: None,
        modified: None,
        spans: Vec::new(),
    };
    let mut text = None;
    for (k, v) in fields {
        match k.as_str() {
            "id" => d.id = optional_string(v)?,
            "name" => d.name = optional_string(v)?,
            "text" => text = Some(string(v)?),
            "reviewed" => d.reviewed = boolean(v)?,
            "annotator" => d.annotator = optional_string(v)?,
            "modified" => d.modified = optional_string(v)?,
            "spans" => {
                let Value::Array(items) = v else { return Err(not(&v, "a sequence")) };
                d.spans.reserve_exact(items.len());
                for item in items {
                    d.spans.push(span(item)?);
                }
            }
            _ => {}
        }
    }
    d.text = text.ok_or_else(|| missing("text"))?;
    Ok(d)
}

/// A labelled-JSON span object, unchecked.
fn span(v: Value) -> Result<WireSpan, Message> {
    let Value::Object(fields) = v else { return Err(not(&v, "struct WireSpan")) };
    let (mut start, mut end, mut label) = (None, None, None);
    let mut s = WireSpan {
        start: 0,
        end: 0,
        label: Label::Person,
        text: None,
        entity: None,
        kind: None,
        value: None,
        unit: None,
        speaker: None,
        origin: Origin::default(),
        checked: false,
    };
    for (k, v) in fields {
        match k.as_str() {
            "start" => start = Some(index(v)?),
            "end" => end = Some(index(v)?),
            "label" => label = Some(string(v)?.parse::<Label>().map_err(|e| e.to_string())?),
            "text" => s.text = optional_string(v)?,
            "entity" => s.entity = optional_string(v)?,
            "kind" => s.kind = kind(v)?,
            // Kept as they are, `null` included (`present`).
            "value" => s.value = Some(v),
            "unit" => s.unit = Some(v),
            "speaker" => s.speaker = Some(v),
            "origin" => s.origin = Origin::named(&string(v)?)?,
            "checked" => s.checked = boolean(v)?,
            _ => {}
        }
    }
    s.start = start.ok_or_else(|| missing("start"))?;
    s.end = end.ok_or_else(|| missing("end"))?;
    s.label = label.ok_or_else(|| missing("label"))?;
    Ok(s)
}

/// `String`'s reading.
fn string(v: Value) -> Result<String, Message> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(not(&other, "a string")),
    }
}

/// `Option<String>`'s reading: `null` is none.
fn optional_string(v: Value) -> Result<Option<String>, Message> {
    match v {
        Value::Null => Ok(None),
        other => string(other).map(Some),
    }
}

/// `bool`'s reading.
fn boolean(v: Value) -> Result<bool, Message> {
    match v {
        Value::Bool(b) => Ok(b),
        other => Err(not(&other, "a boolean")),
    }
}

/// `usize`'s reading (serde's integer visitor): an integer the platform's
/// `usize` holds.
fn index(v: Value) -> Result<usize, Message> {
    let Value::Number(n) = &v else { return Err(not(&v, "usize")) };
    if let Some(u) = n.as_u64() {
        return usize::try_from(u).map_err(|_| invalid_value(&unexpected(&v), "usize"));
    }
    if n.as_i64().is_some() {
        return Err(invalid_value(&unexpected(&v), "usize"));
    }
    Err(not(&v, "usize"))
}

/// `Option<NumberKind>`'s reading (the derive's for a unit-only enum): its
/// name, or a map of its name to `null`.
fn kind(v: Value) -> Result<Option<NumberKind>, Message> {
    let (name, value) = match v {
        Value::Null => return Ok(None),
        Value::String(name) => (name, None),
        Value::Object(map) => {
            let mut entries = map.into_iter();
            let (Some(entry), None) = (entries.next(), entries.next()) else {
                return Err(invalid_value("map", "map with a single key"));
            };
            (entry.0, Some(entry.1))
        }
        other => return Err(not(&other, "string or map")),
    };
    let Some(kind) = NumberKind::ALL.into_iter().find(|k| k.as_str() == name) else {
        let names: Vec<String> = NumberKind::ALL.iter().map(|k| ["`", k.as_str(), "`"].concat()).collect();
        return Err(format!("unknown variant `{name}`, expected one of {}", names.join(", ")));
    };
    match value {
        Some(v) if !v.is_null() => Err(not(&v, "unit")),
        _ => Ok(Some(kind)),
    }
}

/// "missing field `name`".
fn missing(name: &str) -> Message {
    ["missing field `", name, "`"].concat()
}

/// "invalid value: `unexpected`, expected `what`".
#[inline(never)]
fn invalid_value(unexpected: &str, what: &str) -> Message {
    format!("invalid value: {unexpected}, expected {what}")
}

/// "invalid type: `v`, expected `what`", as `Value`'s deserializer says it.
#[inline(never)]
fn not(v: &Value, what: &str) -> Message {
    format!("invalid type: {}, expected {what}", unexpected(v))
}

/// A value in a message, as serde_json writes serde's `Unexpected`.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => format!("integer `{u}`"),
            (None, Some(i), _) => format!("integer `{i}`"),
            (None, None, f) => format!("floating point `{}`", zmij::Buffer::new().format(f.unwrap_or_default())),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The derive's reading and the walk's, as text: the same value or the
    /// same message.
    fn both(v: Value) -> (String, String) {
        let derived = serde_json::from_value::<WireDocument>(v.clone()).map(|d| format!("{d:?}"));
        let walked = document(v).map(|d| format!("{d:?}"));
        let derived = derived.map_err(|e| e.to_string());
        let text = |r: Result<String, String>| r.unwrap_or_else(|e| ["error: ", &e].concat());
        (text(derived), text(walked))
    }

    #[test]
    fn a_document_is_read_as_its_derived_deserialize_reads_it() {
        let span = json!({"start": 0, "end": 3, "label": "PERSON", "text": "Ann", "entity": "Ann Lee",
            "origin": "user", "checked": false, "extra": [1]});
        let cases = [
            json!({"id": "d1", "name": "d1.txt", "text": "Ann", "reviewed": true, "annotator": "Jo",
                "modified": "2025-06-02", "spans": [span.clone()], "other": {}}),
            json!({"text": "5 km", "spans": [{"start": 0, "end": 4, "label": "NUMBER", "kind": "measure",
                "value": 5, "unit": "km"}, {"start": 0, "end": 1, "label": "QUOTE", "speaker": null,
                "value": null, "kind": null}]}),
            json!({"text": "x", "id": null, "name": null, "annotator": null}),
            // Refusals: the same message, the first bad key in the object's order.
            json!({"id": "d1"}),
            json!({"text": 5}),
            json!({"text": "x", "reviewed": null}),
            json!({"text": "x", "spans": {}}),
            json!({"text": "x", "spans": [5]}),
            json!({"text": "x", "spans": ["a"]}),
            json!({"text": "x", "spans": [{"end": 1, "label": "PERSON"}]}),
            json!({"text": "x", "spans": [{"start": 0, "label": "PERSON"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1}]}),
            json!({"text": "x", "spans": [{"start": -1, "end": 1.5, "label": "PERSON"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "person"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": "weird"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "PERSON", "origin": "bogus"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "PERSON", "entity": 5, "checked": 1}]}),
            json!({"text": "x", "spans": [{"start": true, "end": "1", "label": null}]}),
            json!(null),
            json!("a document"),
            json!(2.5),
            json!({"text": "x", "spans": [{"start": 1.0, "end": 1e20, "label": "PERSON"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": -5, "label": "PERSON"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "PERSON", "text": [1], "entity": {}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": {"money": null}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": {"money": 5}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": {"money": null, "date": null}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": {}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": {"weird": null}}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": 3.25}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "NUMBER", "kind": ["date"]}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "A\"B\n", "origin": "user"}]}),
            json!({"text": "x", "spans": [{"start": 0, "end": 1, "label": "PERSON", "origin": 1.5e-7}]}),
            json!({"text": "x", "reviewed": "yes", "id": 1}),
            json!({"text": ["x"]}),
            json!({"text": "x", "annotator": false}),
        ];
        for v in cases {
            let (derived, walked) = both(v.clone());
            assert_eq!(walked, derived, "{v}");
        }
    }
}
