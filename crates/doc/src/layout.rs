//! How a document's text and spans become nested marks, one paragraph at a
//! time, so the UI can re-render only the paragraphs an edit touched.
//!
//! Nesting rule: marks open outermost first (earlier start, then longer,
//! then a QUOTE before another label with the same edges). A span that
//! starts inside an open mark but ends after it (only possible between a
//! QUOTE and another label) is cut at that mark's end: its first piece is a
//! child of the open mark, the rest continues as a sibling after it. Every
//! piece carries the span's id and real start/end. No text is lost or
//! repeated: the Text nodes of all paragraphs, joined with `\n`, are the
//! document text.

use std::cmp::Reverse;
use std::ops::Range;

use annotator_schema::{CharOffset, Label, OffsetIndex, Span};

use crate::document::AnnotatedDoc;
use crate::span_id::SpanId;

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
/// An empty text is one empty paragraph.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            out.push(Paragraph { start: CharOffset(start), end: CharOffset(i) });
            start = i + 1;
        }
    }
    let len = text.chars().count();
    out.push(Paragraph { start: CharOffset(start), end: CharOffset(len) });
    out
}

/// The indexes of the paragraphs that `start..end` touches (for re-rendering
/// only what an edit changed). `paras` must come from [`paragraphs`].
pub fn paragraphs_touching(paras: &[Paragraph], start: CharOffset, end: CharOffset) -> Range<usize> {
    let first = paras.partition_point(|p| p.end < start);
    let last = paras.partition_point(|p| p.start < end.max(CharOffset(start.0 + 1)));
    first.min(paras.len())..last.max(first + 1).min(paras.len())
}

/// The nodes of one paragraph. A span that crosses the paragraph's edges is
/// cut to them (each piece keeps the span's id, start and end).
pub fn layout(doc: &AnnotatedDoc, para: &Paragraph) -> Vec<Node> {
    layout_with(&OffsetIndex::new(&doc.text), doc.spans(), para)
}

/// Every paragraph with its nodes, converting offsets with one index (use
/// this for the first render of a long document rather than calling
/// [`layout`] per paragraph).
pub fn layout_all(doc: &AnnotatedDoc) -> Vec<(Paragraph, Vec<Node>)> {
    let ix = OffsetIndex::new(&doc.text);
    paragraphs(&doc.text)
        .into_iter()
        .map(|p| {
            let nodes = layout_with(&ix, doc.spans(), &p);
            (p, nodes)
        })
        .collect()
}

/// One piece of a span, clipped to the paragraph (and perhaps to a mark).
#[derive(Clone)]
struct Piece<'a> {
    id: SpanId,
    span: &'a Span,
    start: usize,
    end: usize,
}

impl Piece<'_> {
    fn key(&self) -> (usize, Reverse<usize>, bool, SpanId) {
        (self.start, Reverse(self.end), self.span.label != Label::Quote, self.id)
    }
}

/// A mark being built.
struct Open<'a> {
    piece: Piece<'a>,
    children: Vec<Node>,
}

