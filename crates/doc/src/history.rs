//! Undo and redo: each step is a batch of invertible operations on spans.

use annotator_schema::Span;

use crate::document::SpanId;

/// One invertible change to a document's spans or state.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Op {
    Insert { id: SpanId, span: Span },
    Remove { id: SpanId, span: Span },
    Replace { id: SpanId, before: Span, after: Span },
    Reviewed { before: bool, after: bool },
}

/// The undo and redo stacks of one document. A new step clears redo.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct History {
    pub undo: Vec<Vec<Op>>,
    pub redo: Vec<Vec<Op>>,
}

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
