//! What the document view renders, resolved from the model: marks with their
//! origin and tooltip. Pure, so it is tested natively.

use annotator_doc::layout::Node;
use annotator_doc::AnnotatedDoc;
use annotator_schema::{Attrs, NumberValue, Origin, Span};

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
                    origin: origin_str(span.map(|s| s.origin).unwrap_or_default()),
                    tip: span.map(tip_for).unwrap_or_default(),
                    children: resolve(doc, children),
                })
            }
        })
        .collect()
}

pub fn origin_str(o: Origin) -> &'static str {
    match o {
        Origin::Auto => "auto",
        Origin::User => "user",
    }
}

/// A number as people write it: `12000`, `2.5`.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A NUMBER's value for display and for its editor: `12000`, `2-3`, `2025-06-02`.
pub fn value_text(v: &NumberValue) -> String {
    match v {
        NumberValue::Number(x) => fmt_num(*x),
        NumberValue::Range { min, max } => format!("{}-{}", fmt_num(*min), fmt_num(*max)),
        NumberValue::Date(d) => d.clone(),
    }
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

/// Parses a NUMBER value typed into the editor: empty → none; `12000`,
/// `1.5`; a range `2-3` / `2–3` / `2 to 3`; an ISO date `2025-06-02` or
/// `--05-16`.
pub fn parse_value(input: &str) -> Result<Option<NumberValue>, String> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let num = |t: &str| t.trim().replace(',', "").parse::<f64>().ok().filter(|x| x.is_finite());
    if let Some(x) = num(s) {
        return Ok(Some(NumberValue::Number(x)));
    }
    let date = |t: &str| {
        let b = t.as_bytes();
        let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
        (b.len() == 10 && digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
            || (b.len() == 7 && t.starts_with("--") && digits(2..4) && b[4] == b'-' && digits(5..7))
    };
    if date(s) {
        return Ok(Some(NumberValue::Date(s.to_string())));
    }
    for sep in ["–", " to ", "-"] {
        // Split at the separator after the first character (a minus sign is no range).
        if let Some(i) = s.get(1..).and_then(|rest| rest.find(sep)).map(|i| i + 1) {
            if let (Some(min), Some(max)) = (num(&s[..i]), num(&s[i + sep.len()..])) {
                return Ok(Some(NumberValue::Range { min, max }));
            }
        }
    }
    Err(format!("{s:?} is not a number, a range like 2-3, or a date like 2025-06-02"))
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
    use annotator_schema::{CharOffset, Label, NumberAttrs, NumberKind};

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
    fn values_parse_as_numbers_ranges_and_dates() {
        assert_eq!(parse_value(""), Ok(None));
        assert_eq!(parse_value("12,000"), Ok(Some(NumberValue::Number(12000.0))));
        assert_eq!(parse_value("-5"), Ok(Some(NumberValue::Number(-5.0))));
        assert_eq!(parse_value("2-3"), Ok(Some(NumberValue::Range { min: 2.0, max: 3.0 })));
        assert_eq!(parse_value("2 to 3"), Ok(Some(NumberValue::Range { min: 2.0, max: 3.0 })));
        assert_eq!(parse_value("2025-06-02"), Ok(Some(NumberValue::Date("2025-06-02".into()))));
        assert_eq!(parse_value("--05-16"), Ok(Some(NumberValue::Date("--05-16".into()))));
        assert!(parse_value("lots").is_err());
        assert_eq!(value_text(&NumberValue::Number(1.4e9)), "1400000000");
    }

    #[test]
    fn pasted_text_is_named_by_its_first_line() {
        assert_eq!(name_for_pasted("\n  Kremlin says talks\nbody"), "Kremlin says talks");
        assert_eq!(name_for_pasted("   "), "Pasted text");
        assert!(name_for_pasted(&"word ".repeat(40)).ends_with('…'));
    }
}
