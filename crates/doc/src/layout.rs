//! How a document's text and spans become nested marks, one paragraph at a
//! time, so the UI can re-render only the paragraphs an edit touched.

use annotator_schema::{CharOffset, Label};

use crate::document::{AnnotatedDoc, SpanId};

/// A run of text or a mark holding further nodes (a QUOTE holds the people,
/// places and numbers inside it).
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    Mark { id: SpanId, label: Label, start: CharOffset, end: CharOffset, children: Vec<Node> },
}

/// One paragraph: a line of the text (or the text between line breaks).
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub start: CharOffset,
    /// End, exclusive, before the line break.
    pub end: CharOffset,
}

/// The paragraphs of a text: split at `\n`; every code point of the text
/// lies in exactly one paragraph or is one of the line breaks between them.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    todo!()
}

/// The nodes of one paragraph. A span that crosses the paragraph's edges is
/// cut to them (each piece keeps the span's id, start and end).
pub fn layout(doc: &AnnotatedDoc, para: &Paragraph) -> Vec<Node> {
    todo!()
}
