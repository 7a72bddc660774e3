//! Paragraph layout for the incremental view, in time proportional to the
//! paragraph (plus a scan of the span list), not to the whole text.
//!
//! `annotator_doc::layout::layout` builds an `OffsetIndex` over the whole
//! document on every call (≈0.8 ms natively, several ms in wasm, on a
//! 20,000-word text), which is too slow to call per paragraph: first renders
//! took seconds. This is the same algorithm (see that module's nesting rule)
//! slicing the paragraph's own text instead; `tests::same_as_doc_layout`
//! checks it gives exactly the same nodes. (If `annotator-doc` grows a
//! paragraph-local layout, this file can go.)

use std::cmp::Reverse;

use annotator_doc::layout::{Node, Paragraph};
use annotator_doc::SpanId;
use annotator_schema::{Label, Span};

/// The paragraphs of `text` with their byte ranges, in one pass (same
/// paragraphs as `annotator_doc::layout::paragraphs`).
pub fn paragraphs_with_bytes(text: &str) -> Vec<(Paragraph, (usize, usize))> {
    use annotator_schema::CharOffset;
    let mut out = Vec::new();
    let (mut start, mut start_b, mut n) = (0usize, 0usize, 0usize);
    for (b, c) in text.char_indices() {
        if c == '\n' {
            out.push((Paragraph { start: CharOffset(start), end: CharOffset(n) }, (start_b, b)));
            start = n + 1;
            start_b = b + 1;
        }
        n += 1;
    }
    out.push((Paragraph { start: CharOffset(start), end: CharOffset(n) }, (start_b, text.len())));
    out
}

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

struct Open<'a> {
    piece: Piece<'a>,
    children: Vec<Node>,
}

/// Slices a paragraph's text by document code-point offsets.
struct Slicer<'t> {
    text: &'t str,
    /// Byte offset of each character of the paragraph, and of its end.
    bytes: Vec<usize>,
    p0: usize,
}

impl Slicer<'_> {
    fn slice(&self, a: usize, b: usize) -> String {
        let (a, b) = (a - self.p0, b - self.p0);
        match (self.bytes.get(a), self.bytes.get(b)) {
            (Some(&x), Some(&y)) if x <= y => self.text[x..y].to_string(),
            _ => String::new(),
        }
    }
}

/// The nodes of paragraph `para`, whose text is `ptext`, over `spans`
/// (sorted as `AnnotatedDoc::spans` gives them).
pub fn layout_para(spans: &[(SpanId, Span)], para: &Paragraph, ptext: &str) -> Vec<Node> {
    let (p0, p1) = (para.start.0, para.end.0);
    let mut bytes: Vec<usize> = ptext.char_indices().map(|(b, _)| b).collect();
    bytes.push(ptext.len());
    let sl = Slicer { text: ptext, bytes, p0 };
    let text = |a: usize, b: usize| sl.slice(a, b);

    let mut pending: Vec<Piece> = spans
        .iter()
        .filter(|(_, s)| s.start.0 < p1 && s.end.0 > p0)
        .map(|(id, s)| Piece { id: *id, span: s, start: s.start.0.max(p0), end: s.end.0.min(p1) })
        .collect();
    pending.sort_by_key(|p| p.key());
    pending.reverse();

    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pos = p0;

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
    use annotator_doc::{layout, AnnotatedDoc, Edit};
    use annotator_schema::{Attrs, CharOffset, Document, Origin};

    fn check(doc: &AnnotatedDoc) {
        let mine = paragraphs_with_bytes(&doc.text);
        let theirs = layout::paragraphs(&doc.text);
        assert_eq!(mine.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>(), theirs);
        for (p, (b0, b1)) in &mine {
            assert_eq!(layout_para(doc.spans(), p, &doc.text[*b0..*b1]), layout::layout(doc, p), "paragraph {p:?}");
        }
    }

    fn span(text: &str, start: usize, end: usize, label: Label) -> Span {
        let t: String = text.chars().skip(start).take(end - start).collect();
        Span {
            start: CharOffset(start),
            end: CharOffset(end),
            label,
            text: t,
            attrs: Attrs::None,
            origin: Origin::Auto,
        }
    }

    #[test]
    fn same_as_doc_layout_on_the_seed_articles() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
        // The shared folder sits beside the repository; without it there is nothing to compare.
        let Ok(entries) = std::fs::read_dir(&dir) else { return };
        let mut n = 0;
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            check(&AnnotatedDoc::annotate("x", "x", &text));
            n += 1;
        }
        assert!(n > 0, "no articles in {}", dir.display());
    }

    #[test]
    fn same_as_doc_layout_on_nesting_crossing_and_emoji() {
        let text = "😀 \"Anna Berg said\nhi to Oslo\" 42 ünïcode\n\nlast";
        let spans = vec![
            span(text, 2, 29, Label::Quote),              // crosses the line break
            span(text, 3, 12, Label::Person),             // inside the quote
            span(text, 10, 31, Label::Other("X".into())), // crosses the quote's end
            span(text, 24, 28, Label::Place),
            span(text, 30, 32, Label::Number),
        ];
        let mut d = Document::new("d", "d", text);
        d.spans = spans;
        d.sort_spans();
        let mut doc = AnnotatedDoc::from_document(d);
        check(&doc);
        let id = doc.spans()[1].0;
        let _ = doc.apply(Edit::Relabel { id, label: Label::Place });
        check(&doc);
    }
}
