//! What the document view renders, resolved from the model: marks with their
//! origin and tooltip. Pure, so it is tested natively.

use annotator_doc::layout::Node;
use annotator_doc::value::value_text;
use annotator_doc::AnnotatedDoc;
use annotator_schema::{Attrs, Origin, Span};

use crate::colors::mark_style;

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
    /// Normalised number, quote speaker or entity; shown on hover and focus.
    pub tip: String,
    /// Inline colour for a user-added label.
    pub style: Option<String>,
    pub children: Vec<RNode>,
}

/// Resolves a paragraph's layout against the document (origin, tooltip).
pub fn resolve(doc: &AnnotatedDoc, nodes: Vec<Node>) -> Vec<RNode> {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Text(t) => RNode::Text(t),
            Node::Mark { id, label, start, end, children } => {
                let span = doc.span(id);
                RNode::Mark(RMark {
                    id: id.0,
                    style: mark_style(&label),
                    label: label.to_string(),
                    start: start.0,
                    end: end.0,
                    origin: span.map(|s| s.origin).unwrap_or_default().as_str(),
                    tip: span.map(tip_for).unwrap_or_default(),
                    children: resolve(doc, children),
                })
            }
        })
        .collect()
}

/// The tooltip of a span: the normalised value of a number, the speaker of a
/// quote, the entity of a person or place.
pub fn tip_for(span: &Span) -> String {
    let who = if span.origin == Origin::User { " · by you" } else { "" };
    let what = match &span.attrs {
        Attrs::Number(n) => {
            let value = n.value.as_ref().map(value_text).unwrap_or_else(|| "no value".into());
            let unit = n.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
            format!("{} = {value}{unit} ({})", span.label, n.kind.as_str())
        }
        Attrs::Quote { speaker } => format!("QUOTE · speaker: {}", speaker.as_deref().unwrap_or("none named")),
        Attrs::Entity(e) => format!("{} · {e}", span.label),
        Attrs::None => span.label.to_string(),
    };
    format!("{what}{who}")
}

/// A name for pasted text: its first line, shortened.
pub fn name_for_pasted(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Pasted text");
    let mut name: String = line.chars().take(60).collect();
    if line.chars().count() > 60 {
        name = format!("{}…", name.trim_end());
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{CharOffset, Label, NumberAttrs, NumberKind, NumberValue};

    fn span(start: usize, end: usize, label: Label, attrs: Attrs) -> Span {
        Span { start: CharOffset(start), end: CharOffset(end), label, text: String::new(), attrs, origin: Origin::Auto }
    }

    #[test]
    fn tooltips_show_values_speakers_and_entities() {
        let n = span(
            0,
            5,
            Label::Number,
            Attrs::Number(NumberAttrs {
                kind: NumberKind::Range,
                value: Some(NumberValue::Range { min: 2.0, max: 3.0 }),
                unit: Some("day".into()),
            }),
        );
        assert_eq!(tip_for(&n), "NUMBER = 2-3 day (range)");
        let q = span(0, 5, Label::Quote, Attrs::Quote { speaker: Some("Dmitry Peskov".into()) });
        assert_eq!(tip_for(&q), "QUOTE · speaker: Dmitry Peskov");
        let mut p = span(0, 5, Label::Person, Attrs::Entity("Dmitry Peskov".into()));
        p.origin = Origin::User;
        assert_eq!(tip_for(&p), "PERSON · Dmitry Peskov · by you");
    }

    #[test]
    fn pasted_text_is_named_by_its_first_line() {
        assert_eq!(name_for_pasted("\n  Kremlin says talks\nbody"), "Kremlin says talks");
        assert_eq!(name_for_pasted("   "), "Pasted text");
        assert!(name_for_pasted(&"word ".repeat(40)).ends_with('…'));
    }
}
