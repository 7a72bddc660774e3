//! The plain data the name passes hand on: token segments (runs,
//! candidates, open segments) and the mentions they become.

use annotator_schema::Label;

use crate::tokens::Token;

/// A PERSON or PLACE mention in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The fuller name an editor's bracket gives (`(Vladimir) Putin`).
    pub bracket_name: Option<String>,
}

impl Mention {
    /// The index of the token of `toks` that starts where the mention
    /// starts, if one does (a binary search: tokens are sorted by start).
    pub(super) fn first_token(&self, toks: &[Token]) -> Option<usize> {
        toks.binary_search_by_key(&self.start, |t| t.start()).ok()
    }
}

/// Tokens `first..=last`: a run, a candidate or an open segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Segment {
    pub(super) first: usize,
    pub(super) last: usize,
}