fn layout_with(ix: &OffsetIndex<'_>, spans: &[(SpanId, Span)], para: &Paragraph) -> Vec<Node> {
    let (p0, p1) = (para.start.0, para.end.0);
    let mut pending: Vec<Piece> = spans
        .iter()
        .filter(|(_, s)| s.start.0 < p1 && s.end.0 > p0)
        .map(|(id, s)| Piece { id: *id, span: s, start: s.start.0.max(p0), end: s.end.0.min(p1) })
        .collect();
    pending.sort_by_key(|p| p.key());
    pending.reverse(); // popped from the back, in order

    let text = |a: usize, b: usize| ix.slice(CharOffset(a), CharOffset(b)).unwrap_or_default().to_string();
    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pos = p0;

    // Adds the text up to `to` to the innermost open mark (or the root).
    fn emit(
        stack: &mut [Open],
        root: &mut Vec<Node>,
        pos: &mut usize,
        to: usize,
        text: &dyn Fn(usize, usize) -> String,
    ) {
        if to > *pos {
            let node = Node::Text(text(*pos, to));
            match stack.last_mut() {
                Some(open) => open.children.push(node),
                None => root.push(node),
            }
            *pos = to;
        }
    }
    fn close(stack: &mut Vec<Open>, root: &mut Vec<Node>, pos: &mut usize, text: &dyn Fn(usize, usize) -> String) {
        let end = stack.last().map_or(*pos, |o| o.piece.end);
        emit(stack, root, pos, end, text);
        if let Some(open) = stack.pop() {
            let s = open.piece.span;
            let node = Node::Mark {
                id: open.piece.id,
                label: s.label.clone(),
                start: s.start,
                end: s.end,
                children: open.children,
            };
            match stack.last_mut() {
                Some(parent) => parent.children.push(node),
                None => root.push(node),
            }
        }
    }

    while let Some(mut piece) = pending.pop() {
        while stack.last().is_some_and(|o| o.piece.end <= piece.start) {
            close(&mut stack, &mut root, &mut pos, &text);
        }
        if let Some(outer_end) = stack.last().map(|o| o.piece.end) {
            if piece.end > outer_end {
                let rest = Piece { start: outer_end, ..piece.clone() };
                let at = pending.partition_point(|p| p.key() > rest.key());
                pending.insert(at, rest);
                piece.end = outer_end;
            }
        }
        emit(&mut stack, &mut root, &mut pos, piece.start, &text);
        stack.push(Open { piece, children: Vec::new() });
    }
    while !stack.is_empty() {
        close(&mut stack, &mut root, &mut pos, &text);
    }
    emit(&mut stack, &mut root, &mut pos, p1, &text);
    root
}

