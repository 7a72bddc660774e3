//! The saved form of a workspace: the corpus with every span's origin, each
//! document's undo history and focus, the current document and custom labels.
//! Versioned JSON, so a later release can read what an earlier one saved.
//!
//! A workspace is saved as one small index plus one record per document, so
//! an edit rewrites only the document it touched ([`save_document`]), never
//! the whole corpus.

use std::collections::BTreeSet;

use annotator_schema::{Label, OffsetIndex, Span};
use serde::{Deserialize, Serialize};

use crate::document::AnnotatedDoc;
use crate::history::{History, Op};
use crate::span_id::SpanId;
use crate::workspace::Workspace;

/// Why saved state could not be read back.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PersistError {
    #[error("saved state is not valid: {0}")]
    Invalid(String),
    #[error("saved state has version {0}, newer than this app understands")]
    TooNew(u32),
}

/// The current format version.
pub const VERSION: u32 = 1;

/// The key the index is saved under (documents are under
/// [`document_key`]s, which never equal it).
pub const INDEX_KEY: &str = "index";

/// The key document `id` is saved under.
pub fn document_key(id: &str) -> String {
    format!("doc/{id}")
}

/// What to write after a change, as (key, value) records to store in one
/// transaction: each document named in `docs` that exists, then the index
/// (always: it holds the current document and the labels). The records of
/// removed documents go in the same transaction ([`removed_keys`]).
pub fn records(ws: &Workspace, docs: &BTreeSet<String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        ws.docs.iter().filter(|d| docs.contains(&d.id)).map(|d| (document_key(&d.id), save_document(d))).collect();
    out.push((INDEX_KEY.to_string(), save_index(ws)));
    out
}

/// The keys of documents `removed` (ids no longer in the workspace) to
/// delete from storage: a document the person removed does not come back
/// on reload. Ids still in the workspace are kept.
pub fn removed_keys(ws: &Workspace, removed: &BTreeSet<String>) -> Vec<String> {
    removed.iter().filter(|id| ws.find_doc(id).is_none()).map(|id| document_key(id)).collect()
}

/// The workspace minus its documents: their ids in order, the current one,
/// the custom labels, the label colours and the annotator's name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    pub doc_ids: Vec<String>,
    pub current: usize,
    pub custom_labels: Vec<Label>,
    pub label_colors: Vec<(Label, String)>,
    pub annotator: Option<String>,
}

/// The saved index, as written (fields added later default when absent).
#[derive(Serialize, Deserialize)]
struct SavedIndex {
    version: u32,
    doc_ids: Vec<String>,
    current: usize,
    custom_labels: Vec<Label>,
    #[serde(default)]
    label_colors: Vec<(Label, String)>,
    #[serde(default)]
    annotator: Option<String>,
}

/// One saved document, as written by [`save_document`] from a
/// [`SavedDocOut`], which borrows the same fields from the document.
/// (Its `version` is read first, alone: [`Versioned`].)
#[derive(Deserialize)]
struct SavedDoc {
    id: String,
    name: String,
    text: String,
    reviewed: bool,
    spans: Vec<(SpanId, Span)>,
    next_id: u64,
    history: History,
    focus: Option<SpanId>,
    #[serde(default)]
    annotator: Option<String>,
    #[serde(default)]
    modified: Option<String>,
}

/// [`SavedDoc`]'s fields, in its order, borrowed from the document: no
/// copy of its text, spans and history is made to serialise them (a 2 MB
/// document's 41,000 spans were copied first), and the bytes are the same.
#[derive(Serialize)]
struct SavedDocOut<'a> {
    version: u32,
    id: &'a str,
    name: &'a str,
    text: &'a str,
    reviewed: bool,
    spans: &'a [(SpanId, Span)],
    next_id: u64,
    history: &'a History,
    focus: Option<SpanId>,
    annotator: &'a Option<String>,
    modified: &'a Option<String>,
}

/// Just the version, read first so a newer format is reported as such.
#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

fn check_version(saved: &str) -> Result<(), PersistError> {
    let v: Versioned = serde_json::from_str(saved).map_err(|e| PersistError::Invalid(e.to_string()))?;
    if v.version > VERSION {
        return Err(PersistError::TooNew(v.version));
    }
    Ok(())
}

/// Serialising plain data cannot fail (no maps with non-string keys, no
/// non-finite floats reach JSON: serde_json writes them as `null`).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

pub fn save_index(ws: &Workspace) -> String {
    to_json(&SavedIndex {
        version: VERSION,
        doc_ids: ws.docs.iter().map(|d| d.id.clone()).collect(),
        current: ws.current,
        custom_labels: ws.custom_labels.clone(),
        label_colors: ws.label_colors.clone(),
        annotator: ws.annotator.clone(),
    })
}

