//! `doccano`: doccano sequence-labelling JSON Lines,
//! `{"id", "text", "label": [[start, end, "LABEL"], …]}`, one document per
//! line.
//!
//! Offsets count UTF-16 code units: doccano's annotator (v-annotator,
//! `Text.ts`) measures its text with JavaScript's `String.length`, and
//! doccano stores what it measures (doccano#2290, doccano#2484; a project
//! with "Count grapheme clusters as one character" counts graphemes
//! instead, which this format does not write). Python code reading a
//! doccano export slices in code points, so its spans drift after an emoji;
//! ours are written for doccano itself.
//!
//! Read: `label` (or the older `labels`) triples, or a relation project's
//! `entities` (`start_offset`, `end_offset`, `label`) with `relations` (a
//! `speaker` relation from a QUOTE names its speaker); the text from
//! `text` (or the older `data`). doccano keeps neither attributes nor an
//! origin: every span read is `user`.

use annotator_schema::{Document, OffsetIndex, Origin};
use serde_json::{Map, Value};

use crate::check::{self, Checked, Unit};
use crate::jsonl::{first_line, line_name, lines};
use crate::out::JsonText;
use crate::{build, ExportError, Format, InFile, Keeps, OutFile, ReadError};

pub struct Doccano;

/// Where doccano versions put the text, and the spans.
const TEXT_KEYS: [&str; 2] = ["text", "data"];
const TRIPLE_KEYS: [&str; 2] = ["label", "labels"];
const ENTITIES: &str = "entities";

impl Format for Doccano {
    fn id(&self) -> &'static str {
        "doccano"
    }
    fn title(&self) -> &'static str {
        "doccano JSONL"
    }
    fn keeps(&self) -> Keeps {
        Keeps { ids: true, ..Keeps::NONE }
    }
    fn unit(&self) -> Unit {
        Unit::Utf16
    }
    fn extension(&self) -> &'static str {
        "doccano.jsonl"
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut out = String::new();
        for d in docs {
            let ck = Checked::new(self.id(), self.unit(), d);
            let mut j = JsonText::default();
            j.raw("{").key("id").str(&d.id).raw(",").key("text").str(&d.text).raw(",").key("label").raw("[");
            for (i, s) in d.spans.iter().enumerate() {
                let (start, end) = ck.offsets(i, s)?;
                j.raw(if i > 0 { ",[" } else { "[" })
                    .num(start)
                    .raw(",")
                    .num(end)
                    .raw(",")
                    .str(s.label.as_str())
                    .raw("]");
            }
            j.raw("],").key("name").str(&d.name).raw("}");
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
            TEXT_KEYS.iter().any(|k| v.get(k).is_some_and(Value::is_string))
                && TRIPLE_KEYS.iter().chain([&ENTITIES]).any(|k| v.get(k).is_some_and(Value::is_array))
        })
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        let mut docs = Vec::new();
        for (n, value) in lines(file.text()?)? {
            let line = line_name(n);
            let shape = |message: String| ReadError::Shape { doc: line.clone(), message };
            let Value::Object(rec) = value else { return Err(shape("a line must be a JSON object".into())) };
            let text = TEXT_KEYS
                .iter()
                .find_map(|k| rec.get(*k).and_then(Value::as_str))
                .ok_or_else(|| shape("no \"text\"".into()))?
                .to_string();
            let ix = OffsetIndex::new(&text);
            let mut spans = Vec::new();
            for (start, end, name, id) in entities(&rec).map_err(shape)? {
                let (s, e, text) = check::read_span(&ix, self.unit(), &line, (start, end), None)?;
                spans.push((id, build::span(s.0, e.0, &name, None, Origin::User), text));
            }
            speakers(&rec, &mut spans);
            let id = build::name_of(rec.get("id"));
            let name = build::name_of(rec.get("name"));
            let spans = spans.into_iter().map(|(_, s, _)| s).collect();
            docs.push(build::document(docs.len(), id, name, text, false, spans).map_err(shape)?);
        }
        Ok(docs)
    }
}

/// A line's spans as (start, end, label, entity id as JSON text or `""`)
/// in UTF-16 code units.
type Entity = (usize, usize, String, String);

fn entities(rec: &Map<String, Value>) -> Result<Vec<Entity>, String> {
    let int = build::whole;
    let mut out = Vec::new();
    if let Some(list) = rec.get(ENTITIES).and_then(Value::as_array) {
        for e in list {
            let (s, en, l) = (int(e.get("start_offset")), int(e.get("end_offset")), e.get("label"));
            let (Some(s), Some(en), Some(Value::String(l))) = (s, en, l) else {
                return Err(["an entity needs start_offset, end_offset and label, not ", &e.to_string()].concat());
            };
            out.push((s, en, l.clone(), e.get("id").map_or_else(String::new, Value::to_string)));
        }
        return Ok(out);
    }
    let list = TRIPLE_KEYS.iter().find_map(|k| rec.get(*k).and_then(Value::as_array)).map_or(&[][..], Vec::as_slice);
    for t in list {
        let triple = match t.as_array().map(Vec::as_slice) {
            Some([s, e, Value::String(l)]) => {
                int(Some(s)).zip(int(Some(e))).map(|(s, e)| (s, e, l.clone(), String::new()))
            }
            _ => None,
        };
        let Some(triple) = triple else {
            return Err(["a label must be [start, end, \"name\"] (sequence labelling), not ", &t.to_string()].concat());
        };
        out.push(triple);
    }
    Ok(out)
}

/// A relation project's `speaker` relations: the quote's speaker is the
/// text of the span the relation points to.
fn speakers(rec: &Map<String, Value>, spans: &mut [build::Read]) {
    let Some(relations) = rec.get("relations").and_then(Value::as_array) else { return };
    for r in relations {
        let is_speaker = r.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case(build::SPEAKER));
        let id = |k: &str| r.get(k).map_or_else(String::new, Value::to_string);
        if is_speaker {
            build::relate(spans, &id("from_id"), &id("to_id"));
        }
    }
}
