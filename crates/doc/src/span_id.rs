//! Span identity: the id a span keeps across edits within its document.
//!
//! Its own module so that everything naming spans (edits, the undo history,
//! the document, layout, persistence) can depend on it without depending on
//! each other.

/// A span's identity within its document, stable across edits (the UI keys
/// marks by it; a relabelled or resized span keeps its id). Ids are never
/// reused within a document, not even after an undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpanId(pub u64);
