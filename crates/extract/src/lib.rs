//! Extraction core: finds PERSON, PLACE, NUMBER and QUOTE spans in English
//! news text, following `../shared/LABELS.md`.
//!
//! [`extract`] returns spans with byte offsets; [`annotate`] converts them to
//! a labelled [`Document`] with code-point offsets.
//!
//! (Skeleton: the real rules land with issue 3.)

use annotator_schema::{Attrs, ByteOffset, Document, Label, NumberAttrs, NumberKind, NumberValue, OffsetIndex, Origin, Span};

/// One extracted span, in byte offsets into the text it was found in.
#[derive(Clone, Debug, PartialEq)]
pub struct Extraction {
    pub start: ByteOffset,
    pub end: ByteOffset,
    pub label: Label,
    pub attrs: Attrs,
}

/// Finds the labelled spans of `text`, sorted by start then longest first.
pub fn extract(text: &str) -> Vec<Extraction> {
    let re = regex::Regex::new(r"\b\d+\b").expect("static pattern");
    re.find_iter(text)
        .map(|m| Extraction {
            start: ByteOffset(m.start()),
            end: ByteOffset(m.end()),
            label: Label::Number,
            attrs: Attrs::Number(NumberAttrs {
                kind: NumberKind::Cardinal,
                value: m.as_str().parse().ok().map(NumberValue::Number),
                unit: None,
            }),
        })
        .collect()
}

/// Converts extractions over `text` to a labelled document (code points).
pub fn to_document(id: &str, name: &str, text: &str, found: &[Extraction]) -> Document {
    let ix = OffsetIndex::new(text);
    let mut doc = Document::new(id, name, text);
    for e in found {
        let (Ok(start), Ok(end)) = (ix.byte_to_char(e.start), ix.byte_to_char(e.end)) else { continue };
        doc.spans.push(Span {
            start,
            end,
            label: e.label.clone(),
            text: text[e.start.0..e.end.0].to_string(),
            attrs: e.attrs.clone(),
            origin: Origin::Auto,
        });
    }
    doc.sort_spans();
    doc
}

/// Extracts and converts in one step.
pub fn annotate(id: &str, name: &str, text: &str) -> Document {
    to_document(id, name, text, &extract(text))
}
