//! Undo and redo: each step is a batch of invertible operations on spans.
//!
//! A step is recorded as the operations it applied, in order; undoing it
//! applies their inverses in reverse order, redoing it applies them again.
//! The document applies the operations (`AnnotatedDoc::apply_op`); this module
//! only records and inverts them.

use annotator_schema::Span;

use crate::span_id::SpanId;

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

/// The operations of one undoable step being built, in the order they were
/// applied.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    pub(crate) ops: Vec<Op>,
}

/// The operation that undoes `op`.
pub(crate) fn invert(op: &Op) -> Op {
    match op {
        Op::Insert { id, span } => Op::Remove { id: *id, span: span.clone() },
        Op::Remove { id, span } => Op::Insert { id: *id, span: span.clone() },
        Op::Replace { id, before, after } => Op::Replace { id: *id, before: after.clone(), after: before.clone() },
        Op::Reviewed { before, after } => Op::Reviewed { before: *after, after: *before },
    }
}

pub(crate) fn batch_ids(batch: &[Op]) -> Vec<SpanId> {
    let mut ids: Vec<SpanId> = batch
        .iter()
        .filter_map(|op| match op {
            Op::Insert { id, .. } | Op::Remove { id, .. } | Op::Replace { id, .. } => Some(*id),
            Op::Reviewed { .. } => None,
        })
        .collect();
    ids.dedup();
    ids
}
