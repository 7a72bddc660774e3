//! `w3c`: W3C Web Annotation JSON-LD, an `AnnotationCollection` with one
//! `Annotation` per span. Each targets its document
//! (`urn:x-annotator:doc:<id>`) with a `TextPositionSelector` (start and end
//! in code points, as the Web Annotation Data Model requires) and a
//! `TextQuoteSelector` (`exact`, with up to 32 characters of `prefix` and
//! `suffix`). Bodies: the label (`tagging`), a person's or place's entity
//! (`identifying`), a quote's speaker and a number's value (`describing`);
//! `creator` is the extractor for automatic spans and a person for the
//! others. Export only.

use annotator_schema::{CharOffset, Document, Origin, Span};
use serde_json::{json, Map, Value};

use crate::check::{Checked, Unit};
use crate::{ExportError, Format, Keeps, OutFile};

pub struct W3c;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The scheme of the ids: the documents live in the browser, not on the web.
const URN: &str = "urn:x-annotator";
/// Characters of context each side of a `TextQuoteSelector`'s `exact`.
const CONTEXT_CHARS: usize = 32;
/// Who made automatic spans.
const EXTRACTOR: &str = "annotator-extract";

impl Format for W3c {
    fn id(&self) -> &'static str {
        "w3c"
    }
    fn title(&self) -> &'static str {
        "W3C Web Annotation (export only)"
    }
    fn keeps(&self) -> Keeps {
        Keeps { ids: true, reviewed: false, entity: true, number: true, speaker: true, origin: true }
    }
    fn unit(&self) -> Unit {
        Unit::CodePoint
    }
    fn extension(&self) -> &'static str {
        "jsonld"
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut items = Vec::new();
        for d in docs {
            let ck = Checked::new(self.id(), self.unit(), d);
            for (i, s) in d.spans.iter().enumerate() {
                let (start, end) = ck.offsets(i, s)?;
                items.push(annotation(d, &ck, i, s, start, end));
            }
        }
        let collection = json!({
            "@context": CONTEXT,
            "id": format!("{URN}:collection:{}", encode(stem)),
            "type": "AnnotationCollection",
            "label": stem,
            "total": items.len(),
            "first": { "type": "AnnotationPage", "startIndex": 0, "items": items },
        });
        // Serialising plain strings, numbers and maps cannot fail.
        let text = serde_json::to_string_pretty(&collection).unwrap_or_default();
        Ok(vec![OutFile::text(format!("{stem}.jsonld"), "application/ld+json", text)])
    }
}

/// An id as part of a URN: unreserved characters kept, the rest
/// percent-encoded as UTF-8.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn annotation(d: &Document, ck: &Checked<'_>, i: usize, s: &Span, start: usize, end: usize) -> Value {
    let ix = ck.index();
    let len = ix.char_len().0;
    let prefix = ix.slice(CharOffset(start.saturating_sub(CONTEXT_CHARS)), CharOffset(start)).unwrap_or_default();
    let suffix = ix.slice(CharOffset(end), CharOffset((end + CONTEXT_CHARS).min(len))).unwrap_or_default();
    let text_body = |purpose: &str, value: &str| json!({ "type": "TextualBody", "purpose": purpose, "value": value });
    let mut body = vec![text_body("tagging", s.label.as_str())];
    if let Some(e) = s.entity() {
        body.push(text_body("identifying", e));
    }
    if let Some(sp) = s.speaker() {
        body.push(text_body("describing", &format!("speaker: {sp}")));
    }
    if s.number().is_some() {
        let v = serde_json::to_value(s).unwrap_or(Value::Null);
        let number: Map<String, Value> =
            ["kind", "value", "unit"].iter().filter_map(|k| Some((k.to_string(), v.get(*k)?.clone()))).collect();
        let mut b = text_body("describing", &Value::Object(number).to_string());
        b["format"] = "application/json".into();
        body.push(b);
    }
    let creator = match s.origin {
        Origin::Auto => json!({ "type": "Software", "name": EXTRACTOR }),
        Origin::User => json!({ "type": "Person" }),
    };
    json!({
        "id": format!("{URN}:doc:{}:span:{}", encode(&d.id), i + 1),
        "type": "Annotation",
        "motivation": "tagging",
        "creator": creator,
        "body": body,
        "target": {
            "source": format!("{URN}:doc:{}", encode(&d.id)),
            "selector": [
                { "type": "TextPositionSelector", "start": start, "end": end },
                { "type": "TextQuoteSelector", "exact": s.text, "prefix": prefix, "suffix": suffix },
            ],
        },
    })
}
