//! A document and its spans read from a JSON value by hand, as their
//! derived `Deserialize` reads them: the object's keys in its order, each
//! field through its own type's `Deserialize` (so the same values and the
//! same messages), unknown keys passed over, the missing required fields
//! after, in the order they are declared. The derive's visitors for
//! `serde_json::Value` (the only deserializer the page reads a document
//! from) were about 8 KB of the page's wasm; these walks are a fraction of
//! that. Unlike the derive, a document or span given as an array (its
//! fields by position, which nothing writes) is refused.

use serde::de::{Error as _, Unexpected};
use serde::Deserialize;
use serde_json::{Error, Value};

use super::{WireDocument, WireSpan};
use crate::span::Origin;
use crate::Label;

/// A labelled-JSON document object, its fields unchecked.
pub(super) fn document(v: Value) -> Result<WireDocument, Error> {
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
            "id" => d.id = Option::deserialize(v)?,
            "name" => d.name = Option::deserialize(v)?,
            "text" => text = Some(String::deserialize(v)?),
            "reviewed" => d.reviewed = bool::deserialize(v)?,
            "annotator" => d.annotator = Option::deserialize(v)?,
            "modified" => d.modified = Option::deserialize(v)?,
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
    d.text = text.ok_or_else(|| Error::missing_field("text"))?;
    Ok(d)
}

/// A labelled-JSON span object, unchecked.
fn span(v: Value) -> Result<WireSpan, Error> {
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
            "start" => start = Some(usize::deserialize(v)?),
            "end" => end = Some(usize::deserialize(v)?),
            "label" => label = Some(Label::deserialize(v)?),
            "text" => s.text = Option::deserialize(v)?,
            "entity" => s.entity = Option::deserialize(v)?,
            "kind" => s.kind = Option::deserialize(v)?,
            // Kept as they are, `null` included (`present`).
            "value" => s.value = Some(v),
            "unit" => s.unit = Some(v),
            "speaker" => s.speaker = Some(v),
            "origin" => s.origin = Origin::deserialize(v)?,
            "checked" => s.checked = bool::deserialize(v)?,
            _ => {}
        }
    }
    s.start = start.ok_or_else(|| Error::missing_field("start"))?;
    s.end = end.ok_or_else(|| Error::missing_field("end"))?;
    s.label = label.ok_or_else(|| Error::missing_field("label"))?;
    Ok(s)
}

/// "invalid type: `v`, expected `what`", as `Value`'s deserializer says it.
#[inline(never)]
fn not(v: &Value, what: &str) -> Error {
    let unexpected = match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    Error::invalid_type(unexpected, &what)
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
        let text = |r: Result<String, Error>| r.unwrap_or_else(|e| ["error: ", &e.to_string()].concat());
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
        ];
        for v in cases {
            let (derived, walked) = both(v.clone());
            assert_eq!(walked, derived, "{v}");
        }
    }
}
