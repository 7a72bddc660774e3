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

use annotator_schema::Document;
use serde_json::Value;

use crate::check::{Checked, Unit};
use crate::jsonl::first_line;
use crate::out::{num_text, JsonText};
use crate::records::{self, List, Shape};
use crate::{About, ExportError, Format, InFile, Keeps, OutFile, ReadError};

pub struct Doccano;

/// Where doccano versions put the text, and the spans.
const TEXT_KEYS: [&str; 2] = ["text", "data"];
const TRIPLE_KEYS: [&str; 2] = ["label", "labels"];
const ENTITIES: &str = "entities";

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "doccano",
    title: "doccano JSONL",
    unit: Unit::Utf16,
    extension: "doccano.jsonl",
    keeps: Keeps { ids: true, ..Keeps::NONE },
    reads: &["jsonl"],
};

impl Format for Doccano {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut j = JsonText::default();
        for d in docs {
            let ck = Checked::new(ABOUT.id, ABOUT.unit, d);
            j.fill("{\"id\":\x01,\"text\":\x01,\"label\":[", &[&d.id, &d.text]);
            for (i, s) in d.spans.iter().enumerate() {
                let (start, end) = ck.offsets(i, s)?;
                let sep = if i > 0 { "," } else { "" };
                j.fill("\x02[\x02,\x02,\x01]", &[sep, &num_text(start), &num_text(end), s.label.as_str()]);
            }
            j.fill("],\"name\":\x01}\n", &[&d.name]);
        }
        Ok(vec![OutFile::text(stem, ABOUT.extension, "application/jsonl", j.0)])
    }
    fn recognises(&self, _: &str, bytes: &[u8]) -> bool {
        first_line(bytes).is_some_and(|v| {
            TEXT_KEYS.iter().any(|k| v.get(k).is_some_and(Value::is_string))
                && [TRIPLE_KEYS[0], TRIPLE_KEYS[1], ENTITIES].iter().any(|k| v.get(k).is_some_and(Value::is_array))
        })
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        records::read(file, &SHAPE)
    }
}

/// Where a line keeps its parts: the text in `text` (older: `data`), the
/// spans as a relation project's `entities` (with `relations`), or
/// `[start, end, "LABEL"]` triples in `label` (older: `labels`).
const SHAPE: Shape = Shape {
    unit: Unit::Utf16,
    text: &["/text", "/data"],
    doc: ["/id", "/name", "", "", ""],
    lists: &[
        List {
            at: "/entities",
            fields: ["/start_offset", "/end_offset", "/label", "", "/id"],
            looks: "an entity with start_offset, end_offset and label",
        },
        List { at: "/label", fields: ["/0", "/1", "/2", "", ""], looks: TRIPLE },
        List { at: "/labels", fields: ["/0", "/1", "/2", "", ""], looks: TRIPLE },
    ],
    carry: false,
    relations: "/relations",
};

/// What a sequence-labelling span looks like.
const TRIPLE: &str = "[start, end, \"name\"] (sequence labelling)";
