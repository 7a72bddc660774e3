//! What the document view renders: the layout's nodes resolved against the
//! document into plain values (origin, tooltip, colour) that the paragraph
//! signals compare, so an unchanged paragraph is not re-rendered.

use annotator_doc::layout::Node;
use annotator_doc::summary::{spoken, tip};
use annotator_doc::AnnotatedDoc;

/// A run of text or a mark, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub enum RNode {
    Text(String),
    Mark(RMark),
}

/// One `mark` element.
#[derive(Clone, Debug, PartialEq)]
pub struct RMark {
    pub id: u64,
    pub label: String,
    /// Code points, end exclusive (the whole span's, as the contract says).
    pub start: usize,
    pub end: usize,
    pub origin: &'static str,
    /// An automatic span a person confirmed.
    pub checked: bool,
    /// Normalised number, quote speaker or entity; shown on hover and focus.
    pub tip: String,
    /// What a screen reader calls it: `PERSON: Okafor`.
    pub name: String,
    pub children: Vec<RNode>,
}

/// Resolves a paragraph's layout against the document (origin, tooltip).
pub fn resolve(doc: &AnnotatedDoc, nodes: Vec<Node>) -> Vec<RNode> {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Text(t) => RNode::Text(t),
            Node::Mark { id, label, start, end, children } => {
                let span = doc.span_at(id, start);
                RNode::Mark(RMark {
                    id: id.0,
                    label: label.to_string(),
                    start: start.0,
                    end: end.0,
                    origin: span.map(|s| s.origin).unwrap_or_default().as_str(),
                    checked: span.is_some_and(|s| s.origin.checked()),
                    tip: span.map(tip).unwrap_or_default(),
                    name: span.map(spoken).unwrap_or_default(),
                    children: resolve(doc, children),
                })
            }
        })
        .collect()
}
