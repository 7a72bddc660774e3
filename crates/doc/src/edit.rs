//! The edits a person makes to a document, and why one can be refused.
//!
//! Every edit marks what it creates or changes as `origin: user` (accepting
//! a suggestion marks it checked instead). Creating a span replaces the
//! spans it would illegally overlap (no two non-QUOTE spans overlap; no two
//! QUOTEs overlap), in the same undoable step, and says which it replaced;
//! a range over a line break becomes one span per line.

use annotator_schema::{CharOffset, Label, NumberValue};

use crate::span_id::SpanId;

/// One change to one document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A new span; its attributes start as the extractor would give them for
    /// that text (a NUMBER gets its value, a PERSON/PLACE its text as entity,
    /// a QUOTE the speaker the extractor finds or none).
    Create {
        start: CharOffset,
        end: CharOffset,
        label: Label,
    },
    /// A new label; attributes are reset to fit it.
    Relabel {
        id: SpanId,
        label: Label,
    },
    /// New edges (the span's text is updated from the document).
    Resize {
        id: SpanId,
        start: CharOffset,
        end: CharOffset,
    },
    Delete {
        id: SpanId,
    },
    /// A QUOTE's speaker (`None`: the article names none).
    SetSpeaker {
        id: SpanId,
        speaker: Option<String>,
    },
    /// A NUMBER's value and unit.
    SetNumber {
        id: SpanId,
        value: Option<NumberValue>,
        unit: Option<String>,
    },
    /// A PERSON/PLACE span's entity name.
    SetEntity {
        id: SpanId,
        entity: String,
    },
    SetReviewed(bool),
    /// Confirms an automatic span as it is: its origin becomes
    /// [`Origin::Checked`](annotator_schema::Origin::Checked) (`auto` with
    /// `checked: true`). A span already checked or made by a person is left.
    Accept {
        id: SpanId,
    },
    /// Renames an entity (of a PERSON or PLACE `label`): every mention whose
    /// entity is `from` and every QUOTE whose speaker is `from` now names `to`.
    RenameEntity {
        label: Label,
        from: String,
        to: String,
    },
}

/// Where "apply to all" reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Document,
    Corpus,
}

/// Why an edit was refused; the document is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no document at index {0}")]
    NoDocument(usize),
    #[error("no span with id {0:?}")]
    UnknownSpan(SpanId),
    #[error("span {start}..{end} is empty or outside the text ({len} characters)")]
    BadRange { start: usize, end: usize, len: usize },
    #[error("a span cannot start or end on whitespace")]
    Whitespace,
    #[error("{0} spans have no {1}")]
    WrongLabel(String, &'static str),
    #[error("a name cannot be empty")]
    EmptyName,
}
