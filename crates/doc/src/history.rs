//! Undo and redo: each step is a batch of invertible operations on spans.
//!
//! A step is recorded as the operations it applied, in order; undoing it
//! applies their inverses in reverse order, redoing it applies them again.
//! The document applies the operations (`AnnotatedDoc::apply_op`); this module
//! only records and inverts them.

use annotator_schema::{CharOffset, Span};

use crate::span_id::SpanId;

/// One invertible change to a document's spans or state.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Insert { id: SpanId, span: Span },
    Remove { id: SpanId, span: Span },
    Replace { id: SpanId, before: Span, after: Span },
    Reviewed { before: bool, after: bool },
}

/// The undo and redo stacks of one document. A new step clears redo.
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// The spans the step removed because a new or changed span may not
    /// overlap them (see [`Change::replaced`]).
    pub(crate) replaced: Vec<Span>,
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

/// What one step changed in a document — or what undoing or redoing it
/// changed: which spans and which stretches of text, so the page redraws
/// (see `layout::paragraphs_changed`) and saves just that.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// The spans the step inserted, removed or replaced, each once, in the
    /// order the step first changed them.
    pub spans: Vec<SpanId>,
    /// The code-point ranges whose marks changed: an inserted or removed
    /// span's range, both the old and the new range of a replaced one. Empty
    /// when only the review state changed.
    pub ranges: Vec<(CharOffset, CharOffset)>,
    /// The spans an edit removed because the span it made or changed may
    /// not overlap them, so the page can say what was replaced. Empty for
    /// an undo or a redo (they say nothing new).
    pub replaced: Vec<Span>,
}

impl Change {
    /// What the operations of one step change (the same whichever way the
    /// step is applied: undoing it changes what doing it changed).
    pub(crate) fn of(ops: &[Op]) -> Change {
        let mut change = Change::default();
        for op in ops {
            let id = match op {
                Op::Insert { id, span } | Op::Remove { id, span } => {
                    change.ranges.push((span.start, span.end));
                    *id
                }
                Op::Replace { id, before, after } => {
                    change.ranges.push((before.start, before.end));
                    change.ranges.push((after.start, after.end));
                    *id
                }
                Op::Reviewed { .. } => continue,
            };
            if !change.spans.contains(&id) {
                change.spans.push(id);
            }
        }
        change
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{Attrs, Label, Origin};

    fn span(start: usize, end: usize) -> Span {
        Span {
            start: CharOffset(start),
            end: CharOffset(end),
            label: Label::Person,
            text: String::new(),
            attrs: Attrs::None,
            origin: Origin::Auto,
        }
    }

    #[test]
    fn a_change_lists_each_span_once_and_every_range_it_redraws() {
        let ops = vec![
            Op::Remove { id: SpanId(2), span: span(20, 25) },
            Op::Replace { id: SpanId(1), before: span(1, 4), after: span(1, 9) },
            Op::Reviewed { before: false, after: true },
            Op::Replace { id: SpanId(1), before: span(1, 9), after: span(2, 9) },
        ];
        let change = Change::of(&ops);
        assert_eq!(change.spans, [SpanId(2), SpanId(1)]);
        let ranges: Vec<(usize, usize)> = change.ranges.iter().map(|(s, e)| (s.0, e.0)).collect();
        assert_eq!(ranges, [(20, 25), (1, 4), (1, 9), (1, 9), (2, 9)]);
        let inverse: Vec<Op> = ops.iter().rev().map(invert).collect();
        assert_eq!(Change::of(&inverse).spans, [SpanId(1), SpanId(2)], "undo changes the same spans");
        assert_eq!(Change::of(&[Op::Reviewed { before: true, after: false }]), Change::default());
    }
}