/// The text of some nodes, marks included, in order.
pub fn plain_text(nodes: &[Node]) -> String {
    let mut out = String::new();
    fn walk(nodes: &[Node], out: &mut String) {
        for n in nodes {
            match n {
                Node::Text(t) => out.push_str(t),
                Node::Mark { children, .. } => walk(children, out),
            }
        }
    }
    walk(nodes, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use annotator_schema::Document;

    fn doc_with(text: &str, spans: &[(usize, usize, Label)]) -> AnnotatedDoc {
        let mut doc = AnnotatedDoc::from_document(Document::new("d", "d", text));
        for (s, e, label) in spans {
            let edit = Edit::Create { start: CharOffset(*s), end: CharOffset(*e), label: label.clone() };
            doc.apply(edit).unwrap();
        }
        doc
    }

    /// A compact picture of nodes: text as is, marks as `[LABEL ...]`.
    fn picture(nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => t.clone(),
                Node::Mark { label, children, .. } => format!("[{} {}]", label, picture(children)),
            })
            .collect()
    }

    #[test]
    fn paragraphs_account_for_every_character() {
        let cases: &[(&str, &[(usize, usize)])] = &[
            ("", &[(0, 0)]),
            ("abc", &[(0, 3)]),
            ("a\nb", &[(0, 1), (2, 3)]),
            ("a\n\nb\n", &[(0, 1), (2, 2), (3, 4), (5, 5)]),
            ("😀\né", &[(0, 1), (2, 3)]),
        ];
        for (text, want) in cases {
            let got: Vec<(usize, usize)> = paragraphs(text).iter().map(|p| (p.start.0, p.end.0)).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    #[test]
    fn paragraphs_touching_finds_the_lines_of_a_range() {
        let paras = paragraphs("ab\ncd\nef");
        assert_eq!(paragraphs_touching(&paras, CharOffset(0), CharOffset(1)), 0..1);
        assert_eq!(paragraphs_touching(&paras, CharOffset(4), CharOffset(7)), 1..3);
        assert_eq!(paragraphs_touching(&paras, CharOffset(8), CharOffset(8)), 2..3);
    }

    #[test]
    fn nesting_table() {
        use Label::*;
        let text = "\"Putin met Erdogan in Istanbul\" he said";
        type Case = (&'static str, Vec<(usize, usize, Label)>, &'static str);
        let cases: Vec<Case> = vec![
            ("no spans", vec![], "\"Putin met Erdogan in Istanbul\" he said"),
            ("one span", vec![(1, 6, Person)], "\"[PERSON Putin] met Erdogan in Istanbul\" he said"),
            (
                "quote holds people and places",
                vec![(0, 31, Quote), (1, 6, Person), (22, 30, Place)],
                "[QUOTE \"[PERSON Putin] met Erdogan in [PLACE Istanbul]\"] he said",
            ),
            (
                "same edges: the quote is outside",
                vec![(1, 6, Quote), (1, 6, Person)],
                "\"[QUOTE [PERSON Putin]] met Erdogan in Istanbul\" he said",
            ),
            (
                "a span crossing a quote's end is cut there",
                vec![(0, 10, Quote), (7, 18, Person)],
                "[QUOTE \"Putin [PERSON met]][PERSON  Erdogan] in Istanbul\" he said",
            ),
            (
                "a quote starting inside a span is cut at the span's end",
                vec![(1, 10, Person), (7, 18, Quote)],
                "\"[PERSON Putin [QUOTE met]][QUOTE  Erdogan] in Istanbul\" he said",
            ),
        ];
        for (name, spans, want) in cases {
            let doc = doc_with(text, &spans);
            let nodes = layout(&doc, &paragraphs(text)[0]);
            assert_eq!(picture(&nodes), want, "{name}");
            assert_eq!(plain_text(&nodes), text, "{name}");
        }
    }

    #[test]
    fn marks_carry_the_real_edges_of_a_span_cut_by_a_paragraph() {
        let text = "one\n\"two\nthree\"";
        let doc = AnnotatedDoc::from_document(Document {
            spans: vec![Span {
                start: CharOffset(4),
                end: CharOffset(15),
                label: Label::Quote,
                text: "\"two\nthree\"".into(),
                attrs: annotator_schema::Attrs::Quote { speaker: None },
                origin: annotator_schema::Origin::Auto,
            }],
            ..Document::new("d", "d", text)
        });
        let paras = paragraphs(text);
        for p in &paras[1..] {
            match &layout(&doc, p)[0] {
                Node::Mark { start, end, .. } => assert_eq!((start.0, end.0), (4, 15)),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(picture(&layout(&doc, &paras[2])), "[QUOTE three\"]");
    }

    #[test]
    fn concatenated_text_nodes_are_the_document_text_for_random_spans() {
        let text = "😀 \"Putin met Erdoğan\" in Istanbul.\n\nZelensky said \"no\" 12,000 times\n";
        let labels = [Label::Person, Label::Place, Label::Number, Label::Quote];
        let len = text.chars().count();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..300 {
            let mut spans = Vec::new();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let s = (seed % len as u64) as usize;
                let e = (s + 1 + (seed >> 20) as usize % 20).min(len);
                spans.push(Span {
                    start: CharOffset(s),
                    end: CharOffset(e),
                    label: labels[(seed >> 40) as usize % 4].clone(),
                    text: text.chars().skip(s).take(e - s).collect(),
                    attrs: annotator_schema::Attrs::None,
                    origin: annotator_schema::Origin::Auto,
                });
            }
            // Straight from a document: overlaps of any kind, to stress the cutting.
            let doc = AnnotatedDoc::from_document(Document { spans, ..Document::new("d", "d", text) });
            let all = layout_all(&doc);
            let joined: Vec<String> = all.iter().map(|(_, nodes)| plain_text(nodes)).collect();
            assert_eq!(joined.join("\n"), text);
            for (p, nodes) in &all {
                assert_eq!(nodes, &layout(&doc, p));
            }
        }
    }
}
