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
//!
//! Laying out a paragraph costs time in proportion to the paragraph (its
//! text is sliced by the byte range [`paragraphs`] records, and only that
//! text is indexed) plus a binary search of the span list and the spans
//! starting within the longest span's length before it, not in
//! proportion to the document (a [`Layouter`] measures the spans once, for
//! as many paragraphs as it lays out): the page lays out every paragraph of
//! a long document on first render, and re-lays out one per edit.

use std::cmp::Reverse;
use std::ops::Range;

use annotator_schema::{ByteOffset, CharOffset, Label, OffsetIndex, Span};

use crate::document::AnnotatedDoc;
use crate::history::Change;
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
    /// The same edges in bytes, to slice the paragraph's text without
    /// indexing the whole document.
    pub bytes: Range<ByteOffset>,
}

/// The paragraphs of a text: split at `\n`; every code point of the text
/// lies in exactly one paragraph or is one of the line breaks between them.
/// An empty text is one empty paragraph.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let ix = OffsetIndex::new(text);
    let ends = text.match_indices('\n').map(|(b, _)| b).chain([text.len()]);
    let mut out = Vec::new();
    let mut start = 0;
    for end in ends {
        // Both edges are character boundaries of `text` (a line break is one
        // byte), so neither conversion fails.
        if let (Ok(s), Ok(e)) = (ix.byte_to_char(ByteOffset(start)), ix.byte_to_char(ByteOffset(end))) {
            out.push(Paragraph { start: s, end: e, bytes: ByteOffset(start)..ByteOffset(end) });
        }
        start = end + 1;
    }
    out
}

/// The indexes of the paragraphs whose layout can show a span over
/// `start..end`: the paragraphs to re-render when such a span appears,
/// changes or goes. `paras` must come from [`paragraphs`].
///
/// Edge rule: paragraph `p` is touched when `p.start < end && start < p.end`
/// — the test [`layout`] uses to pick a paragraph's spans. So a range that
/// only meets a paragraph at an edge (it ends where the paragraph starts, or
/// starts at the line break after it) does not touch it; an empty paragraph
/// is touched only by a range that covers the line breaks on both sides of
/// it; an empty range touches nothing.
pub fn paragraphs_touching(paras: &[Paragraph], start: CharOffset, end: CharOffset) -> Range<usize> {
    // Paragraphs are sorted and disjoint: those ending after `start` are a
    // suffix, those starting before `end` a prefix.
    let first = paras.partition_point(|p| p.end <= start);
    let last = paras.partition_point(|p| p.start < end);
    first..last.max(first)
}

/// The paragraphs a step's [`Change`] touched (see
/// [`paragraphs_touching`]), in order, each once.
pub fn paragraphs_changed(paras: &[Paragraph], change: &Change) -> Vec<usize> {
    let mut out: Vec<usize> = change.ranges.iter().flat_map(|&(s, e)| paragraphs_touching(paras, s, e)).collect();
    annotator_schema::sort::sort(&mut out);
    out.dedup();
    out
}

/// The nodes of one paragraph of `doc` (`para` must come from
/// [`paragraphs`]`(&doc.text)`). A span that crosses the paragraph's edges
/// is cut to them (each piece keeps the span's id, start and end).
pub fn layout(doc: &AnnotatedDoc, para: &Paragraph) -> Vec<Node> {
    Layouter::new(doc).layout(para)
}

/// Lays out paragraphs of one state of a document: it knows the longest
/// span, so a paragraph's layout looks only at the spans starting that far
/// before it (a span starting earlier cannot reach it) instead of at every
/// span before it.
pub struct Layouter<'a> {
    doc: &'a AnnotatedDoc,
    /// The longest span's length, in code points.
    longest: usize,
}

impl<'a> Layouter<'a> {
    /// Measures `doc`'s spans once (linear in their number).
    pub fn new(doc: &'a AnnotatedDoc) -> Self {
        let longest = doc.spans().iter().map(|(_, s)| s.end.0.saturating_sub(s.start.0)).max().unwrap_or(0);
        Layouter { doc, longest }
    }

