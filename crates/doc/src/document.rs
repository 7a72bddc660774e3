//! One document being annotated: text, spans with stable ids, review state,
//! and its own undo history.

use annotator_schema::{CharOffset, Document, Span};

use crate::edit::{Edit, EditError};
use crate::history::History;

/// A span's identity within its document, stable across edits (the UI keys
/// marks by it; a relabelled or resized span keeps its id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct SpanId(pub u64);

/// A document with its spans, their ids and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotatedDoc {
    pub id: String,
    pub name: String,
    pub text: String,
    pub reviewed: bool,
    /// Sorted by [`Span::order_key`]; ids are unique.
    spans: Vec<(SpanId, Span)>,
    next_id: u64,
    pub history: History,
    /// The span the person last had focused (restored after a reload).
    pub focus: Option<SpanId>,
}

impl AnnotatedDoc {
    /// Wraps a labelled document, keeping its spans (and their origins) as they are.
    pub fn from_document(doc: Document) -> Self {
        todo!("assign ids 0.., keep order")
    }

    /// A new document from plain text, pre-annotated by the extraction core.
    pub fn annotate(id: &str, name: &str, text: &str) -> Self {
        Self::from_document(annotator_extract::annotate(id, name, text))
    }

    /// The labelled document (spans sorted as the guide says).
    pub fn to_document(&self) -> Document {
        todo!()
    }

    /// Spans in order, with their ids.
    pub fn spans(&self) -> &[(SpanId, Span)] {
        &self.spans
    }

    pub fn span(&self, id: SpanId) -> Option<&Span> {
        todo!()
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> CharOffset {
        todo!()
    }

    /// Applies one edit as one undoable step; returns the ids it touched
    /// (a created span's id first).
    pub fn apply(&mut self, edit: Edit) -> Result<Vec<SpanId>, EditError> {
        todo!()
    }

    /// Undoes the last step; `false` when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        todo!()
    }

    /// Redoes the last undone step; `false` when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        todo!()
    }
}
