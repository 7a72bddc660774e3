//! `json`: our labelled JSON (`LABELS.md`), in code points. Reading and
//! writing are `annotator_schema::json`'s; this module registers it.

use std::io::Write;

use annotator_schema::{Corpus, Document};

use crate::{check, labelstudio, About, ExportError, Format, InFile, Keeps, OutFile, ReadError, StreamError, Unit};

pub struct Json;

/// What the format is (`Format::about`).
pub(crate) const ABOUT: About = About {
    id: "json",
    title: "Labelled JSON",
    unit: Unit::CodePoint,
    extension: "json",
    keeps: Keeps::ALL,
    reads: &["json"],
};

impl Format for Json {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        check::all(ABOUT.id, ABOUT.unit, docs)?;
        let json = annotator_schema::json::to_json(docs);
        Ok(vec![OutFile::text(stem, "json", "application/json", json.into_bytes())])
    }
    fn recognises(&self, name: &str, bytes: &[u8]) -> bool {
        !labelstudio::LabelStudio.recognises(name, bytes)
    }
    fn read(&self, file: &InFile, _: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        Ok(Corpus::from_json(file.text()?)?.documents)
    }
}

/// [`Json::write`]'s checks and bytes, written into `out` as they are
/// serialised (see [`crate::streamer`]).
pub(crate) fn stream(docs: &[Document], out: &mut dyn Write) -> Result<(), StreamError> {
    check::all(ABOUT.id, ABOUT.unit, docs)?;
    annotator_schema::json::write_json(docs, out)?;
    Ok(())
}
