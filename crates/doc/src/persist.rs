//! The saved form of a workspace: the corpus with every span's origin, each
//! document's undo history and focus, the current document and custom labels.
//! Versioned JSON, so a later release can read what an earlier one saved.
//!
//! A workspace is saved as one small index plus one record per document, so
//! an edit rewrites only the document it touched ([`save_document`]), never
//! the whole corpus.

use annotator_schema::Label;

use crate::document::AnnotatedDoc;
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

/// The workspace minus its documents: their ids in order, the current one,
/// the custom labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    pub doc_ids: Vec<String>,
    pub current: usize,
    pub custom_labels: Vec<Label>,
}

pub fn save_index(ws: &Workspace) -> String {
    todo!()
}

pub fn restore_index(saved: &str) -> Result<Index, PersistError> {
    todo!()
}

/// One document with its spans (ids, origins), review state, history, focus.
pub fn save_document(doc: &AnnotatedDoc) -> String {
    todo!()
}

pub fn restore_document(saved: &str) -> Result<AnnotatedDoc, PersistError> {
    todo!()
}

/// Puts a workspace back together from its index and document records
/// (documents missing from `docs` are skipped; `current` is clamped).
pub fn assemble(index: Index, docs: Vec<AnnotatedDoc>) -> Workspace {
    todo!()
}