    /// [`layout`] of `para`.
    pub fn layout(&self, para: &Paragraph) -> Vec<Node> {
        let ptext = self.doc.text.get(para.bytes.start.0..para.bytes.end.0).unwrap_or_default();
        let spans = self.doc.spans();
        // Sorted by start: a span starting before this cannot reach the paragraph.
        let reach = para.start.0.saturating_sub(self.longest);
        let from = spans.partition_point(|(_, s)| s.start.0 < reach);
        layout_with(&OffsetIndex::new(ptext), &spans[from..], para)
    }
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

/// Lays out `para` over `spans` (sorted as [`AnnotatedDoc::spans`] gives
/// them); `ix` indexes the paragraph's own text, so offsets into it are
/// relative to `para.start`.
fn layout_with(ix: &OffsetIndex<'_>, spans: &[(SpanId, Span)], para: &Paragraph) -> Vec<Node> {
    let (p0, p1) = (para.start.0, para.end.0);
    // Sorted by start: the spans starting before the paragraph's end are a prefix.
    let starting_before_end = spans.partition_point(|(_, s)| s.start.0 < p1);
    let mut pending: Vec<Piece> = spans[..starting_before_end]
        .iter()
        .filter(|(_, s)| s.end.0 > p0)
        .map(|(id, s)| Piece { id: *id, span: s, start: s.start.0.max(p0), end: s.end.0.min(p1) })
        .collect();
    annotator_schema::sort::sort_by_key(&mut pending, |p| p.key());
    pending.reverse(); // popped from the back, in order

    let text = |a: usize, b: usize| {
        ix.slice(CharOffset(a.saturating_sub(p0)), CharOffset(b.saturating_sub(p0))).unwrap_or_default().to_string()
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every paragraph of `doc` with its nodes (one [`Layouter`], as the
    /// page's slices use it).
    fn layout_all(doc: &AnnotatedDoc) -> Vec<(Paragraph, Vec<Node>)> {
        let layouter = Layouter::new(doc);
        paragraphs(&doc.text)
            .into_iter()
            .map(|p| {
                let nodes = layouter.layout(&p);
                (p, nodes)
            })
            .collect()
    }
    use crate::edit::Edit;
    use annotator_schema::Document;

    /// The text of some nodes, marks included, in order.
    fn plain_text(nodes: &[Node]) -> String {
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
            let paras = paragraphs(text);
            let got: Vec<(usize, usize)> = paras.iter().map(|p| (p.start.0, p.end.0)).collect();
            assert_eq!(&got, want, "{text:?}");
            let lines: Vec<&str> = paras.iter().map(|p| &text[p.bytes.start.0..p.bytes.end.0]).collect();
            assert_eq!(lines, text.split('\n').collect::<Vec<_>>(), "{text:?}: byte ranges");
        }
    }

    /// `ab`, an empty line, `cd`, `e`: paragraphs 0..2, 3..3, 4..6, 7..8.
    const EDGES: &str = "ab\n\ncd\ne";

    #[test]
    fn paragraphs_touching_edge_table() {
        let paras = paragraphs(EDGES);
        let cases: &[(&str, usize, usize, Range<usize>)] = &[
            ("inside one paragraph", 0, 1, 0..1),
            ("a whole paragraph", 0, 2, 0..1),
            ("ends where the next paragraph starts", 5, 7, 2..3),
            ("starts at the line break after a paragraph", 2, 3, 1..1),
            ("covers both line breaks around the empty paragraph", 2, 4, 1..2),
            ("…and goes on into the next paragraph", 2, 5, 1..3),
            ("starts at the line break after the empty paragraph", 3, 5, 2..3),
            ("across every paragraph", 0, 8, 0..4),
            ("from a paragraph's last character on", 1, 5, 0..3),
            ("the last paragraph", 7, 8, 3..4),
            ("empty range", 4, 4, 2..2),
            ("empty range at a paragraph's end", 2, 2, 1..1),
            ("past the text", 8, 12, 4..4),
        ];
        for (name, start, end, want) in cases {
            assert_eq!(paragraphs_touching(&paras, CharOffset(*start), CharOffset(*end)), *want, "{name}");
        }
    }

    #[test]
    fn paragraphs_touching_are_exactly_those_whose_layout_shows_the_span() {
        let paras = paragraphs(EDGES);
        let len = EDGES.chars().count();
        for start in 0..len {
            for end in start + 1..=len {
                let span = Span {
                    start: CharOffset(start),
                    end: CharOffset(end),
                    label: Label::Person,
                    text: EDGES.chars().skip(start).take(end - start).collect(),
                    attrs: annotator_schema::Attrs::None,
                    origin: annotator_schema::Origin::Auto,
                };
                let doc = AnnotatedDoc::from_document(Document { spans: vec![span], ..Document::new("d", "d", EDGES) });
                let shown: Vec<usize> =
                    (0..paras.len()).filter(|&i| layout(&doc, &paras[i]).iter().any(is_mark)).collect();
                let touched: Vec<usize> = paragraphs_touching(&paras, CharOffset(start), CharOffset(end)).collect();
                assert_eq!(touched, shown, "{start}..{end}");
            }
        }
    }

    fn is_mark(n: &Node) -> bool {
        matches!(n, Node::Mark { .. })
    }

    #[test]
    fn paragraphs_changed_joins_the_ranges_of_a_step() {
        let paras = paragraphs(EDGES);
        let change = Change {
            spans: vec![SpanId(1), SpanId(2)],
            ranges: vec![
                (CharOffset(7), CharOffset(8)),
                (CharOffset(0), CharOffset(2)),
                (CharOffset(0), CharOffset(1)),
            ],
            ..Change::default()
        };
        assert_eq!(paragraphs_changed(&paras, &change), [0, 3]);
        assert!(paragraphs_changed(&paras, &Change::default()).is_empty());
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
                // The Layouter's window of spans loses none: the same as
                // laying out over every span of the document.
                let ptext = &text[p.bytes.start.0..p.bytes.end.0];
                assert_eq!(nodes, &layout_with(&OffsetIndex::new(ptext), doc.spans(), p));
            }
        }
    }
}
