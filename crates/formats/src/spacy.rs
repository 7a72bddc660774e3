//! `spacy`: spaCy / Prodigy JSON Lines, one record per document:
//! `{"text", "spans": [{"start", "end", "label", …}], "meta": {"id", "name",
//! "reviewed", "annotator", "modified"}}`,
//! offsets in code points (Python `str` indices, what `Doc.char_span`
//! takes). Each span also carries our own fields (`text`, `entity`,
//! `value`, `unit`, `kind`, `speaker`, `origin`, `checked`), which spaCy and Prodigy
//! pass over.
//!
//! Read: any such record (Prodigy's extra keys are ignored); labels are
//! mapped by [`crate::labels`]; a span's `text`, when present, must be the
//! text at its offsets; a span without `origin` was made in another tool
//! and counts as `user`.

use annotator_schema::Document;
use serde_json::Value;

use crate::jsonl::{first_line, OWN_FIELDS};
use crate::out::JsonText;
use crate::records::{self, List, Shape};
use crate::{check, About, ExportError, Format, InFile, Keeps, OutFile, ReadError, Unit};

pub struct Spacy;

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "spacy",
    title: "spaCy / Prodigy JSONL",
    unit: Unit::CodePoint,
    extension: "spacy.jsonl",
    keeps: Keeps::ALL,
    reads: &["jsonl"],
};

impl Format for Spacy {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        check::all(ABOUT.id, ABOUT.unit, docs)?;
        let mut j = JsonText::default();
        for d in docs {
            // The spans as in the labelled JSON, written by its writer.
            let spans = annotator_schema::json::spans_to_json(&d.spans);
            let reviewed = if d.reviewed { "true" } else { "false" };
            j.fill(
                "{\"text\":\x01,\"spans\":\x02,\"meta\":{\"id\":\x01,\"name\":\x01,\"reviewed\":\x02",
                &[&d.text, &spans, &d.id, &d.name, reviewed],
            );
            for (key, stamp) in [("annotator", &d.annotator), ("modified", &d.modified)] {
                if let Some(stamp) = stamp {
                    j.fill(",\x01:\x01", &[key, stamp]);
                }
            }
            j.raw("}}\n");
        }
        Ok(vec![OutFile::text(stem, ABOUT.extension, "application/jsonl", j.0)])
    }
    fn recognises(&self, _: &str, bytes: &[u8]) -> bool {
        first_line(bytes).is_some_and(|v| {
            v.get("text").is_some_and(Value::is_string)
                && v.get("spans").is_some()
                && !OWN_FIELDS.iter().any(|f| v.get(f).is_some())
        })
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        records::read(file, &SHAPE)
    }
}

/// Where a record keeps its parts: the spans' own fields (ours among
/// them) are kept.
const SHAPE: Shape = Shape {
    unit: Unit::CodePoint,
    text: &["/text"],
    doc: ["/meta/id", "/meta/name", "/meta/reviewed", "/meta/annotator", "/meta/modified"],
    lists: &[List {
        at: "/spans",
        fields: ["/start", "/end", "/label", "/text", ""],
        looks: "{\"start\", \"end\", \"label\"}",
    }],
    carry: true,
    relations: "",
};