pub fn restore_index(saved: &str) -> Result<Index, PersistError> {
    check_version(saved)?;
    let s: SavedIndex = serde_json::from_str(saved).map_err(|e| PersistError::Invalid(e.to_string()))?;
    Ok(Index {
        doc_ids: s.doc_ids,
        current: s.current,
        custom_labels: s.custom_labels,
        label_colors: s.label_colors,
        annotator: s.annotator,
    })
}

/// One document with its spans (ids, origins), review state, history, focus.
pub fn save_document(doc: &AnnotatedDoc) -> String {
    to_json(&SavedDocOut {
        version: VERSION,
        id: &doc.id,
        name: &doc.name,
        text: &doc.text,
        reviewed: doc.reviewed,
        spans: &doc.spans,
        next_id: doc.next_id,
        history: &doc.history,
        focus: doc.focus,
        annotator: &doc.annotator,
        modified: &doc.modified,
    })
}

/// Reads a saved document back, checking every span (and every span in
/// its history) against the text and the ids for uniqueness.
pub fn restore_document(saved: &str) -> Result<AnnotatedDoc, PersistError> {
    check_version(saved)?;
    let s: SavedDoc = serde_json::from_str(saved).map_err(|e| PersistError::Invalid(e.to_string()))?;
    let ix = OffsetIndex::new(&s.text);
    let check = |id: SpanId, span: &Span| -> Result<(), PersistError> {
        let actual = ix.slice(span.start, span.end).ok().filter(|_| span.start < span.end);
        if actual != Some(span.text.as_str()) {
            return Err(PersistError::Invalid(format!(
                "document {}: span {:?} at {}..{} does not match the text",
                s.id, id, span.start, span.end
            )));
        }
        Ok(())
    };
    let mut max_id = None;
    for (id, span) in &s.spans {
        check(*id, span)?;
        max_id = max_id.max(Some(id.0));
    }
    let mut ids: Vec<SpanId> = s.spans.iter().map(|(id, _)| *id).collect();
    ids.sort();
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return Err(PersistError::Invalid(format!("document {}: duplicate span ids", s.id)));
    }
    for op in s.history.undo.iter().chain(&s.history.redo).flatten() {
        match op {
            Op::Insert { id, span } | Op::Remove { id, span } => {
                check(*id, span)?;
                max_id = max_id.max(Some(id.0));
            }
            Op::Replace { id, before, after } => {
                check(*id, before)?;
                check(*id, after)?;
                max_id = max_id.max(Some(id.0));
            }
            Op::Reviewed { .. } => {}
        }
    }
    let next_id = s.next_id.max(max_id.map_or(0, |m| m + 1));
    let mut doc = AnnotatedDoc::from_document(annotator_schema::Document::new(s.id, s.name, s.text));
    doc.reviewed = s.reviewed;
    doc.spans = s.spans;
    doc.spans.sort_by(|a, b| (a.1.order_key(), a.0).cmp(&(b.1.order_key(), b.0)));
    doc.next_id = next_id;
    doc.history = s.history;
    doc.focus = s.focus.filter(|f| doc.span(*f).is_some());
    doc.annotator = s.annotator;
    doc.modified = s.modified;
    Ok(doc)
}

