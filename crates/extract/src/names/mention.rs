//! The plain data the name passes hand on: token segments (runs,
//! candidates, open segments) and the mentions they become.

use annotator_schema::Label;

/// A PERSON or PLACE mention in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The fuller name an editor's bracket gives (`(Vladimir) Putin`).
    pub bracket_name: Option<String>,
}

/// Tokens `first..=last`: a run, a candidate or an open segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Segment {
    pub(super) first: usize,
    pub(super) last: usize,
}