/// Puts a workspace back together from its index and document records
/// (documents missing from `docs` are skipped; `current` is clamped).
/// Documents not named in the index are kept, after the others, so that
/// nothing saved is lost.
pub fn assemble(index: Index, docs: Vec<AnnotatedDoc>) -> Workspace {
    let current_id = index.doc_ids.get(index.current).cloned();
    let mut rest: Vec<Option<AnnotatedDoc>> = docs.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(rest.len());
    for id in &index.doc_ids {
        if let Some(slot) = rest.iter_mut().find(|d| d.as_ref().is_some_and(|d| &d.id == id)) {
            ordered.extend(slot.take());
        }
    }
    ordered.extend(rest.into_iter().flatten());
    let current = current_id
        .and_then(|id| ordered.iter().position(|d| d.id == id))
        .unwrap_or_else(|| index.current.min(ordered.len().saturating_sub(1)));
    let mut ws = Workspace { docs: ordered, current, annotator: index.annotator, ..Workspace::default() };
    for label in index.custom_labels {
        ws.add_label(label);
    }
    for (label, color) in index.label_colors {
        // A colour that no longer reads (hand-edited storage) is dropped.
        let _ = ws.set_color(&label, &color);
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use annotator_schema::{CharOffset, NumberValue};

    fn edited() -> AnnotatedDoc {
        let text = "😀 Peskov said \"12,000\" in Kyiv.";
        let mut doc = AnnotatedDoc::from_document(annotator_schema::Document::new("d1", "d1.txt", text));
        let c = |s, e, label| Edit::Create { start: CharOffset(s), end: CharOffset(e), label };
        let p = doc.apply(c(2, 8, Label::Person)).unwrap()[0];
        let q = doc.apply(c(14, 22, Label::Quote)).unwrap()[0];
        let n = doc.apply(c(15, 21, Label::Number)).unwrap()[0];
        doc.apply(Edit::SetSpeaker { id: q, speaker: Some("Dmitry Peskov".into()) }).unwrap();
        doc.apply(Edit::SetNumber { id: n, value: Some(NumberValue::Number(12000.5)), unit: None }).unwrap();
        doc.apply(Edit::SetEntity { id: p, entity: "Dmitry Peskov".into() }).unwrap();
        doc.apply(c(26, 30, Label::Place)).unwrap();
        doc.apply(Edit::SetReviewed(true)).unwrap();
        doc.undo();
        doc.focus = Some(q);
        doc
    }

    #[test]
    fn a_document_is_saved_in_the_fields_and_order_of_every_release() {
        let saved = save_document(&edited());
        let keys = [
            "version",
            "id",
            "name",
            "text",
            "reviewed",
            "spans",
            "next_id",
            "history",
            "focus",
            "annotator",
            "modified",
        ];
        let value: serde_json::Value = serde_json::from_str(&saved).unwrap();
        let object = value.as_object().unwrap();
        assert_eq!(object.len(), keys.len());
        let at: Vec<usize> = keys.iter().map(|k| saved.find(&format!("\"{k}\":")).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
        assert!(saved.starts_with(&format!("{{\"version\":{VERSION},")));
    }

    #[test]
    fn a_document_round_trips_with_history_and_focus() {
        let doc = edited();
        let back = restore_document(&save_document(&doc)).unwrap();
        assert_eq!(back, doc);
        let (mut a, mut b) = (doc, back);
        while a.undo().is_some() {
            assert!(b.undo().is_some());
            assert_eq!(a, b);
        }
        assert!(b.undo().is_none());
        while a.redo().is_some() {
            assert!(b.redo().is_some());
        }
        assert_eq!(a, b);
    }

    #[test]
    fn broken_or_newer_saves_are_refused() {
        let good = save_document(&edited());
        let tampered = good.replacen("Peskov\"", "Pesky\"", 1);
        let cases = [
            ("{".to_string(), "not valid"),
            (good.replacen("\"version\":1", "\"version\":7", 1), "version 7"),
            (tampered, "does not match"),
            (good.replacen("\"text\":\"", "\"text\":\"x", 1), "does not match"),
        ];
        for (saved, want) in cases {
            let err = restore_document(&saved).unwrap_err().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
        assert_eq!(restore_index("{\"version\": 2}"), Err(PersistError::TooNew(2)));
    }

    #[test]
    fn a_workspace_round_trips_through_index_and_documents() {
        let mut ws = Workspace::default();
        ws.add_text("", "Kyiv").unwrap();
        ws.docs.push(edited());
        ws.add_text("", "Sumy").unwrap();
        ws.current = 1;
        ws.add_label("ORG".parse().unwrap());
        ws.set_color(&Label::Person, "#123ABC").unwrap();
        ws.set_annotator(" Ada ");
        ws.docs[1].annotator = Some("Ada".into());
        ws.docs[1].modified = Some("2025-06-02T10:00:00.000Z".into());
        let index = restore_index(&save_index(&ws)).unwrap();
        let docs: Vec<AnnotatedDoc> =
            ws.docs.iter().rev().map(|d| restore_document(&save_document(d)).unwrap()).collect();
        assert_eq!(assemble(index, docs), ws);
    }

    #[test]
    fn records_hold_the_dirty_documents_then_the_index() {
        let mut ws = Workspace::default();
        ws.add_text("", "Kyiv").unwrap();
        ws.add_text("", "Sumy").unwrap();
        let dirty: BTreeSet<String> = ["doc-2".to_string(), "gone".to_string()].into();
        let keys: Vec<String> = records(&ws, &dirty).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["doc/doc-2", INDEX_KEY]);
        let (_, doc) = &records(&ws, &dirty)[0];
        assert_eq!(restore_document(doc).as_ref(), Ok(&ws.docs[1]));
        assert_eq!(records(&ws, &BTreeSet::new()).len(), 1, "the index alone");
    }

    #[test]
    fn assemble_skips_missing_documents_and_clamps_current() {
        let index = Index { doc_ids: vec!["a".into(), "b".into(), "c".into()], current: 2, ..Index::default() };
        let docs = vec![AnnotatedDoc::annotate("a", "a", "x"), AnnotatedDoc::annotate("z", "z", "y")];
        let ws = assemble(index, docs);
        let ids: Vec<&str> = ws.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "z"], "unindexed documents are kept, after the others");
        assert_eq!(ws.current, 1);
        let empty = assemble(Index { current: 3, ..Index::default() }, vec![]);
        assert_eq!(empty.current, 0);
    }
}
